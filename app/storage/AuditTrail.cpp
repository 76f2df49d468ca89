#include "AuditTrail.h"

#include "AuditLog.h"
#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {
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

QList<AuditEntry> AuditTrail::page(const AuditFilter &filter, qint64 beforeId, int limit, QString *error) const
{
    QStringList where;
    QVariantList values;
    if (beforeId > 0) {
        where << QStringLiteral("id < ?");
        values << beforeId;
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        values << filter.actor;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << utcStart(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << utcStart(filter.to.addDays(1));
    }
    if (!filter.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        values << filter.entity;
    }
    if (filter.caseId > 0) {
        where << QStringLiteral("((entity = 'cases' AND entity_id = ?) OR (entity = 'case_events' AND entity_id IN "
                                "(SELECT id FROM case_events WHERE case_id = ?)))");
        values << filter.caseId << filter.caseId;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id DESC LIMIT %3")
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
                        q.value(6).toString(), q.value(7).toString()});
    }
    return entries;
}

std::optional<qint64> AuditTrail::firstBrokenLink(QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, IFNULL(chain, '') FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)))) {
        *error = Database::describe(m_db, q.lastError());
        return std::nullopt;
    }
    QString previous;
    while (q.next()) {
        const QString expected = AuditLog::chain(previous, chainValues(q));
        if (q.value(8).toString() != expected)
            return q.value(0).toLongLong();
        previous = expected;
    }
    return std::nullopt;
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
