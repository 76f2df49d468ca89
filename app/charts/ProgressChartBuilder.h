#pragma once

#include "RateLinesChart.h"

// The year's progress: the cumulative resolution rate (cases or money) at
// the end of each month from October, one point per kỳ N tháng table, for
// the province and optionally one unit, against the year's target.
class ProgressChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ProgressChartBuilder)

public:
    // tables: the month-end periods of one year (StatisticsSeries::months()).
    static RateLinesChart::Result build(const QList<StatisticsTable> &tables, Charts::Measure measure,
                                        qint64 unitId = 0);
    static QStringList categories(const QList<StatisticsTable> &tables);
    // A point's category: the month of a month end, else the day; the year below it.
    static QString label(QDate end);
};
