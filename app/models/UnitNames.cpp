#include "UnitNames.h"

#include "UnitRepository.h"

UnitNames::UnitNames(const QSqlDatabase &db)
{
    for (const Unit &unit : UnitRepository(db).all())
        m_units.insert(unit.id, unit);
}

QVariant UnitNames::data(qint64 unitId, int role) const
{
    const auto unit = m_units.constFind(unitId);
    if (unit == m_units.cend())
        return {};
    return role == Qt::ToolTipRole ? unit->displayName() : unit->shortName();
}
