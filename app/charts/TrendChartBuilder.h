#pragma once

#include "RateLinesChart.h"

// The resolution rate (cases or money) year by year, one point per
// statistical year's table, for the province and optionally one unit,
// each against its targets.
class TrendChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartBuilder)

public:
    // tables: one per year, oldest first (StatisticsSeries::years()).
    static RateLinesChart::Result build(const QList<StatisticsTable> &tables, Charts::Measure measure,
                                        qint64 unitId = 0);
    static QStringList categories(const QList<StatisticsTable> &tables); // "2019", "2020", …
};
