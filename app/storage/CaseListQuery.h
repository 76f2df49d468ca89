#pragma once

#include "CaseKind.h"
#include "CaseState.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

// What the case register shows: which cases (all filters are applied in SQL)
// and in which order.
struct CaseFilter
{
    qint64 unitId = 0;          // 0: every unit
    QSet<CaseState> states;     // empty: any state
    std::optional<CaseKind> kind;
    std::optional<EnforcementMode> mode;
    int acceptedYear = 0;       // statistical year of acceptance; 0: any
    QString executor;           // exact name; empty: any
    QString search;             // words, in a row, of the decision number or a name (marks and case ignored)
    // Cases the statistics of a past period put in one of `periodStates`
    // (the dashboard's drill-down); ignored when periodStates is empty.
    QDate periodStart;
    QDate periodEnd;
    QSet<CaseState> periodStates;

    bool operator==(const CaseFilter &other) const = default;
};

// One line of the register, from the case and its cached state.
struct CaseListRow
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString decisionNo;
    QDate decisionDate;
    QString obligor;
    QString obligee;
    CaseKind kind = CaseKind::DanSu;
    QString executor;
    qint64 amountDue = 0;
    qint64 amountPaid = 0;
    qint64 amountRemaining = 0;
    CaseState state = CaseState::InProgress;
};

// Reads the register page by page with keyset paging (ORDER BY column, id and
// WHERE (column, id) > last), so the millionth row costs what the first does.
class CaseListQuery
{
    Q_DECLARE_TR_FUNCTIONS(CaseListQuery)

public:
    enum class SortKey {
        DecisionNo,
        DecisionDate,
        Obligor,
        Obligee,
        Kind,
        Executor,
        AmountDue,
        AmountPaid,
        AmountRemaining,
        State,
        Unit, // the official order: units are stored in it
    };

    struct Sort
    {
        SortKey key = SortKey::DecisionDate;
        bool descending = true;
        bool operator==(const Sort &other) const = default;
    };

    // Where a page ends: the sort value and id of its last row.
    struct Cursor
    {
        QVariant value;
        qint64 id = 0;
    };

    explicit CaseListQuery(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 count(const CaseFilter &filter) const;
    // Up to `limit` rows after `after` (from the start without one).
    QList<CaseListRow> page(const CaseFilter &filter, Sort sort, const std::optional<Cursor> &after, int limit) const;
    static Cursor cursorOf(const CaseListRow &row, SortKey key);

    QStringList executors(qint64 unitId = 0) const; // names in use, for filters and completion
    QStringList courts() const;
    QList<int> acceptedYears() const; // statistical years with accepted cases, newest first

    // A search text as an FTS phrase query ("" when it has no words).
    static QString searchExpression(const QString &text);

private:
    QString whereClause(const CaseFilter &filter, QVariantList *values) const;

    QSqlDatabase m_db;
};
