#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

// One row of the audit trail.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // insert, update, delete
    QString entity; // the table
    qint64 entityId = 0;
    QString oldValues; // JSON, empty when none
    QString newValues;
    // The case a row of cases or case_events belongs to (0 for other tables),
    // and its decision number and unit while the case exists.
    qint64 caseId = 0;
    QString caseDecisionNo;
    qint64 caseUnitId = 0;
};

// Which rows to show: every field optional.
struct AuditFilter
{
    QString actor;
    QDate from, to; // days, in the user's time zone
    QString entity; // the table, e.g. "cases"
    qint64 caseId = 0; // the case's own rows and its events'

    bool operator==(const AuditFilter &other) const = default;
};

// How far a check of the chain has come: AuditTrail::checkChain() goes on
// from where it stopped, so a window can check a million rows in steps.
struct AuditChainCheck
{
    qint64 lastId = 0;       // the last row checked
    QString previous;        // its chain, as it should be
    qint64 checked = 0;      // rows checked so far
    std::optional<qint64> broken; // the first row whose chain does not follow
    bool done = false;       // every row checked, or a broken one found
};

// Reads the append-only audit trail (AuditLog writes it): newest first, a page
// at a time by id (keyset, so the millionth row costs what the first does),
// and checks that its chain is unbroken.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    explicit AuditTrail(QSqlDatabase db) : m_db(std::move(db)) {}

    // Up to `limit` rows older than `beforeId` (0: from the newest).
    QList<AuditEntry> page(const AuditFilter &filter, qint64 beforeId, int limit, QString *error) const;

    // The users and the tables the trail names, sorted (a few index seeks each, not a scan).
    QStringList actors(QString *error) const;
    QStringList entities(QString *error) const;
    // The newest row's id (0 when the trail is empty).
    qint64 lastId(QString *error) const;

    // The first row whose chain does not follow from the rows before it (one
    // changed, removed or inserted behind the triggers' back), or nullopt.
    std::optional<qint64> firstBrokenLink(QString *error) const;
    // Checks up to `rows` more rows of the chain; false on a read error.
    bool checkChain(AuditChainCheck *check, int rows, QString *error) const;

    // Gives the rows written before the chain existed theirs (schema 4).
    static bool fillChain(QSqlDatabase db, QString *error);

private:
    QStringList distinct(const char *column, QString *error) const;
    bool fewRows(const QString &condition, const QVariantList &values) const;

    QSqlDatabase m_db;
};
