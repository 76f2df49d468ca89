#pragma once

#include "StatisticsTable.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// THE statistics engine: the cases and money tables of DESIGN.md for a period,
// for every unit and the province, derived from the event log alone (never
// from the case list's cached state), with the year's targets. Dashboard,
// report, exports and the CLI all read what this returns.
//
// Inside, one set-based query classifies every counted case by its state at
// the period's end and sums per unit; the arithmetic between columns lives in
// StatisticsFigures. Only compute() is public, so the inside can change (e.g.
// to per-case milestones) without touching a caller.
class StatisticsEngine
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsEngine)

public:
    explicit StatisticsEngine(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<StatisticsTable> compute(const StatisticalPeriod &period, QString *error) const;

    // "WITH … counted AS (…)": every case the period [?, ?] counts, one row per
    // case with case_id, unit_id and state (a CaseStates key) at the period's
    // end. Storage queries that must agree with the tables (the register's
    // drill-down) select from it; bind the period's start and end first.
    static QString countedCasesSql();

private:
    QSqlDatabase m_db;
};
