#pragma once

#include "Unit.h"

#include <QComboBox>

// Fills a form's combo boxes with translated choices whose data is the enum
// value (or the unit id), keeping what was chosen — also when the language
// changes under an open form.
namespace ComboChoices {

template<typename Enum>
void fill(QComboBox *combo, const QList<Enum> &values, QString (*name)(Enum))
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (Enum value : values)
        combo->addItem(name(value), int(value));
    if (current.isValid())
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

template<typename Enum>
Enum value(const QComboBox *combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

template<typename Enum>
void select(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

inline void fillUnits(QComboBox *combo, const UnitList &units)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Unit &unit : units)
        combo->addItem(unit.displayName(), unit.id);
    if (current.isValid())
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

inline void selectUnit(QComboBox *combo, qint64 unitId)
{
    combo->setCurrentIndex(unitId > 0 ? combo->findData(unitId) : 0);
}

} // namespace ComboChoices
