#include "RateLinesChart.h"

#include "ChartInteraction.h"
#include "ChartStyle.h"
#include "ChartText.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Charts;

namespace {
const StatisticsRow *rowOf(const StatisticsTable &table, qint64 unitId)
{
    if (unitId == 0)
        return &table.province;
    const auto it = std::find_if(table.units.cbegin(), table.units.cend(),
                                 [unitId](const StatisticsRow &row) { return row.unit.id == unitId; });
    return it == table.units.cend() ? nullptr : &*it;
}

QLineSeries *lineSeries(const QString &name, const QColor &colour, bool dashed)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(dashed ? 1.5 : 2.5);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->setPointsVisible(!dashed);
    return series;
}
} // namespace

QList<RatePoint> RateLinesChart::points(const QList<StatisticsTable> &tables, Measure measure, qint64 unitId)
{
    QList<RatePoint> points;
    for (const StatisticsTable &table : tables) {
        RatePoint point;
        point.period = table.period;
        if (const StatisticsRow *row = rowOf(table, unitId)) {
            point.rate = rateOf(*row, measure);
            point.target = targetOf(*row, measure);
            point.resolved = valueOf(*row, StatColumn::Resolved, measure);
            point.withConditions = valueOf(*row, StatColumn::WithConditions, measure);
            point.toolTip = ChartText::rateToolTip(*row, measure, ChartText::heading(row->unit.displayName(), table.period));
        }
        points << point;
    }
    return points;
}

RateLinesChart::Result RateLinesChart::build(const QList<StatisticsTable> &tables, const QStringList &categories,
                                             Measure measure, qint64 unitId, const QString &title)
{
    Result result;
    result.chart = std::make_unique<QChart>();
    QChart *chart = result.chart.get();
    ChartStyle::prepare(chart, title);
    auto *interaction = new ChartInteraction(chart);
    result.categories = categories;

    result.periodAxis = new QBarCategoryAxis;
    result.periodAxis->append(categories);
    QValueAxis *rateAxis = ChartStyle::percentAxis();
    chart->addAxis(result.periodAxis, Qt::AlignBottom);
    chart->addAxis(rateAxis, Qt::AlignLeft);

    const auto addLine = [&](qint64 id, const QColor &colour) {
        RateLine line;
        line.points = points(tables, measure, id);
        if (id == 0) {
            line.unit = StatisticsTable::provinceUnit();
        } else {
            for (const StatisticsTable &table : tables) {
                if (const StatisticsRow *row = rowOf(table, id)) {
                    line.unit = row->unit;
                    break;
                }
            }
        }
        line.rateSeries = lineSeries(line.unit.shortName(), colour, false);
        const bool anyTarget = std::any_of(line.points.cbegin(), line.points.cend(),
                                           [](const RatePoint &p) { return p.target.has_value(); });
        if (anyTarget)
            line.targetSeries = lineSeries(tr("%1: target").arg(line.unit.shortName()), colour, true);
        for (int i = 0; i < line.points.size(); ++i) {
            const RatePoint &point = line.points.at(i);
            if (point.rate)
                line.rateSeries->append(i, percentValue(*point.rate));
            if (point.target && line.targetSeries)
                line.targetSeries->append(i, percentValue(*point.target));
        }
        // Point labels format with up to two decimals ("85,42 %", "74 %"); the tooltips give every figure.
        line.rateSeries->setPointLabelsFormat(QStringLiteral("@yPoint %"));
        line.rateSeries->setPointLabelsVisible(id == 0 || line.points.size() <= 6);
        line.rateSeries->setPointLabelsColor(colour.darker(130));
        line.rateSeries->setPointLabelsClipping(false);
        for (QLineSeries *series : {line.rateSeries, line.targetSeries}) {
            if (!series)
                continue;
            chart->addSeries(series);
            series->attachAxis(result.periodAxis);
            series->attachAxis(rateAxis);
            QObject::connect(series, &QLineSeries::hovered, interaction,
                             [interaction, points = line.points](const QPointF &at, bool on) {
                                 const auto i = qsizetype(std::lround(at.x()));
                                 if (i >= 0 && i < points.size())
                                     emit interaction->hovered(points.at(i).toolTip, on);
                             });
        }
        return line;
    };
    result.province = addLine(0, ChartStyle::province());
    if (unitId != 0)
        result.unit = addLine(unitId, ChartStyle::unit());
    return result;
}
