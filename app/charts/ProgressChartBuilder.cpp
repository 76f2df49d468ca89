#include "ProgressChartBuilder.h"

#include "ChartText.h"
#include "Format.h"

QStringList ProgressChartBuilder::categories(const QList<StatisticsTable> &tables)
{
    QStringList labels;
    for (const StatisticsTable &table : tables) {
        const QDate end = table.period.end();
        if (end.day() == end.daysInMonth())
            labels << tr("%1/%2", "month/year").arg(end.month(), 2, 10, QLatin1Char('0')).arg(end.year());
        else
            labels << Format::date(end);
    }
    return labels;
}

RateLinesChart::Result ProgressChartBuilder::build(const QList<StatisticsTable> &tables, Charts::Measure measure,
                                                   qint64 unitId)
{
    const int year = tables.isEmpty() ? 0 : tables.constFirst().period.statisticalYear();
    return RateLinesChart::build(tables, categories(tables), measure, unitId,
                                 tr("%1 month by month, year %2").arg(ChartText::rateTitle(measure)).arg(year));
}
