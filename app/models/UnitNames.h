#pragma once

#include "Unit.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

// The units as a list shows them: the short name in the cell, the full name
// as its tooltip, in the current language. A province has a handful: read once.
class UnitNames
{
public:
    explicit UnitNames(const QSqlDatabase &db);

    // For Qt::DisplayRole and Qt::ToolTipRole; empty for an unknown unit.
    QVariant data(qint64 unitId, int role) const;

private:
    QHash<qint64, Unit> m_units;
};
