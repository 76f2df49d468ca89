#pragma once

#include "StatisticsTable.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// A statistics table as machines read it: one row per unit in the official
// order, then PROVINCE; every case and money column; rates, targets and points
// as plain numbers with a dot (85.42), empty where undefined; ISO dates.
namespace StatisticsExport {
QStringList columnKeys();
// The values of one row, in columnKeys() order.
QStringList rowValues(const StatisticsRow &row);
QByteArray toCsv(const QList<StatisticsRow> &rows);
QJsonObject toJson(const StatisticsTable &table, const QList<StatisticsRow> &rows);
} // namespace StatisticsExport
