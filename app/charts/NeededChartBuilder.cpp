#include "NeededChartBuilder.h"

#include "ChartInteraction.h"
#include "ChartStyle.h"
#include "ChartText.h"
#include "Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

using namespace Charts;

double NeededChartBuilder::barValue(qint64 needed, Measure measure)
{
    if (measure == Measure::Cases)
        return double(needed);
    // Millions of đồng to two decimals, rounded up so that a bar never shows less than is needed.
    return double((needed + 9'999) / 10'000) / 100.0;
}

QList<NeededBar> NeededChartBuilder::bars(const StatisticsTable &table, Measure measure)
{
    QList<NeededBar> bars;
    for (const StatisticsRow &row : table.units) {
        const auto needed = neededOf(row, measure);
        if (!needed || *needed <= 0)
            continue;
        NeededBar bar;
        bar.unit = row.unit;
        bar.needed = *needed;
        bar.rate = rateOf(row, measure);
        bar.target = targetOf(row, measure).value_or(0);
        bar.toolTip = ChartText::rateToolTip(row, measure, ChartText::heading(row.unit.displayName(), table.period));
        bars << bar;
    }
    std::stable_sort(bars.begin(), bars.end(), [](const NeededBar &a, const NeededBar &b) { return a.needed > b.needed; });
    return bars;
}

NeededChartBuilder::Result NeededChartBuilder::build(const StatisticsTable &table, Measure measure)
{
    Result result;
    result.chart = std::make_unique<QChart>();
    QChart *chart = result.chart.get();
    ChartStyle::prepare(chart, measure == Measure::Cases
                                   ? tr("Cases still needed to reach the target, %1").arg(table.period.label())
                                   : tr("Money still needed to reach the target, %1").arg(table.period.label()));
    auto *interaction = new ChartInteraction(chart);
    result.bars = bars(table, measure);

    result.series = new QHorizontalBarSeries;
    result.set = new QBarSet(measure == Measure::Cases ? tr("Cases needed") : tr("Million đồng needed"));
    result.set->setColor(ChartStyle::notMet());
    result.set->setBorderColor(ChartStyle::notMet().darker(120));
    result.set->setLabelColor(ChartStyle::targetMark());
    double longest = 0;
    QStringList categories;
    for (int j = 0; j < result.bars.size(); ++j) {
        const NeededBar &bar = result.bars.at(flipped(j, result.bars.size()));
        const double value = barValue(bar.needed, measure);
        result.set->append(value);
        longest = std::max(longest, value);
        categories << bar.unit.shortName();
    }
    QObject::connect(result.set, &QBarSet::hovered, interaction, [interaction, bars = result.bars](bool on, int j) {
        const int i = flipped(j, bars.size());
        if (i >= 0 && i < bars.size())
            emit interaction->hovered(bars.at(i).toolTip, on);
    });
    QObject::connect(result.set, &QBarSet::clicked, interaction,
                     [interaction, bars = result.bars, period = table.period](int j) {
                         const int i = flipped(j, bars.size());
                         if (i < 0 || i >= bars.size())
                             return;
                         const Unit &unit = bars.at(i).unit;
                         emit interaction->drillDownRequested(
                             {unit.id, period, unresolvedStates(),
                              tr("%1, %2: cases with conditions not yet resolved").arg(unit.displayName(), period.label())});
                     });
    result.series->append(result.set);
    // Bars of the same thickness whether two units lag or ten.
    result.series->setBarWidth(std::min(0.6, 0.08 * double(std::max<qsizetype>(1, result.bars.size()))));
    result.series->setLabelsVisible(true);
    result.series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    result.series->setLabelsPrecision(15); // never 1,5E+06
    chart->addSeries(result.series);
    chart->legend()->hide();

    result.unitAxis = new QBarCategoryAxis;
    result.unitAxis->append(categories);
    QValueAxis *valueAxis = ChartStyle::countAxis(measure == Measure::Cases ? tr("cases") : tr("million đồng"),
                                                  longest * 1.15);
    chart->addAxis(result.unitAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    result.series->attachAxis(result.unitAxis);
    result.series->attachAxis(valueAxis);
    return result;
}
