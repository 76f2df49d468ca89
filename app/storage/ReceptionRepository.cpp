#include "ReceptionRepository.h"

#include "Format.h"
#include "TextFolding.h"

namespace {
const RegisterSpec kReceptions{
    .table = QStringLiteral("receptions"),
    .columns = {QStringLiteral("unit_id"), QStringLiteral("reception_date"), QStringLiteral("receiver_role"),
                QStringLiteral("receiver_name"), QStringLiteral("people"), QStringLiteral("subject"),
                QStringLiteral("complaint_id")},
    .dateColumn = QStringLiteral("reception_date"),
    .listColumns = {QStringLiteral("IFNULL(k.petitioner, '')")},
    .listJoins = QStringLiteral("LEFT JOIN complaints k ON k.id = t.complaint_id"),
};
} // namespace

ReceptionRepository::ReceptionRepository(const Session &session) : RegisterStore(session, kReceptions) {}

QVariantList ReceptionRepository::values(const Reception &r) const
{
    return {r.unitId,
            RegisterTable::date(r.date),
            ReceiverRoles::key(r.receiverRole),
            RegisterTable::text(r.receiverName),
            r.people,
            RegisterTable::text(r.subject),
            RegisterTable::link(r.complaintId)};
}

Reception ReceptionRepository::read(const QSqlQuery &q) const
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

ReceptionRow ReceptionRepository::row(Reception r, const QSqlQuery &q, int at) const
{
    return {std::move(r), q.value(at).toString(), q.value(at + 1).toString()};
}

RegisterCursor ReceptionRepository::cursorOf(const ReceptionRow &row)
{
    return {MachineFormat::date(row.reception.date), row.reception.id};
}

QString ReceptionRepository::searchText(const Reception &r) const
{
    return TextFolding::fold(r.receiverName + QLatin1Char(' ') + r.subject);
}

FieldProblems ReceptionRepository::checkLinks(const Reception &r) const
{
    if (r.complaintId <= 0)
        return {};
    QSqlQuery q(session().sql());
    q.prepare(QStringLiteral("SELECT unit_id FROM complaints WHERE id = ?"));
    q.addBindValue(r.complaintId);
    if (!q.exec() || !q.next())
        return {RegisterValidator::problem(RegisterField::Complaint, tr("no such petition."))};
    if (q.value(0).toLongLong() != r.unitId)
        return {RegisterValidator::problem(RegisterField::Complaint, tr("the petition concerns another unit."))};
    return {};
}

QString ReceptionRepository::noLongerExists() const
{
    return tr("The reception no longer exists.");
}
