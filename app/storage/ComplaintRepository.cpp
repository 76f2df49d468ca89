#include "ComplaintRepository.h"

#include "CaseLookup.h"
#include "Format.h"
#include "TextFolding.h"

namespace {
// The period's petitions: received by its end, not closed before its start.
void addPeriod(const StatisticalPeriod &period, QStringList *conditions, QVariantList *values)
{
    *conditions << QStringLiteral("t.received_date <= ?")
                << QStringLiteral("(t.settled_date IS NULL OR t.settled_date >= ?)");
    *values << MachineFormat::date(period.end()) << MachineFormat::date(period.start());
}

const RegisterSpec kComplaints{
    .table = QStringLiteral("complaints"),
    .columns = {QStringLiteral("unit_id"), QStringLiteral("received_date"), QStringLiteral("kind"),
                QStringLiteral("petitioner"), QStringLiteral("subject"), QStringLiteral("case_id"),
                QStringLiteral("competence"), QStringLiteral("result"), QStringLiteral("settled_date"),
                QStringLiteral("repeated"), QStringLiteral("crowd"), QStringLiteral("beyond_level"),
                QStringLiteral("note")},
    .dateColumn = QStringLiteral("received_date"),
    .listColumns = {QStringLiteral("IFNULL(c.decision_no, '')")},
    .listJoins = QStringLiteral("LEFT JOIN cases c ON c.id = t.case_id"),
    .period = addPeriod,
};
} // namespace

ComplaintRepository::ComplaintRepository(const Session &session) : RegisterStore(session, kComplaints) {}

QVariantList ComplaintRepository::values(const Complaint &c) const
{
    return {c.unitId,
            RegisterTable::date(c.receivedDate),
            ComplaintKinds::key(c.kind),
            RegisterTable::text(c.petitioner),
            RegisterTable::text(c.subject),
            RegisterTable::link(c.caseId),
            Competences::key(c.competence),
            ComplaintResults::key(c.result),
            RegisterTable::date(ComplaintResults::isClosed(c.result) ? c.settledDate : QDate()),
            int(c.repeated),
            int(c.crowd),
            int(c.beyondLevel),
            RegisterTable::text(c.note)};
}

Complaint ComplaintRepository::read(const QSqlQuery &q) const
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.unitId = q.value(1).toLongLong();
    c.receivedDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    ComplaintKinds::fromKey(q.value(3).toString(), &c.kind);
    c.petitioner = q.value(4).toString();
    c.subject = q.value(5).toString();
    c.caseId = q.value(6).toLongLong();
    Competences::fromKey(q.value(7).toString(), &c.competence);
    ComplaintResults::fromKey(q.value(8).toString(), &c.result);
    c.settledDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    c.repeated = q.value(10).toBool();
    c.crowd = q.value(11).toBool();
    c.beyondLevel = q.value(12).toBool();
    c.note = q.value(13).toString();
    return c;
}

ComplaintRow ComplaintRepository::row(Complaint c, const QSqlQuery &q, int at) const
{
    return {std::move(c), q.value(at).toString(), q.value(at + 1).toString()};
}

RegisterCursor ComplaintRepository::cursorOf(const ComplaintRow &row)
{
    return {MachineFormat::date(row.complaint.receivedDate), row.complaint.id};
}

QString ComplaintRepository::searchText(const Complaint &c) const
{
    return TextFolding::fold(QStringList{c.petitioner, c.subject, c.note}.join(QLatin1Char(' ')));
}

QList<ComplaintChoice> ComplaintRepository::choices(qint64 unitId, QDate date) const
{
    QSqlQuery q(session().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, received_date, petitioner, subject FROM complaints "
                             "WHERE unit_id = ? AND received_date BETWEEN ? AND ? "
                             "ORDER BY received_date DESC, id DESC LIMIT 200"));
    q.addBindValue(unitId);
    q.addBindValue(MachineFormat::date(date.addYears(-1)));
    q.addBindValue(MachineFormat::date(date.addMonths(1)));
    QList<ComplaintChoice> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        list << ComplaintChoice{q.value(0).toLongLong(),
                                tr("%1 — %2: %3")
                                    .arg(Format::date(QDate::fromString(q.value(1).toString(), Qt::ISODate)),
                                         q.value(2).toString(), q.value(3).toString())};
    }
    return list;
}

FieldProblems ComplaintRepository::checkLinks(const Complaint &c) const
{
    if (c.caseId <= 0)
        return {};
    const auto linked = CaseLookup(session().sql()).byId(c.caseId);
    if (!linked)
        return {RegisterValidator::problem(RegisterField::Case, tr("no such case."))};
    if (linked->unitId != c.unitId)
        return {RegisterValidator::problem(RegisterField::Case,
                                           tr("case %1 belongs to another unit.").arg(linked->decisionNo))};
    return {};
}

WriteResult ComplaintRepository::checkRemovable(const Complaint &c) const
{
    QSqlQuery linked(session().sql());
    linked.prepare(QStringLiteral("SELECT COUNT(*) FROM receptions WHERE complaint_id = ?"));
    linked.addBindValue(c.id);
    if (linked.exec() && linked.next() && linked.value(0).toLongLong() > 0)
        return WriteResult::problem(RegisterFields::key(RegisterField::Complaint),
                                    tr("The petition of %1 cannot be deleted: receptions are linked to it (%2). "
                                       "Unlink them first.")
                                        .arg(c.petitioner)
                                        .arg(linked.value(0).toLongLong()));
    return {};
}

QString ComplaintRepository::noLongerExists() const
{
    return tr("The petition no longer exists.");
}
