#pragma once

#include "AuditLog.h"
#include "Session.h"
#include "StatisticalPeriod.h"

#include <QJsonObject>
#include <QSqlQuery>
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

// What a repository says about its table; RegisterTable does the rest. Every
// table has id, unit_id, search_text and the created/updated stamps.
struct RegisterSpec
{
    // Adds the conditions that pick a period's rows from a table aliased "t".
    using PeriodCondition = void (*)(const StatisticalPeriod &period, QStringList *conditions, QVariantList *values);

    QString table;                    // also the audit log's entity
    QStringList columns;              // the editable columns, in the order of the repository's values
    QString dateColumn;               // lists run newest first by (date, id)
    // Optional, hence the initialisers: a spec may leave them out.
    QStringList listColumns = {};     // shown after the unit's code in a list line, e.g. "c.decision_no"
    QString listJoins = {};           // the joins they need besides "units u"
    PeriodCondition period = nullptr; // nullptr: the rows dated in the period
};

// One register table: its reads and its audited writes. Writes run inside the
// caller's transaction and stamp who and when; values are the table's columns
// in order, and the folded search text kept beside them is left out of the audit.
class RegisterTable
{
public:
    // spec: the repository's static, which must outlive the table.
    RegisterTable(const Session &session, const RegisterSpec &spec) : m_session(session), m_spec(spec) {}

    // Reads t.id, then the columns; a page adds the unit's code and the list
    // columns from listColumn() on. The queries come back executed.
    QSqlQuery select(qint64 id) const;
    qint64 count(const RegisterFilter &filter) const;
    QSqlQuery page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after, int limit) const;
    int listColumn() const { return 1 + int(m_spec.columns.size()); }

    bool insert(const QVariantList &values, const QString &searchText, qint64 *id, QString *error);
    bool update(qint64 id, const QVariantList &oldValues, const QVariantList &values, const QString &searchText,
                QString *error);
    bool remove(qint64 id, const QVariantList &oldValues, QString *error);

    QJsonObject json(const QVariantList &values) const { return json(m_spec.columns, values); }
    // Columns to values, as the audit log stores them (NULL as null).
    static QJsonObject json(const QStringList &columns, const QVariantList &values);

    // A value for a nullable link column: NULL for 0.
    static QVariant link(qint64 id);
    static QVariant date(QDate date); // ISO, or NULL when invalid
    // Text as stored: trimmed, never NULL.
    static QString text(const QString &value);

private:
    void addConditions(const RegisterFilter &filter, QStringList *conditions, QVariantList *values) const;
    QString selectColumns() const;
    bool audited(AuditLog::Action action, qint64 id, const QJsonObject &oldValues, const QJsonObject &newValues,
                 QString *error);

    const Session &m_session;
    const RegisterSpec &m_spec;
    std::optional<AuditLog> m_audit; // prepared on the first write: most tables only read
};
