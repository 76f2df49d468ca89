#include "TargetRepository.h"

#include "Database.h"

#include "AuditLog.h"
#include "AccessCheck.h"
#include "TransactionGuard.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QVariant hundredths(std::optional<Rates::Hundredths> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<Rates::Hundredths> hundredthsFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QJsonObject toJson(const Target &t)
{
    QJsonObject o{{QStringLiteral("year"), t.year}};
    if (!t.isProvince())
        o.insert(QStringLiteral("unit_id"), t.unitId);
    if (t.cases)
        o.insert(QStringLiteral("case_target"), *t.cases);
    if (t.money)
        o.insert(QStringLiteral("money_target"), *t.money);
    return o;
}
} // namespace

QList<Target> TargetRepository::forYear(int year) const
{
    QList<Target> targets;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT year, IFNULL(unit_id, 0), case_target, money_target FROM targets WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec())
        return targets;
    while (q.next())
        targets.append({q.value(0).toInt(), q.value(1).toLongLong(), hundredthsFrom(q.value(2)),
                        hundredthsFrom(q.value(3))});
    return targets;
}

std::optional<Target> TargetRepository::find(int year, qint64 unitId) const
{
    for (const Target &t : forYear(year)) {
        if (t.unitId == unitId)
            return t;
    }
    return std::nullopt;
}

namespace {
WriteResult checkRange(const Target &target)
{
    for (const auto &value : {target.cases, target.money}) {
        if (value && (*value < 0 || *value > 10000))
            return WriteResult::problem(QStringLiteral("target"),
                                        TargetRepository::tr("Target: must be between 0 and 100 percent."));
    }
    return {};
}
} // namespace

WriteResult TargetRepository::set(const Session &session, const Target &target)
{
    return setMany(session, {target});
}

WriteResult TargetRepository::setMany(const Session &session, const QList<Target> &targets)
{
    for (const Target &target : targets) {
        const WriteResult range = checkRange(target);
        if (!range.ok())
            return range;
    }
    TransactionGuard transaction(session.sql());
    if (!transaction.isActive())
        return WriteResult::failure(transaction.error());
    if (const QString refusal = AccessCheck(session).adminRefusal(); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    QString error;
    for (const Target &target : targets) {
        if (!write(session, target, &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(transaction.error());
    return {};
}

WriteResult TargetRepository::copyYear(const Session &session, int from, int to)
{
    QList<Target> targets = forYear(from);
    if (targets.isEmpty())
        return WriteResult::problem(QStringLiteral("year"), tr("Year %1 has no targets to copy.").arg(from));
    for (Target &t : targets)
        t.year = to;
    return setMany(session, targets);
}

bool TargetRepository::write(const Session &session, const Target &target, QString *error)
{
    const std::optional<Target> old = find(target.year, target.unitId);
    QSqlQuery q(session.sql());
    if (old) {
        q.prepare(QStringLiteral("UPDATE targets SET case_target = ?, money_target = ? "
                                 "WHERE year = ? AND IFNULL(unit_id, 0) = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO targets (case_target, money_target, year, unit_id) "
                                 "VALUES (?, ?, ?, ?)"));
    }
    q.addBindValue(hundredths(target.cases));
    q.addBindValue(hundredths(target.money));
    q.addBindValue(target.year);
    q.addBindValue(old ? QVariant(target.unitId)
                       : (target.isProvince() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(target.unitId)));
    if (!q.exec()) {
        *error = Database::describe(session.sql(), q.lastError());
        return false;
    }
    QSqlQuery id(session.sql());
    id.prepare(QStringLiteral("SELECT id FROM targets WHERE year = ? AND IFNULL(unit_id, 0) = ?"));
    id.addBindValue(target.year);
    id.addBindValue(target.unitId);
    const qint64 rowId = id.exec() && id.next() ? id.value(0).toLongLong() : 0;
    AuditLog audit(session.sql(), session.actor(), session.clock());
    return audit.record(old ? AuditLog::Action::Update : AuditLog::Action::Insert, QStringLiteral("targets"), rowId,
                        old ? toJson(*old) : QJsonObject(), toJson(target), error);
}
