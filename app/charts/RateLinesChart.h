#pragma once

#include "ChartTypes.h"

#include <QChart>
#include <QCoreApplication>

#include <memory>

class QBarCategoryAxis;

class QLineSeries;

// One point of a rate line: a period's table read for one row.
struct RatePoint
{
    StatisticalPeriod period;
    std::optional<Rates::Hundredths> rate; // no point is drawn without one
    std::optional<Rates::Hundredths> target;
    qint64 resolved = 0;
    qint64 withConditions = 0;
    QString toolTip;
};

// The rate of one row (the province or a unit) across the tables, and its target.
struct RateLine
{
    Unit unit;
    QList<RatePoint> points;                // points[i] comes from tables[i]
    QLineSeries *rateSeries = nullptr;
    QLineSeries *targetSeries = nullptr;    // null when no table sets a target
};

// What the trend and progress charts share: rate lines over a list of the
// engine's tables (one category per table), for the province and optionally
// one unit, each with its target line.
class RateLinesChart
{
    Q_DECLARE_TR_FUNCTIONS(RateLinesChart)

public:
    struct Result
    {
        std::unique_ptr<QChart> chart;
        QStringList categories; // one per table
        RateLine province;
        std::optional<RateLine> unit; // when a unit was asked for
        QBarCategoryAxis *periodAxis = nullptr;
    };

    // unitId 0: the province alone. categories: one label per table.
    static Result build(const QList<StatisticsTable> &tables, const QStringList &categories,
                        Charts::Measure measure, qint64 unitId, const QString &title);

    // The plain points of one row (unitId 0: the province) across the tables.
    static QList<RatePoint> points(const QList<StatisticsTable> &tables, Charts::Measure measure, qint64 unitId);
};
