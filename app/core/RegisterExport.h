#pragma once

#include "RegisterGrid.h"

#include <QByteArray>
#include <QJsonObject>

// A register summary as machines read it: one row per unit in the official
// order, then PROVINCE; counts as plain numbers, rates with a dot (93.75),
// empty (null in JSON) where undefined; ISO dates.
namespace RegisterExport {
QStringList columnKeys(const RegisterGrid &grid); // unit_code, unit_name, then the grid's keys
QStringList rowValues(const RegisterGrid &grid, const RegisterGrid::Row &row);
QByteArray toCsv(const RegisterGrid &grid, const QList<RegisterGrid::Row> &rows);
QJsonObject toJson(const RegisterGrid &grid, const QList<RegisterGrid::Row> &rows);
} // namespace RegisterExport
