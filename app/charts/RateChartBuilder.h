#pragma once

#include "ChartTypes.h"

#include <QChart>
#include <QCoreApplication>

#include <memory>

class QBarCategoryAxis;
class QBarSet;

class QHorizontalStackedBarSeries;
class QLineSeries;

// One bar of a rate chart, as drawn: a unit's rate, its target, and the
// figures behind them, all read from the engine's row.
struct RateBar
{
    Unit unit;
    std::optional<Rates::Hundredths> rate;
    std::optional<Rates::Hundredths> target;
    std::optional<Rates::Hundredths> points;
    std::optional<bool> met; // empty without a rate or a target
    qint64 resolved = 0;
    qint64 withConditions = 0;
    QString toolTip;
};

// Each unit's resolution rate (cases or money) as a horizontal bar, green
// where it reached its target and red where it did not, the target marked
// by a tick across the bar; in the official order or ranked by rate.
// Clicking a bar asks for the unit's cases with conditions not yet resolved.
class RateChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RateChartBuilder)

public:
    enum class Order { Official, ByRate };

    struct Result
    {
        std::unique_ptr<QChart> chart;
        QList<RateBar> bars; // drawn from the top; bar i is category (and set index) flipped(i)
        QHorizontalStackedBarSeries *series = nullptr;
        QBarSet *metSet = nullptr;      // the rate where the target was met, else 0
        QBarSet *notMetSet = nullptr;   // … where it was not
        QBarSet *noTargetSet = nullptr; // … where no target is set
        QList<QLineSeries *> targetMarks; // one per bar with a target, in bar order
        QBarCategoryAxis *unitAxis = nullptr;
    };

    // The plain data: one bar per unit of the table, in the order asked for
    // (by rate: highest first, units without a rate last, ties in official order).
    static QList<RateBar> bars(const StatisticsTable &table, Charts::Measure measure, Order order);
    // What a click on a unit's bar asks for: its cases with conditions not yet resolved.
    static Charts::DrillDown drillDown(const Unit &unit, const StatisticalPeriod &period);
    // A bar's category on the unit axis: the unit's short name and its rate.
    static QString categoryLabel(const RateBar &bar);
    // highlightUnitId: a unit whose bar is drawn darker (0: none).
    static Result build(const StatisticsTable &table, Charts::Measure measure, Order order,
                        qint64 highlightUnitId = 0);
};
