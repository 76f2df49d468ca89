#pragma once

#include "CaseLedger.h"
#include "Session.h"
#include "StatisticsTable.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Checks shared by the storage tests that read statistics tables: a hand-made
// expectation of every column, the identities of DESIGN.md on every row, the
// province as the sum of its units, and a second, independent computation of
// the figures from the core (CaseLedger) to hold the SQL engine against.
namespace StatisticsChecks {

// One expected column of a row: its case count and its money (đồng).
struct Cell
{
    StatColumn column;
    qint64 cases;
    qint64 money;
};
// Every column of a row, each exactly once (compare() refuses a partial list).
using Expected = QList<Cell>;

// An expectation with every column at zero.
Expected zeros();

// Differences between a computed row and the expectation, one line each
// ("completed: cases 1, expected 2"); empty when they agree on every column.
QStringList compare(const StatisticsFigures &actual, const Expected &expected);

// Whatever is wrong with a table as a whole: a row whose identities do not
// hold (invariantBreaches), a province row that is not the sum of the unit rows.
QStringList tableProblems(const StatisticsTable &table);

// One stored case as the core sees it.
struct LedgerCase
{
    qint64 caseId = 0;
    qint64 unitId = 0;
    CaseLedger ledger;
};

// Every case of the database, read back through CaseRepository-equivalent
// queries (ids and units) and CaseRepository::ledger().
QList<LedgerCase> loadLedgers(const Session &session);

// The figures of DESIGN.md per unit id, computed case by case from the core's
// replay (CaseLedger::stateIn, statusAt) instead of the SQL engine.
QHash<qint64, StatisticsFigures> fromLedgers(const QList<LedgerCase> &cases, const StatisticalPeriod &period);

// Differences between the engine's unit rows and the core's figures. With
// `leafCasesOnly`, only the case counts of the leaf columns and of
// carried_over / new_accepted are compared.
QStringList compareWithLedgers(const StatisticsTable &table, const QHash<qint64, StatisticsFigures> &core,
                               bool leafCasesOnly = false);

} // namespace StatisticsChecks

Q_DECLARE_METATYPE(StatisticsChecks::Expected)
