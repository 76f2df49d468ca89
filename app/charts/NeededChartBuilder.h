#pragma once

#include "ChartTypes.h"

#include <QChart>
#include <QCoreApplication>

#include <memory>

class QBarCategoryAxis;
class QBarSet;

class QHorizontalBarSeries;

// What a unit below its target must still resolve in the period.
struct NeededBar
{
    Unit unit;
    qint64 needed = 0; // cases, or đồng
    std::optional<Rates::Hundredths> rate;
    Rates::Hundredths target = 0;
    QString toolTip;
};

// "Needed to reach target": for each unit below its target, how many more
// cases (or đồng) it must resolve this period, largest first. The figures
// are the table's own (StatisticsRow::caseNeeded / moneyNeeded).
class NeededChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NeededChartBuilder)

public:
    struct Result
    {
        std::unique_ptr<QChart> chart;
        QList<NeededBar> bars; // drawn from the top; bar i is category (and set index) flipped(i)
        QHorizontalBarSeries *series = nullptr;
        QBarSet *set = nullptr; // money in millions of đồng
        QBarCategoryAxis *unitAxis = nullptr;
    };

    // Units with a target and something still needed, largest first, then in official order.
    static QList<NeededBar> bars(const StatisticsTable &table, Charts::Measure measure);
    static Result build(const StatisticsTable &table, Charts::Measure measure);
    // The bar length of a need: cases as they are, money in millions of đồng
    // rounded up to two decimals (the tooltip gives the exact đồng).
    static double barValue(qint64 needed, Charts::Measure measure);
};
