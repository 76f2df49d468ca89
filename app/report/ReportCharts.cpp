#include "ReportCharts.h"

#include "CompositionChartBuilder.h"
#include "NeededChartBuilder.h"
#include "ProgressChartBuilder.h"
#include "RateChartBuilder.h"
#include "ReportData.h"
#include "TrendChartBuilder.h"

#include <QChart>

std::vector<ReportCharts::Chart> ReportCharts::build(const ReportData &data)
{
    using Charts::Measure;
    const QString key = data.current.period.key();
    const auto name = [&key](const char *stem) { return QStringLiteral("%1-%2.png").arg(QLatin1String(stem), key); };
    std::vector<Chart> charts;
    charts.push_back({name("bieu-do-ty-le-viec"),
                      RateChartBuilder::build(data.current, Measure::Cases, RateChartBuilder::Order::ByRate).chart});
    charts.push_back({name("bieu-do-ty-le-tien"),
                      RateChartBuilder::build(data.current, Measure::Money, RateChartBuilder::Order::ByRate).chart});
    charts.push_back({name("bieu-do-co-cau"), CompositionChartBuilder::build(data.current).chart});
    if (!data.years.isEmpty())
        charts.push_back({QStringLiteral("bieu-do-qua-cac-nam.png"),
                          TrendChartBuilder::build(data.years, Measure::Cases).chart});
    if (!data.months.isEmpty())
        charts.push_back({name("bieu-do-tien-do"), ProgressChartBuilder::build(data.months, Measure::Cases).chart});
    // What the units below their targets still need: only when some unit is.
    if (!NeededChartBuilder::bars(data.current, Measure::Cases).isEmpty())
        charts.push_back({name("bieu-do-con-thieu-viec"), NeededChartBuilder::build(data.current, Measure::Cases).chart});
    if (!NeededChartBuilder::bars(data.current, Measure::Money).isEmpty())
        charts.push_back({name("bieu-do-con-thieu-tien"), NeededChartBuilder::build(data.current, Measure::Money).chart});
    return charts;
}
