#include "ComplaintRepository.h"

#include "CaseLookup.h"
#include "Format.h"
#include "RegisterValidator.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QStringList kColumns = {
    QStringLiteral("unit_id"),    QStringLiteral("received_date"), QStringLiteral("kind"),
    QStringLiteral("petitioner"), QStringLiteral("subject"),       QStringLiteral("case_id"),
    QStringLiteral("competence"), QStringLiteral("result"),        QStringLiteral("settled_date"),
    QStringLiteral("repeated"),   QStringLiteral("crowd"),         QStringLiteral("beyond_level"),
    QStringLiteral("note"),
};

QVariantList values(const Complaint &c)
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

QString searchText(const Complaint &c)
{
    return TextFolding::fold(QStringList{c.petitioner, c.subject, c.note}.join(QLatin1Char(' ')));
}

// Reads the columns of kColumns, after t.id, from column `at` on.
Complaint complaintFrom(const QSqlQuery &q)
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

QString selectColumns()
{
    QStringList columns{QStringLiteral("t.id")};
    for (const QString &c : kColumns)
        columns << QStringLiteral("t.") + c;
    return columns.join(QStringLiteral(", "));
}

// The period's petitions: received by its end, not closed before its start.
void addPeriod(const RegisterFilter &filter, QStringList *conditions, QVariantList *values)
{
    if (!filter.period.isValid())
        return;
    *conditions << QStringLiteral("t.received_date <= ?")
                << QStringLiteral("(t.settled_date IS NULL OR t.settled_date >= ?)");
    *values << MachineFormat::date(filter.period.end()) << MachineFormat::date(filter.period.start());
}
} // namespace

RegisterTable ComplaintRepository::table() const
{
    return RegisterTable(m_session, QStringLiteral("complaints"), kColumns);
}

QJsonObject ComplaintRepository::toJson(const Complaint &c)
{
    return RegisterTable::json(kColumns, values(c));
}

std::optional<Complaint> ComplaintRepository::find(qint64 id) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM complaints t WHERE t.id = ?").arg(selectColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return complaintFrom(q);
    return std::nullopt;
}

qint64 ComplaintRepository::count(const RegisterFilter &filter) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM complaints t") + RegisterTable::where(conditions));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<ComplaintRow> ComplaintRepository::page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after,
                                              int limit) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    RegisterTable::addCursor(QStringLiteral("received_date"), after, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, u.code, IFNULL(c.decision_no, '') FROM complaints t "
                             "JOIN units u ON u.id = t.unit_id LEFT JOIN cases c ON c.id = t.case_id")
                  .arg(selectColumns())
              + RegisterTable::where(conditions)
              + QStringLiteral(" ORDER BY t.received_date DESC, t.id DESC LIMIT ?"));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<ComplaintRow> rows;
    if (!q.exec())
        return rows;
    const int extra = 1 + int(kColumns.size());
    while (q.next())
        rows << ComplaintRow{complaintFrom(q), q.value(extra).toString(), q.value(extra + 1).toString()};
    return rows;
}

RegisterCursor ComplaintRepository::cursorOf(const ComplaintRow &row)
{
    return {MachineFormat::date(row.complaint.receivedDate), row.complaint.id};
}

QList<ComplaintChoice> ComplaintRepository::choices(qint64 unitId, QDate date) const
{
    QSqlQuery q(m_session.sql());
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

FieldProblems ComplaintRepository::check(const Complaint &c) const
{
    FieldProblems problems = RegisterValidator::validate(c, m_session.clock().today());
    if (c.unitId > 0 && !UnitRepository(m_session.sql()).byId(c.unitId))
        problems << RegisterValidator::noSuchUnit();
    if (c.caseId > 0) {
        const auto linked = CaseLookup(m_session.sql()).byId(c.caseId);
        if (!linked)
            problems << RegisterValidator::problem(RegisterField::Case, tr("no such case."));
        else if (linked->unitId != c.unitId)
            problems << RegisterValidator::problem(RegisterField::Case,
                                                   tr("case %1 belongs to another unit.").arg(linked->decisionNo));
    }
    return problems;
}

WriteResult ComplaintRepository::create(Complaint *c)
{
    QList<Complaint> one{*c};
    WriteResult result = createMany(&one);
    c->id = result.ok() ? one.first().id : 0;
    return result;
}

WriteResult ComplaintRepository::createMany(QList<Complaint> *complaints)
{
    for (const Complaint &c : std::as_const(*complaints)) {
        const FieldProblems problems = check(c);
        if (!problems.isEmpty())
            return {problems, {}};
    }
    TransactionGuard transaction(m_session.sql());
    RegisterTable writer = table();
    QString error;
    for (Complaint &c : *complaints) {
        if (!writer.insert(values(c), searchText(c), &c.id, &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(m_session.sql().lastError().text());
    return {};
}

WriteResult ComplaintRepository::update(const Complaint &c)
{
    const auto old = find(c.id);
    if (!old)
        return WriteResult::failure(tr("The petition no longer exists."));
    const FieldProblems problems = check(c);
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().update(c.id, values(*old), values(c), searchText(c), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}

WriteResult ComplaintRepository::remove(qint64 id)
{
    const auto old = find(id);
    if (!old)
        return WriteResult::failure(tr("The petition no longer exists."));
    QSqlQuery linked(m_session.sql());
    linked.prepare(QStringLiteral("SELECT COUNT(*) FROM receptions WHERE complaint_id = ?"));
    linked.addBindValue(id);
    if (linked.exec() && linked.next() && linked.value(0).toLongLong() > 0)
        return WriteResult::problem(RegisterFields::key(RegisterField::Complaint),
                                    tr("The petition of %1 cannot be deleted: receptions are linked to it (%2). "
                                       "Unlink them first.")
                                        .arg(old->petitioner)
                                        .arg(linked.value(0).toLongLong()));
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().remove(id, values(*old), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}
