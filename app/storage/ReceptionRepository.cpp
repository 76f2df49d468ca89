#include "ReceptionRepository.h"

#include "Format.h"
#include "RegisterValidator.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QStringList kColumns = {
    QStringLiteral("unit_id"),       QStringLiteral("reception_date"), QStringLiteral("receiver_role"),
    QStringLiteral("receiver_name"), QStringLiteral("people"),         QStringLiteral("subject"),
    QStringLiteral("complaint_id"),
};

QVariantList values(const Reception &r)
{
    return {r.unitId,
            RegisterTable::date(r.date),
            ReceiverRoles::key(r.receiverRole),
            RegisterTable::text(r.receiverName),
            r.people,
            RegisterTable::text(r.subject),
            RegisterTable::link(r.complaintId)};
}

QString searchText(const Reception &r)
{
    return TextFolding::fold(r.receiverName + QLatin1Char(' ') + r.subject);
}

Reception receptionFrom(const QSqlQuery &q)
{
    Reception r;
    r.id = q.value(0).toLongLong();
    r.unitId = q.value(1).toLongLong();
    r.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    ReceiverRoles::fromKey(q.value(3).toString(), &r.receiverRole);
    r.receiverName = q.value(4).toString();
    r.people = q.value(5).toInt();
    r.subject = q.value(6).toString();
    r.complaintId = q.value(7).toLongLong();
    return r;
}

QString selectColumns()
{
    QStringList columns{QStringLiteral("t.id")};
    for (const QString &c : kColumns)
        columns << QStringLiteral("t.") + c;
    return columns.join(QStringLiteral(", "));
}

void addPeriod(const RegisterFilter &filter, QStringList *conditions, QVariantList *values)
{
    if (!filter.period.isValid())
        return;
    *conditions << QStringLiteral("t.reception_date BETWEEN ? AND ?");
    *values << MachineFormat::date(filter.period.start()) << MachineFormat::date(filter.period.end());
}
} // namespace

RegisterTable ReceptionRepository::table() const
{
    return RegisterTable(m_session, QStringLiteral("receptions"), kColumns);
}

QJsonObject ReceptionRepository::toJson(const Reception &r)
{
    return RegisterTable::json(kColumns, values(r));
}

std::optional<Reception> ReceptionRepository::find(qint64 id) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM receptions t WHERE t.id = ?").arg(selectColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return receptionFrom(q);
    return std::nullopt;
}

qint64 ReceptionRepository::count(const RegisterFilter &filter) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM receptions t") + RegisterTable::where(conditions));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<ReceptionRow> ReceptionRepository::page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after,
                                              int limit) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    RegisterTable::addCursor(QStringLiteral("reception_date"), after, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, u.code, IFNULL(k.petitioner, '') FROM receptions t "
                             "JOIN units u ON u.id = t.unit_id LEFT JOIN complaints k ON k.id = t.complaint_id")
                  .arg(selectColumns())
              + RegisterTable::where(conditions)
              + QStringLiteral(" ORDER BY t.reception_date DESC, t.id DESC LIMIT ?"));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<ReceptionRow> rows;
    if (!q.exec())
        return rows;
    const int extra = 1 + int(kColumns.size());
    while (q.next())
        rows << ReceptionRow{receptionFrom(q), q.value(extra).toString(), q.value(extra + 1).toString()};
    return rows;
}

RegisterCursor ReceptionRepository::cursorOf(const ReceptionRow &row)
{
    return {MachineFormat::date(row.reception.date), row.reception.id};
}

FieldProblems ReceptionRepository::check(const Reception &r) const
{
    FieldProblems problems = RegisterValidator::validate(r, m_session.clock().today());
    if (r.unitId > 0 && !UnitRepository(m_session.sql()).byId(r.unitId))
        problems << RegisterValidator::noSuchUnit();
    if (r.complaintId > 0) {
        QSqlQuery q(m_session.sql());
        q.prepare(QStringLiteral("SELECT unit_id FROM complaints WHERE id = ?"));
        q.addBindValue(r.complaintId);
        if (!q.exec() || !q.next())
            problems << RegisterValidator::problem(RegisterField::Complaint, tr("no such petition."));
        else if (q.value(0).toLongLong() != r.unitId)
            problems << RegisterValidator::problem(RegisterField::Complaint, tr("the petition concerns another unit."));
    }
    return problems;
}

WriteResult ReceptionRepository::create(Reception *r)
{
    QList<Reception> one{*r};
    WriteResult result = createMany(&one);
    r->id = result.ok() ? one.first().id : 0;
    return result;
}

WriteResult ReceptionRepository::createMany(QList<Reception> *receptions)
{
    for (const Reception &r : std::as_const(*receptions)) {
        const FieldProblems problems = check(r);
        if (!problems.isEmpty())
            return {problems, {}};
    }
    TransactionGuard transaction(m_session.sql());
    RegisterTable writer = table();
    QString error;
    for (Reception &r : *receptions) {
        if (!writer.insert(values(r), searchText(r), &r.id, &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(m_session.sql().lastError().text());
    return {};
}

WriteResult ReceptionRepository::update(const Reception &r)
{
    const auto old = find(r.id);
    if (!old)
        return WriteResult::failure(tr("The reception no longer exists."));
    const FieldProblems problems = check(r);
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().update(r.id, values(*old), values(r), searchText(r), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}

WriteResult ReceptionRepository::remove(qint64 id)
{
    const auto old = find(id);
    if (!old)
        return WriteResult::failure(tr("The reception no longer exists."));
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().remove(id, values(*old), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}
