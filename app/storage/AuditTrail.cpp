#include "AuditTrail.h"

#include "AuditLog.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {
// Rows an index may hand over to be sorted by id; beyond, the trail is read newest first.
constexpr int kFewRows = 5000;

const char kColumns[] = "id, at, actor, action, entity, IFNULL(entity_id, 0), IFNULL(old_values, ''), "
                        "IFNULL(new_values, '')";

QStringList chainValues(const QSqlQuery &q) // from kColumns, after id
{
    return {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            QString::number(q.value(5).toLongLong()), q.value(6).toString(), q.value(7).toString()};
}

// The first instant of a day in the user's zone, as the trail's UTC text.
QString utcStart(QDate day)
{
    return day.startOfDay(QTimeZone::systemTimeZone()).toUTC().toString(Qt::ISODate);
}
} // namespace

// How page() finds its rows. A case's rows come from the index on (entity,
// entity_id), a user's from the one on (actor, id), both already few or in id
// order. A table or a date range drives with its index only when it holds few
// rows (the rows are then sorted by id); a big one is cheaper to meet while
// reading the trail newest first, where the first page is found at once. The
// conditions that do not drive are written "+column", which keeps SQLite from
// picking their index.
QList<AuditEntry> AuditTrail::page(const AuditFilter &filter, qint64 beforeId, int limit, QString *error) const
{
    const QString fromText = filter.from.isValid() ? utcStart(filter.from) : QString();
    const QString toText = filter.to.isValid() ? utcStart(filter.to.addDays(1)) : QString();
    QStringList dates;
    QVariantList dateValues;
    if (!fromText.isEmpty()) {
        dates << QStringLiteral("%1at >= ?");
        dateValues << fromText;
    }
    if (!toText.isEmpty()) {
        dates << QStringLiteral("%1at < ?");
        dateValues << toText;
    }
    enum class Driver { Case, Actor, Entity, Dates, Rows };
    const auto plain = [](const QStringList &conditions) {
        QStringList out;
        for (const QString &c : conditions)
            out << c.arg(QString());
        return out.join(QStringLiteral(" AND "));
    };
    Driver driver = Driver::Rows;
    if (filter.caseId > 0)
        driver = Driver::Case;
    else if (!filter.actor.isEmpty())
        driver = Driver::Actor;
    else if (!filter.entity.isEmpty() && fewRows(QStringLiteral("entity = ?"), {filter.entity}))
        driver = Driver::Entity;
    else if (!dates.isEmpty() && fewRows(plain(dates), dateValues))
        driver = Driver::Dates;
    const auto column = [driver](Driver drives) {
        return drives == driver ? QString() : QStringLiteral("+");
    };

    QStringList where;
    QVariantList values;
    if (beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << beforeId;
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("%1actor = ?").arg(column(Driver::Actor));
        values << filter.actor;
    }
    for (const QString &condition : std::as_const(dates))
        where << condition.arg(column(Driver::Dates));
    values << dateValues;
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("%1entity = ?").arg(column(Driver::Entity));
        values << filter.entity;
    }
    if (filter.caseId > 0) {
        where << QStringLiteral("((entity = 'cases' AND entity_id = ?) OR (entity = 'case_events' AND entity_id IN "
                                "(SELECT id FROM case_events WHERE case_id = ?)))");
        values << filter.caseId << filter.caseId;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The case of a row of cases or case_events, with its decision number while it exists.
    q.prepare(QStringLiteral("SELECT p.*, IFNULL(c.decision_no, ''), IFNULL(c.unit_id, 0) FROM "
                             "(SELECT %1, IFNULL(CASE entity WHEN 'cases' THEN entity_id WHEN 'case_events' THEN "
                             "(SELECT e.case_id FROM case_events e WHERE e.id = audit_log.entity_id) END, 0) AS case_id "
                             "FROM audit_log %2 ORDER BY id DESC LIMIT %3) p "
                             "LEFT JOIN cases c ON c.id = p.case_id ORDER BY p.id DESC")
                  .arg(QLatin1String(kColumns),
                       where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
                  .arg(limit));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    QList<AuditEntry> entries;
    if (!q.exec()) {
        *error = Database::describe(m_db, q.lastError());
        return entries;
    }
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(), q.value(9).toString(),
                        q.value(10).toLongLong()});
    }
    return entries;
}

bool AuditTrail::fewRows(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM audit_log WHERE %1 LIMIT %2)")
                  .arg(condition)
                  .arg(kFewRows + 1));
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() && q.next() && q.value(0).toInt() <= kFewRows;
}

QStringList AuditTrail::distinct(const char *column, QString *error) const
{
    // One seek per value along the column's index (a skip scan), not a read of every row.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList found;
    if (!q.exec(QStringLiteral("WITH RECURSIVE v(x) AS (SELECT MIN(%1) FROM audit_log UNION ALL "
                               "SELECT (SELECT MIN(%1) FROM audit_log WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
                               "SELECT x FROM v WHERE x IS NOT NULL")
                    .arg(QLatin1String(column)))) {
        *error = Database::describe(m_db, q.lastError());
        return found;
    }
    while (q.next())
        found << q.value(0).toString();
    return found;
}

QStringList AuditTrail::actors(QString *error) const
{
    return distinct("actor", error);
}

QStringList AuditTrail::entities(QString *error) const
{
    return distinct("entity", error);
}

qint64 AuditTrail::lastId(QString *error) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM audit_log")) || !q.next()) {
        *error = Database::describe(m_db, q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> AuditTrail::firstBrokenLink(QString *error) const
{
    AuditChainCheck check;
    while (!check.done) {
        if (!checkChain(&check, 10000, error))
            return std::nullopt;
    }
    return check.broken;
}

bool AuditTrail::checkChain(AuditChainCheck *check, int rows, QString *error) const
{
    if (check->done)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, IFNULL(chain, '') FROM audit_log WHERE id > ? ORDER BY id LIMIT %2")
                  .arg(QLatin1String(kColumns))
                  .arg(rows));
    q.addBindValue(check->lastId);
    if (!q.exec()) {
        *error = Database::describe(m_db, q.lastError());
        return false;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        const QString expected = AuditLog::chain(check->previous, chainValues(q));
        check->lastId = q.value(0).toLongLong();
        ++check->checked;
        if (q.value(8).toString() != expected) {
            check->broken = check->lastId;
            check->done = true;
            return true;
        }
        check->previous = expected;
    }
    check->done = read < rows;
    return true;
}

bool AuditTrail::fillChain(QSqlDatabase db, QString *error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE audit_log SET chain = ? WHERE id = ?"));
    if (!read.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)))) {
        *error = read.lastError().text();
        return false;
    }
    QString previous;
    while (read.next()) {
        previous = AuditLog::chain(previous, chainValues(read));
        write.addBindValue(previous);
        write.addBindValue(read.value(0).toLongLong());
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}
