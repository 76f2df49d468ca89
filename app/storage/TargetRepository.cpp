#include "TargetRepository.h"

#include "Database.h"

#include "AuditLog.h"
#include "AccessCheck.h"
#include "Format.h"
#include "StatisticalPeriod.h"
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
    if (t.decisionId != 0)
        o.insert(QStringLiteral("decision_id"), t.decisionId);
    return o;
}

QJsonObject toJson(const TargetDecision &d)
{
    return {{QStringLiteral("year"), d.year},
            {QStringLiteral("number"), d.number},
            {QStringLiteral("decided_on"), MachineFormat::date(d.decidedOn)},
            {QStringLiteral("issuer"), d.issuer},
            {QStringLiteral("effective_from"), MachineFormat::date(d.effectiveFrom)}};
}
} // namespace

namespace {
Target targetFrom(const QSqlQuery &q) // year, unit, case, money, decision
{
    return {q.value(0).toInt(), q.value(1).toLongLong(), hundredthsFrom(q.value(2)), hundredthsFrom(q.value(3)),
            q.value(4).toLongLong()};
}
} // namespace

QList<Target> TargetRepository::inForce(int year, QDate on) const
{
    // Per unit, the row of the latest decision in force on `on`; a row without
    // a decision sorts before every decision (its effective date is empty).
    QList<Target> targets;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT t.year, IFNULL(t.unit_id, 0), t.case_target, t.money_target, IFNULL(t.decision_id, 0) "
        "FROM targets t LEFT JOIN target_decisions d ON d.id = t.decision_id "
        "WHERE t.year = ? AND (d.id IS NULL OR d.effective_from <= ?) "
        "ORDER BY IFNULL(t.unit_id, 0), IFNULL(d.effective_from, '')"));
    q.addBindValue(year);
    q.addBindValue(MachineFormat::date(on));
    if (!q.exec())
        return targets;
    while (q.next()) {
        const Target t = targetFrom(q);
        if (!targets.isEmpty() && targets.last().unitId == t.unitId)
            targets.last() = t; // a later decision replaces the earlier
        else
            targets.append(t);
    }
    return targets;
}

QList<Target> TargetRepository::forYear(int year) const
{
    return inForce(year, StatisticalPeriod::year(year).end());
}

std::optional<Target> TargetRepository::find(int year, qint64 unitId) const
{
    for (const Target &t : forYear(year)) {
        if (t.unitId == unitId)
            return t;
    }
    return std::nullopt;
}

QList<Target> TargetRepository::ofDecision(int year, qint64 decisionId) const
{
    QList<Target> targets;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT year, IFNULL(unit_id, 0), case_target, money_target, IFNULL(decision_id, 0) "
                             "FROM targets WHERE year = ? AND IFNULL(decision_id, 0) = ?"));
    q.addBindValue(year);
    q.addBindValue(decisionId);
    if (q.exec()) {
        while (q.next())
            targets.append(targetFrom(q));
    }
    return targets;
}

QList<TargetDecision> TargetRepository::decisions(int year, QDate on) const
{
    QList<TargetDecision> found;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, year, number, decided_on, issuer, effective_from FROM target_decisions "
                             "WHERE year = ? AND effective_from <= ? ORDER BY effective_from"));
    q.addBindValue(year);
    q.addBindValue(on.isValid() ? MachineFormat::date(on) : QStringLiteral("9999-12-31"));
    if (!q.exec())
        return found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                      QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(),
                      QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    return found;
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
    return store(session, nullptr, targets);
}

WriteResult TargetRepository::copyYear(const Session &session, int from, int to)
{
    QList<Target> targets = forYear(from);
    if (targets.isEmpty())
        return WriteResult::problem(QStringLiteral("year"), tr("Year %1 has no targets to copy.").arg(from));
    for (Target &t : targets) {
        t.year = to;
        t.decisionId = 0;
    }
    return setMany(session, targets);
}

