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
};

// Which rows to show: every field optional.
struct AuditFilter
{
    QString actor;
    QDate from, to; // days, in the user's time zone
    QString entity;
    qint64 caseId = 0; // the case's own rows and its events'
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

    // The first row whose chain does not follow from the rows before it (one
    // changed, removed or inserted behind the triggers' back), or nullopt.
    std::optional<qint64> firstBrokenLink(QString *error) const;

    // Gives the rows written before the chain existed theirs (schema 4).
    static bool fillChain(QSqlDatabase db, QString *error);

private:
    QSqlDatabase m_db;
};
