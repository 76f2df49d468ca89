#pragma once

#include "StatisticsTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// Statistics over several periods, for the dashboard's trend and progress
// charts and the report: one call of StatisticsEngine::compute per period, so
// every point is exactly what the official table of that period says.
class StatisticsSeries
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsSeries)

public:
    explicit StatisticsSeries(QSqlDatabase db) : m_db(std::move(db)) {}

    // One table per statistical year, oldest first: from the first year in
    // which a case was resolved or a target was set (the years before only
    // hold the backlog the database inherited) to the latest year with
    // accepted cases. Empty for a database without cases.
    std::optional<QList<StatisticsTable>> years(QString *error) const;

    // The cumulative tables at the end of each month of the period's
    // statistical year, from October up to the period's end (kỳ 1 … N tháng);
    // when the period ends on another day, or `today` falls before its end,
    // the last table ends on that day instead.
    std::optional<QList<StatisticsTable>> months(const StatisticalPeriod &period, QDate today, QString *error) const;

    // The periods months() computes.
    static QList<StatisticalPeriod> monthPeriods(const StatisticalPeriod &period, QDate today);

private:
    QSqlDatabase m_db;
};
