#include "RateChartBuilder.h"

#include "ChartInteraction.h"
#include "ChartStyle.h"
#include "ChartText.h"
#include "Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Charts;

QString RateChartBuilder::categoryLabel(const RateBar &bar)
{
    if (!bar.rate)
        return bar.unit.shortName();
    return tr("%1   %2").arg(bar.unit.shortName(), Format::percent(bar.rate));
}

DrillDown RateChartBuilder::drillDown(const Unit &unit, const StatisticalPeriod &period)
{
    return {unit.id, period, unresolvedStates(),
            tr("%1, %2: cases with conditions not yet resolved").arg(unit.displayName(), period.label())};
}

QList<RateBar> RateChartBuilder::bars(const StatisticsTable &table, Measure measure, Order order)
{
    QList<RateBar> bars;
    for (const StatisticsRow &row : table.units) {
        RateBar bar;
        bar.unit = row.unit;
        bar.rate = rateOf(row, measure);
        bar.target = targetOf(row, measure);
        bar.points = pointsOf(row, measure);
        bar.met = metTarget(row, measure);
        bar.resolved = valueOf(row, StatColumn::Resolved, measure);
        bar.withConditions = valueOf(row, StatColumn::WithConditions, measure);
        bar.toolTip = ChartText::rateToolTip(row, measure, ChartText::heading(row.unit.displayName(), table.period));
        bars << bar;
    }
    if (order == Order::ByRate) {
        std::stable_sort(bars.begin(), bars.end(), [](const RateBar &a, const RateBar &b) {
            if (a.rate.has_value() != b.rate.has_value())
                return a.rate.has_value();
            return a.rate && *a.rate > *b.rate;
        });
    }
    return bars;
}

RateChartBuilder::Result RateChartBuilder::build(const StatisticsTable &table, Measure measure, Order order,
                                                 qint64 highlightUnitId)
{
    Result result;
    result.chart = std::make_unique<QChart>();
    QChart *chart = result.chart.get();
    ChartStyle::prepare(chart, tr("%1, %2").arg(ChartText::rateTitle(measure), table.period.label()));
    auto *interaction = new ChartInteraction(chart);
    result.bars = bars(table, measure, order);

    result.series = new QHorizontalStackedBarSeries;
    result.metSet = new QBarSet(tr("Target met"));
    result.notMetSet = new QBarSet(tr("Below target"));
    result.noTargetSet = new QBarSet(tr("No target"));
    const std::pair<QBarSet *, QColor> sets[] = {{result.metSet, ChartStyle::met()},
                                                 {result.notMetSet, ChartStyle::notMet()},
                                                 {result.noTargetSet, ChartStyle::noTarget()}};
    const qsizetype count = result.bars.size();
    QStringList categories;
    for (int j = 0; j < count; ++j) {
        const RateBar &bar = result.bars.at(flipped(j, count));
        categories << categoryLabel(bar);
        const double value = bar.rate ? percentValue(*bar.rate) : 0.0;
        QBarSet *owner = !bar.met ? result.noTargetSet : *bar.met ? result.metSet : result.notMetSet;
        for (const auto &[set, colour] : sets)
            set->append(set == owner ? value : 0.0);
    }
    for (const auto &[set, colour] : sets) {
        set->setColor(colour);
        set->setBorderColor(colour.darker(120));
        set->setSelectedColor(colour.darker(150));
        set->setLabelColor(Qt::white);
        for (int i = 0; i < count; ++i) {
            if (result.bars.at(i).unit.id == highlightUnitId && highlightUnitId != 0)
                set->selectBar(flipped(i, count));
        }
        QObject::connect(set, &QBarSet::hovered, interaction, [interaction, bars = result.bars](bool on, int j) {
            const int i = flipped(j, bars.size());
            if (i >= 0 && i < bars.size())
                emit interaction->hovered(bars.at(i).toolTip, on);
        });
        QObject::connect(set, &QBarSet::clicked, interaction,
                         [interaction, bars = result.bars, period = table.period](int j) {
                             const int i = flipped(j, bars.size());
                             if (i < 0 || i >= bars.size())
                                 return;
                             emit interaction->drillDownRequested(drillDown(bars.at(i).unit, period));
                         });
        result.series->append(set);
    }
    result.series->setBarWidth(0.7);
    chart->addSeries(result.series);
    // The legend names only the sets that hold a bar.
    const QList<QLegendMarker *> markers = chart->legend()->markers(result.series);
    const auto holds = [&](std::optional<bool> met) {
        return std::any_of(result.bars.cbegin(), result.bars.cend(), [met](const RateBar &b) { return b.met == met; });
    };
    markers.at(0)->setVisible(holds(true));
    markers.at(1)->setVisible(holds(false));
    markers.at(2)->setVisible(holds(std::nullopt));

    result.unitAxis = new QBarCategoryAxis;
    result.unitAxis->append(categories);
    QValueAxis *rateAxis = ChartStyle::percentAxis();
    chart->addAxis(result.unitAxis, Qt::AlignLeft);
    chart->addAxis(rateAxis, Qt::AlignBottom);
    result.series->attachAxis(result.unitAxis);
    result.series->attachAxis(rateAxis);

    QPen targetPen(ChartStyle::targetMark());
    targetPen.setWidthF(3);
    for (int i = 0; i < result.bars.size(); ++i) {
        const RateBar &bar = result.bars.at(i);
        if (!bar.target)
            continue;
        auto *mark = new QLineSeries;
        mark->setName(tr("Target"));
        mark->setPen(targetPen);
        const double x = percentValue(*bar.target);
        const int y = flipped(i, count);
        mark->append(x, y - 0.45);
        mark->append(x, y + 0.45);
        chart->addSeries(mark);
        mark->attachAxis(rateAxis);
        mark->attachAxis(result.unitAxis);
        if (!result.targetMarks.isEmpty())
            chart->legend()->markers(mark).constFirst()->setVisible(false);
        QObject::connect(mark, &QLineSeries::hovered, interaction, [interaction, bar](const QPointF &, bool on) {
            emit interaction->hovered(bar.toolTip, on);
        });
        result.targetMarks << mark;
    }
    return result;
}
