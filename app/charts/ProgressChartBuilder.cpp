#include "ProgressChartBuilder.h"

#include "ChartText.h"
#include "Language.h"

QString ProgressChartBuilder::label(QDate end)
{
    const QLocale locale = Language::locale();
    // Two lines, so that twelve months fit side by side: "thg 10" over "2020", or "15/03" over "2021" (axis labels take rich text).
    const QString first = end.day() == end.daysInMonth() ? locale.monthName(end.month(), QLocale::ShortFormat)
                                                         : locale.toString(end, QStringLiteral("dd/MM"));
    return first + QLatin1String("<br>") + QString::number(end.year()); // axis labels take rich text
}

QStringList ProgressChartBuilder::categories(const QList<StatisticsTable> &tables)
{
    QStringList labels;
    for (const StatisticsTable &table : tables)
        labels << label(table.period.end());
    return labels;
}

RateLinesChart::Result ProgressChartBuilder::build(const QList<StatisticsTable> &tables, Charts::Measure measure,
                                                   qint64 unitId)
{
    const int year = tables.isEmpty() ? 0 : tables.constFirst().period.statisticalYear();
    return RateLinesChart::build(tables, categories(tables), measure, unitId,
                                 tr("%1 month by month, year %2").arg(ChartText::rateTitle(measure)).arg(year));
}
