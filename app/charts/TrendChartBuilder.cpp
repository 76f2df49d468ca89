#include "TrendChartBuilder.h"

#include "ChartText.h"

QStringList TrendChartBuilder::categories(const QList<StatisticsTable> &tables)
{
    QStringList labels;
    for (const StatisticsTable &table : tables)
        labels << QString::number(table.period.statisticalYear()); // a year, not a number: no group separator
    return labels;
}

RateLinesChart::Result TrendChartBuilder::build(const QList<StatisticsTable> &tables, Charts::Measure measure,
                                                qint64 unitId)
{
    return RateLinesChart::build(tables, categories(tables), measure, unitId,
                                 tr("%1 over the years").arg(ChartText::rateTitle(measure)));
}
