#include "CompositionChartBuilder.h"

#include "ChartInteraction.h"
#include "ChartStyle.h"
#include "ChartText.h"
#include "Format.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

using namespace Charts;

QList<StatColumn> CompositionChartBuilder::parts()
{
    return {StatColumn::Resolved,  StatColumn::InProgress, StatColumn::Postponed,
            StatColumn::Suspended, StatColumn::Other,      StatColumn::WithoutConditions};
}

QSet<CaseState> CompositionChartBuilder::statesOf(StatColumn part)
{
    switch (part) {
    case StatColumn::Resolved: return {CaseState::Completed, CaseState::Terminated};
    case StatColumn::InProgress: return {CaseState::InProgress};
    case StatColumn::Postponed: return {CaseState::Postponed};
    case StatColumn::Suspended: return {CaseState::Suspended};
    case StatColumn::Other: return {CaseState::HeldOther};
    case StatColumn::WithoutConditions: return {CaseState::WithoutConditions};
    default: return {};
    }
}

CompositionChartBuilder::Result CompositionChartBuilder::build(const StatisticsTable &table)
{
    Result result;
    result.chart = std::make_unique<QChart>();
    QChart *chart = result.chart.get();
    ChartStyle::prepare(chart, tr("Cases by state at the end of the period, %1").arg(table.period.label()));
    auto *interaction = new ChartInteraction(chart);
    result.parts = parts();
    for (const StatisticsRow &row : table.units)
        result.units << row.unit;

    result.series = new QHorizontalStackedBarSeries;
    qint64 longest = 0;
    for (const StatisticsRow &row : table.units)
        longest = std::max(longest, row.figures.cases(StatColumn::ToEnforce));
    for (StatColumn part : result.parts) {
        auto *set = new QBarSet(StatColumns::displayName(part));
        QStringList toolTips;
        for (int j = 0; j < table.units.size(); ++j) {
            const StatisticsRow &row = table.units.at(flipped(j, table.units.size()));
            const qint64 value = row.figures.cases(part);
            set->append(double(value));
            const QString heading = ChartText::heading(row.unit.displayName(), table.period);
            toolTips << (part == StatColumn::WithoutConditions
                             ? tr("%1\n%2: %3 of %4 cases to enforce")
                                   .arg(heading, StatColumns::displayName(part), Format::count(value),
                                        Format::count(row.figures.cases(StatColumn::ToEnforce)))
                             : tr("%1\n%2: %3 of %4 cases with conditions")
                                   .arg(heading, StatColumns::displayName(part), Format::count(value),
                                        Format::count(row.figures.cases(StatColumn::WithConditions))));
        }
        const QColor colour = ChartStyle::column(part);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        QObject::connect(set, &QBarSet::hovered, interaction, [interaction, toolTips](bool on, int i) {
            if (i >= 0 && i < toolTips.size())
                emit interaction->hovered(toolTips.at(i), on);
        });
        QObject::connect(set, &QBarSet::clicked, interaction,
                         [interaction, units = result.units, part, period = table.period](int j) {
                             const int i = flipped(j, units.size());
                             if (i < 0 || i >= units.size())
                                 return;
                             const Unit &unit = units.at(i);
                             emit interaction->drillDownRequested(
                                 {unit.id, period, statesOf(part),
                                  tr("%1, %2: %3").arg(unit.displayName(), period.label(),
                                                       StatColumns::displayName(part))});
                         });
        result.series->append(set);
    }
    result.series->setBarWidth(0.7);
    chart->addSeries(result.series);

    result.unitAxis = new QBarCategoryAxis;
    for (int j = 0; j < result.units.size(); ++j)
        result.unitAxis->append(result.units.at(flipped(j, result.units.size())).shortName());
    QValueAxis *countAxis = ChartStyle::countAxis(tr("cases"), double(longest));
    chart->addAxis(result.unitAxis, Qt::AlignLeft);
    chart->addAxis(countAxis, Qt::AlignBottom);
    result.series->attachAxis(result.unitAxis);
    result.series->attachAxis(countAxis);
    return result;
}
