#pragma once

#include "StatisticsTable.h"

#include <QCoreApplication>

// A statistics table for people at a terminal: one block for cases and one
// for money, indicators down the side and units across, in the UI language's
// number format.
class StatisticsText
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsText)

public:
    static QString render(const StatisticsTable &table, const QList<StatisticsRow> &rows);
};