bool TargetRepository::write(const Session &session, const Target &target, QString *error)
{
    std::optional<Target> old;
    for (const Target &t : ofDecision(target.year, target.decisionId)) {
        if (t.unitId == target.unitId)
            old = t;
    }
    QSqlQuery q(session.sql());
    if (old) {
        q.prepare(QStringLiteral("UPDATE targets SET case_target = ?, money_target = ? "
                                 "WHERE year = ? AND IFNULL(decision_id, 0) = ? AND IFNULL(unit_id, 0) = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO targets (case_target, money_target, year, decision_id, unit_id) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    }
    const auto orNull = [&](qint64 id) { return old || id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    q.addBindValue(hundredths(target.cases));
    q.addBindValue(hundredths(target.money));
    q.addBindValue(target.year);
    q.addBindValue(orNull(target.decisionId));
    q.addBindValue(orNull(target.unitId));
    if (!q.exec()) {
        *error = Database::describe(session.sql(), q.lastError());
        return false;
    }
    QSqlQuery id(session.sql());
    id.prepare(QStringLiteral("SELECT id FROM targets WHERE year = ? AND IFNULL(decision_id, 0) = ? "
                              "AND IFNULL(unit_id, 0) = ?"));
    id.addBindValue(target.year);
    id.addBindValue(target.decisionId);
    id.addBindValue(target.unitId);
    const qint64 rowId = id.exec() && id.next() ? id.value(0).toLongLong() : 0;
    AuditLog audit(session.sql(), session.actor(), session.clock());
    return audit.record(old ? AuditLog::Action::Update : AuditLog::Action::Insert, QStringLiteral("targets"), rowId,
                        old ? toJson(*old) : QJsonObject(), toJson(target), error);
}

WriteResult TargetRepository::checkDecision(const TargetDecision &d) const
{
    if (d.number.trimmed().isEmpty())
        return WriteResult::problem(QStringLiteral("number"), tr("Decision number: required."));
    if (!d.decidedOn.isValid())
        return WriteResult::problem(QStringLiteral("decided_on"), tr("Decision date: required."));
    if (d.issuer.trimmed().isEmpty())
        return WriteResult::problem(QStringLiteral("issuer"), tr("Issued by: required (who signed the decision)."));
    const StatisticalPeriod year = StatisticalPeriod::year(d.year);
    if (!d.effectiveFrom.isValid() || d.effectiveFrom < year.start() || d.effectiveFrom > year.end())
        return WriteResult::problem(QStringLiteral("effective_from"),
                                    tr("In force from: must be a day of the statistical year %1 (%2 – %3).")
                                        .arg(d.year)
                                        .arg(Format::date(year.start()), Format::date(year.end())));
    for (const TargetDecision &other : decisions(d.year)) {
        if (other.id != d.id && other.effectiveFrom == d.effectiveFrom)
            return WriteResult::problem(QStringLiteral("effective_from"),
                                        tr("In force from: decision %1 already takes effect on %2.")
                                            .arg(other.number, Format::date(other.effectiveFrom)));
    }
    return {};
}

bool TargetRepository::writeDecision(const Session &session, TargetDecision *d, QString *error)
{
    std::optional<TargetDecision> old;
    for (const TargetDecision &other : decisions(d->year)) {
        if (other.id == d->id)
            old = other;
    }
    QSqlQuery q(session.sql());
    q.prepare(old ? QStringLiteral("UPDATE target_decisions SET number = ?, decided_on = ?, issuer = ?, "
                                   "effective_from = ? WHERE id = ?")
                  : QStringLiteral("INSERT INTO target_decisions (number, decided_on, issuer, effective_from, year) "
                                   "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(d->number.trimmed());
    q.addBindValue(MachineFormat::date(d->decidedOn));
    q.addBindValue(d->issuer.trimmed());
    q.addBindValue(MachineFormat::date(d->effectiveFrom));
    q.addBindValue(old ? QVariant(d->id) : QVariant(d->year));
    if (!q.exec()) {
        *error = Database::describe(session.sql(), q.lastError());
        return false;
    }
    if (!old)
        d->id = q.lastInsertId().toLongLong();
    AuditLog audit(session.sql(), session.actor(), session.clock());
    return audit.record(old ? AuditLog::Action::Update : AuditLog::Action::Insert, QStringLiteral("target_decisions"),
                        d->id, old ? toJson(*old) : QJsonObject(), toJson(*d), error);
}

WriteResult TargetRepository::saveDecision(const Session &session, TargetDecision *decision,
                                           const QList<Target> &targets)
{
    if (const WriteResult problem = checkDecision(*decision); !problem.ok())
        return problem;
    return store(session, decision, targets);
}

WriteResult TargetRepository::store(const Session &session, TargetDecision *decision, const QList<Target> &targets)
{
    for (const Target &target : targets) {
        if (const WriteResult range = checkRange(target); !range.ok())
            return range;
    }
    TransactionGuard transaction(session.sql());
    if (!transaction.isActive())
        return WriteResult::failure(transaction.error());
    if (const QString refusal = AccessCheck(session).adminRefusal(); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    QString error;
    TargetDecision written = decision ? *decision : TargetDecision{};
    if (decision && !writeDecision(session, &written, &error))
        return WriteResult::failure(error);
    for (Target target : targets) {
        if (decision) {
            target.year = written.year;
            target.decisionId = written.id;
        }
        if (!write(session, target, &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(transaction.error());
    if (decision)
        *decision = written;
    return {};
}
