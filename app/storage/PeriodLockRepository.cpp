#include "PeriodLockRepository.h"

#include "AccessCheck.h"
#include "Format.h"
#include "AuditLog.h"
#include "Database.h"
#include "StatisticsEngine.h"
#include "StatisticsTable.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant unitValue(qint64 unitId)
{
    return unitId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(unitId);
}

QString checksum(const QString &figures)
{
    return QString::fromLatin1(QCryptographicHash::hash(figures.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

ClosedBooks PeriodLockRepository::closedBooks(QSqlDatabase db)
{
    ClosedBooks books;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT IFNULL(unit_id, 0), month, locked_at, locked_by FROM period_locks"))) {
        while (q.next())
            books.add(q.value(1).toString(), {q.value(0).toLongLong(),
                                              QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
                                              q.value(3).toString()});
    }
    return books;
}

QString PeriodLockRepository::figuresText(const StatisticsTable &table, qint64 unitId)
{
    QString text;
    for (const StatisticsRow &row : table.rows()) {
        if (unitId != 0 && row.unit.id != unitId)
            continue;
        QStringList fields{row.unit.code};
        for (StatColumn c : StatColumns::all())
            fields << QString::number(row.figures.cases(c)) << QString::number(row.figures.money(c));
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

WriteResult PeriodLockRepository::closeUntil(QDate month, qint64 unitId, int *closed)
{
    QSqlDatabase db = m_session.sql();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return WriteResult::failure(transaction.error());
    if (const QString refusal = AccessCheck(m_session).adminRefusal(); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    if (unitId != 0 && !UnitRepository(db).byId(unitId))
        return WriteResult::problem(QStringLiteral("unit"), tr("There is no such unit."));
    const QDate last(month.year(), month.month(), 1);
    if (last > m_session.clock().today())
        return WriteResult::problem(QStringLiteral("month"),
                                    tr("%1 has not begun; only past months can be closed.")
                                        .arg(Format::month(last)));
    QSqlQuery q(db);
    q.prepare(unitId == 0 ? QStringLiteral("SELECT MIN(decision_date) FROM cases")
                          : QStringLiteral("SELECT MIN(decision_date) FROM cases WHERE unit_id = ?"));
    if (unitId != 0)
        q.addBindValue(unitId);
    if (!q.exec() || !q.next())
        return WriteResult::failure(Database::describe(db, q.lastError()));
    QDate first = q.isNull(0) ? last : QDate::fromString(q.value(0).toString(), Qt::ISODate);
    first = std::min(QDate(first.year(), first.month(), 1), last);

    const ClosedBooks books = closedBooks(db);
    AuditLog audit(db, m_session.actor(), m_session.clock());
    const QString now = m_session.clock().now().toUTC().toString(Qt::ISODate);
    QString error;
    int count = 0;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const auto existing = books.closing(unitId, m);
        if (existing && existing->unitId == unitId)
            continue;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO period_locks (unit_id, month, locked_at, locked_by) VALUES (?, ?, ?, ?)"));
        for (const QVariant &value : {unitValue(unitId), QVariant(ClosedBooks::monthKey(m)), QVariant(now),
                                      QVariant(m_session.actor().name)})
            insert.addBindValue(value);
        if (!insert.exec())
            return WriteResult::failure(Database::describe(db, insert.lastError()));
        if (!audit.record(AuditLog::Action::Insert, QStringLiteral("period_locks"), insert.lastInsertId().toLongLong(),
                          {}, {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("month"), ClosedBooks::monthKey(m)}},
                          &error))
            return WriteResult::failure(error);
        // The tables of the period ending in this month, as they stand now.
        const StatisticalPeriod period = StatisticalPeriod::throughMonth(m);
        const auto table = StatisticsEngine(db).compute(period, &error);
        if (!table)
            return WriteResult::failure(error);
        const QString figures = figuresText(*table, unitId);
        QSqlQuery store(db);
        store.prepare(QStringLiteral("INSERT INTO locked_tables (unit_id, year, months, figures, checksum, locked_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET figures = excluded.figures, "
                                     "checksum = excluded.checksum, locked_at = excluded.locked_at"));
        for (const QVariant &value : {unitValue(unitId), QVariant(period.statisticalYear()), QVariant(period.monthCount()),
                                      QVariant(figures), QVariant(checksum(figures)), QVariant(now)})
            store.addBindValue(value);
        if (!store.exec())
            return WriteResult::failure(Database::describe(db, store.lastError()));
        if (!audit.record(AuditLog::Action::Insert, QStringLiteral("locked_tables"), store.lastInsertId().toLongLong(),
                          {}, {{QStringLiteral("period"), period.key()}, {QStringLiteral("checksum"), checksum(figures)}},
                          &error))
            return WriteResult::failure(error);
        ++count;
    }
    if (!transaction.commit())
        return WriteResult::failure(transaction.error());
    if (closed)
        *closed = count;
    return {};
}

WriteResult PeriodLockRepository::reopen(QDate month, qint64 unitId, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return WriteResult::problem(QStringLiteral("reason"), tr("Reason: required; reopening a closed month is "
                                                                 "recorded with why it was done."));
    if (why.size() > 1000)
        return WriteResult::problem(QStringLiteral("reason"), tr("Reason: at most 1000 characters."));
    QSqlDatabase db = m_session.sql();
    TransactionGuard transaction(db);
    if (!transaction.isActive())
        return WriteResult::failure(transaction.error());
    if (const QString refusal = AccessCheck(m_session).adminRefusal(); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    const QString key = ClosedBooks::monthKey(month);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, locked_at, locked_by FROM period_locks WHERE IFNULL(unit_id, 0) = ? AND month = ?"));
    q.addBindValue(unitId);
    q.addBindValue(key);
    if (!q.exec())
        return WriteResult::failure(Database::describe(db, q.lastError()));
    if (!q.next())
        return WriteResult::problem(QStringLiteral("month"),
                                    tr("The books of %1 are not closed for this scope.")
                                        .arg(Format::month(month)));
    const qint64 id = q.value(0).toLongLong();
    const QJsonObject old{{QStringLiteral("unit_id"), unitId}, {QStringLiteral("month"), key},
                          {QStringLiteral("locked_at"), q.value(1).toString()},
                          {QStringLiteral("locked_by"), q.value(2).toString()}};
    q.finish();
    const StatisticalPeriod period = StatisticalPeriod::throughMonth(month);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM period_locks WHERE id = ?"));
    remove.addBindValue(id);
    QSqlQuery forget(db); // the figures of an open month may move again
    forget.prepare(QStringLiteral("DELETE FROM locked_tables WHERE IFNULL(unit_id, 0) = ? AND year = ? AND months = ?"));
    forget.addBindValue(unitId);
    forget.addBindValue(period.statisticalYear());
    forget.addBindValue(period.monthCount());
    if (!remove.exec() || !forget.exec())
        return WriteResult::failure(Database::describe(db, remove.lastError().isValid() ? remove.lastError()
                                                                                         : forget.lastError()));
    QString error;
    if (!AuditLog(db, m_session.actor(), m_session.clock())
             .record(AuditLog::Action::Delete, QStringLiteral("period_locks"), id, old,
                     {{QStringLiteral("reason"), why}}, &error))
        return WriteResult::failure(error);
    if (!transaction.commit())
        return WriteResult::failure(transaction.error());
    return {};
}

QList<PeriodLockRepository::Moved> PeriodLockRepository::movedTables(QSqlDatabase db, QString *error)
{
    QList<Moved> moved;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT IFNULL(unit_id, 0), year, months, checksum FROM locked_tables "
                               "ORDER BY year, months, IFNULL(unit_id, 0)"))) {
        *error = Database::describe(db, q.lastError());
        return moved;
    }
    std::optional<StatisticsTable> table;
    while (q.next()) {
        const StatisticalPeriod period = StatisticalPeriod::months(q.value(1).toInt(), q.value(2).toInt());
        if (!table || table->period != period)
            table = StatisticsEngine(db).compute(period, error);
        if (!table)
            return moved;
        const qint64 unitId = q.value(0).toLongLong();
        if (checksum(figuresText(*table, unitId)) != q.value(3).toString())
            moved.append({period, unitId});
    }
    return moved;
}

std::optional<QDateTime> PeriodLockRepository::provinceClosedAt(QSqlDatabase db, QDate periodEnd)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT locked_at FROM period_locks WHERE unit_id IS NULL AND month = ?"));
    q.addBindValue(ClosedBooks::monthKey(periodEnd));
    if (q.exec() && q.next())
        return QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    return std::nullopt;
}
