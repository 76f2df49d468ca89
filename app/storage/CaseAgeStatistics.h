#pragma once

#include "CaseAge.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The age of the cases pending at a period's end and the period's clearance
// rate, per unit and for the province. Pending is exactly the engine's
// carried_next (its counted cases, StatisticsEngine::countedCasesSql), and
// resolved and newly accepted are the engine's own columns, so the bands of a
// unit always sum to the figure its table shows.
class CaseAgeStatistics
{
    Q_DECLARE_TR_FUNCTIONS(CaseAgeStatistics)

public:
    explicit CaseAgeStatistics(QSqlDatabase db) : m_db(std::move(db)) {}

    std::optional<CaseAge::Table> compute(const StatisticalPeriod &period, QString *error) const;

private:
    QSqlDatabase m_db;
};
