#pragma once

#include "ChartTypes.h"

#include <QChart>
#include <QCoreApplication>

#include <memory>

class QBarCategoryAxis;
class QBarSet;

class QHorizontalStackedBarSeries;

// Each unit's counted cases by where they stand at the period's end: the
// cases with conditions (resolved, in progress, postponed, suspended, other)
// and those without conditions, as one stacked bar per unit in the official
// order. Clicking a part asks for the unit's cases in that state.
class CompositionChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CompositionChartBuilder)

public:
    struct Result
    {
        std::unique_ptr<QChart> chart;
        QList<Unit> units;       // drawn from the top; unit i is category (and set index) flipped(i)
        QList<StatColumn> parts; // parts[k] is the series' k-th bar set
        QHorizontalStackedBarSeries *series = nullptr;
        QBarCategoryAxis *unitAxis = nullptr;
    };

    // The columns stacked, in order.
    static QList<StatColumn> parts();
    // The case states a part stands for (resolved: completed and terminated).
    static QSet<CaseState> statesOf(StatColumn part);
    static Result build(const StatisticsTable &table);
};
