#pragma once

#include "AuditLog.h"
#include "Session.h"
#include "StatisticalPeriod.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <optional>

// What a register list shows: all filters are applied in SQL.
struct RegisterFilter
{
    qint64 unitId = 0;          // 0: every unit
    StatisticalPeriod period;   // invalid: every period
    QString search;             // words that must all appear in the folded text (names, subject, …)

    bool operator==(const RegisterFilter &other) const = default;
};

// Where a page of a register list ends: lists run newest first, by (date, id).
struct RegisterCursor
{
    QString date; // ISO
    qint64 id = 0;
};

// The writes of one register table: insert, update or delete one row with its
// audit row, inside the caller's transaction, stamping who and when. Values
// are the table's editable columns in the order given; the folded search text
// is kept beside them and left out of the audit.
class RegisterTable
{
public:
    RegisterTable(const Session &session, QString table, QStringList columns);

    bool insert(const QVariantList &values, const QString &searchText, qint64 *id, QString *error);
    bool update(qint64 id, const QVariantList &oldValues, const QVariantList &values, const QString &searchText,
                QString *error);
    bool remove(qint64 id, const QVariantList &oldValues, QString *error);

    QJsonObject json(const QVariantList &values) const { return json(m_columns, values); }
    // Columns to values, as the audit log stores them (NULL as null).
    static QJsonObject json(const QStringList &columns, const QVariantList &values);

    // The conditions of a filter on a table aliased "t", after the period's own
    // (which each register defines), and the keyset condition of a page.
    static void addFilter(const RegisterFilter &filter, QStringList *conditions, QVariantList *values);
    static void addCursor(const QString &dateColumn, const std::optional<RegisterCursor> &after,
                          QStringList *conditions, QVariantList *values);
    // "WHERE a AND b" or "".
    static QString where(const QStringList &conditions);
    // A value for a nullable link column: NULL for 0.
    static QVariant link(qint64 id);
    static QVariant date(QDate date); // ISO, or NULL when invalid
    // Text as stored: trimmed, never NULL.
    static QString text(const QString &value);

private:
    const Session &m_session;
    QString m_table;
    QStringList m_columns;
    AuditLog m_audit;
};
