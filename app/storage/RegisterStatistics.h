#pragma once

#include "RegisterGrid.h"
#include "RegisterSummary.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The registers' summaries per unit and period, computed in SQL (one GROUP BY
// per register), for the report, the dashboard, the registers page and the
// CLI. Every unit has a row, in the official order; the province row is their
// sum. Which entries a period counts:
//   complaints  received by the period's end and not closed before its start
//               (carried over when received before the start);
//   reception   dated in the period;   coercion   dated in the period;
//   awards      of the period's statistical year.
class RegisterStatistics
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStatistics)

public:
    explicit RegisterStatistics(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<ComplaintSummary> complaints(const StatisticalPeriod &period, QString *error) const;
    std::optional<ReceptionSummary> receptions(const StatisticalPeriod &period, QString *error) const;
    std::optional<CoercionSummary> coercions(const StatisticalPeriod &period, QString *error) const;
    std::optional<AwardSummary> awards(const StatisticalPeriod &period, QString *error) const;

    // One register's summary as a plain grid (CSV, JSON, text).
    std::optional<RegisterGrid> grid(RegisterKind kind, const StatisticalPeriod &period, QString *error) const;

    // Statistical years with entries in any register, newest first (for period choosers).
    QList<int> years() const;

private:
    QSqlDatabase m_db;
};
