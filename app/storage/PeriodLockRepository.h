#pragma once

#include "ClosedBooks.h"
#include "Session.h"
#include "StatisticalPeriod.h"
#include "WriteResult.h"

#include <QCoreApplication>

// Closing and reopening the books (khóa sổ). Closing a month for a unit or the
// province stores the engine's tables of every period ending in it with their
// checksum; reopening one month takes a written reason. Both in one
// transaction, audited. CaseRepository and the importer refuse what a closed
// month forbids (ClosedBooks).
class PeriodLockRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeriodLockRepository)

public:
    explicit PeriodLockRepository(const Session &session) : m_session(session) {}

    static ClosedBooks closedBooks(QSqlDatabase db);

    // Closes every month up to `month` (any day of it) not closed yet, from the
    // month of the scope's first case; unitId 0 is the whole province.
    WriteResult closeUntil(QDate month, qint64 unitId, int *closed = nullptr);
    WriteResult reopen(QDate month, qint64 unitId, const QString &reason);

    // A stored table whose figures come out differently now.
    struct Moved
    {
        StatisticalPeriod period;
        qint64 unitId = 0; // 0: the province's table
    };
    static QList<Moved> movedTables(QSqlDatabase db, QString *error);
    // When the period's end month was closed for the whole province, if it was.
    static std::optional<QDateTime> provinceClosedAt(QSqlDatabase db, QDate periodEnd);

    // The figures a checksum covers: language-free, one line per unit.
    static QString figuresText(const class StatisticsTable &table, qint64 unitId);

private:
    const Session &m_session;
};
