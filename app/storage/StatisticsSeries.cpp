#include "StatisticsSeries.h"

#include "CaseListQuery.h"
#include "StatisticsEngine.h"

#include <algorithm>

namespace {
bool hasTarget(const StatisticsRow &row)
{
    return row.caseTarget || row.moneyTarget;
}

// A year the database has results for: a case was resolved in it, or a target was set for it.
bool hasResults(const StatisticsTable &table)
{
    return table.province.figures.cases(StatColumn::Resolved) > 0 || hasTarget(table.province)
        || std::any_of(table.units.cbegin(), table.units.cend(), hasTarget);
}
} // namespace

std::optional<QList<StatisticsTable>> StatisticsSeries::years(QString *error) const
{
    QList<int> years = CaseListQuery(m_db).acceptedYears(); // newest first
    std::reverse(years.begin(), years.end());
    const StatisticsEngine engine(m_db);
    QList<StatisticsTable> tables;
    for (int year : years) {
        auto table = engine.compute(StatisticalPeriod::year(year), error);
        if (!table)
            return std::nullopt;
        if (tables.isEmpty() && !hasResults(*table))
            continue;
        tables << *table;
    }
    return tables;
}

QList<StatisticalPeriod> StatisticsSeries::monthPeriods(const StatisticalPeriod &period, QDate today)
{
    QList<StatisticalPeriod> periods;
    if (!period.isValid())
        return periods;
    const QDate end = today.isValid() ? std::min(period.end(), today) : period.end();
    if (end < period.start())
        return periods;
    const int year = period.statisticalYear();
    for (int n = 1; n <= 12; ++n) {
        const StatisticalPeriod month = StatisticalPeriod::months(year, n);
        if (month.end() > end)
            break;
        periods << month;
    }
    if (periods.isEmpty() || periods.last().end() != end)
        periods << StatisticalPeriod::asOf(end);
    return periods;
}

std::optional<QList<StatisticsTable>> StatisticsSeries::months(const StatisticalPeriod &period, QDate today,
                                                               QString *error) const
{
    const StatisticsEngine engine(m_db);
    QList<StatisticsTable> tables;
    for (const StatisticalPeriod &month : monthPeriods(period, today)) {
        auto table = engine.compute(month, error);
        if (!table)
            return std::nullopt;
        tables << *table;
    }
    return tables;
}
