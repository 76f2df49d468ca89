#include "CoercionRepository.h"

#include "CaseLookup.h"
#include "Format.h"
#include "TextFolding.h"

namespace {
const RegisterSpec kCoercions{
    .table = QStringLiteral("coercions"),
    .columns = {QStringLiteral("unit_id"), QStringLiteral("case_id"), QStringLiteral("operation_date"),
                QStringLiteral("measure"), QStringLiteral("police"), QStringLiteral("commune"),
                QStringLiteral("other_forces"), QStringLiteral("outcome"), QStringLiteral("note")},
    .dateColumn = QStringLiteral("operation_date"),
    .listColumns = {QStringLiteral("c.decision_no"), QStringLiteral("c.obligor_name")},
    .listJoins = QStringLiteral("JOIN cases c ON c.id = t.case_id"),
};
} // namespace

CoercionRepository::CoercionRepository(const Session &session) : RegisterStore(session, kCoercions) {}

QVariantList CoercionRepository::values(const Coercion &c) const
{
    return {c.unitId,
            RegisterTable::link(c.caseId),
            RegisterTable::date(c.date),
            CoercionMeasures::key(c.measure),
            c.police,
            c.commune,
            c.otherForces,
            CoercionOutcomes::key(c.outcome),
            RegisterTable::text(c.note)};
}

Coercion CoercionRepository::read(const QSqlQuery &q) const
{
    Coercion c;
    c.id = q.value(0).toLongLong();
    c.unitId = q.value(1).toLongLong();
    c.caseId = q.value(2).toLongLong();
    c.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    CoercionMeasures::fromKey(q.value(4).toString(), &c.measure);
    c.police = q.value(5).toInt();
    c.commune = q.value(6).toInt();
    c.otherForces = q.value(7).toInt();
    CoercionOutcomes::fromKey(q.value(8).toString(), &c.outcome);
    c.note = q.value(9).toString();
    return c;
}

CoercionRow CoercionRepository::row(Coercion c, const QSqlQuery &q, int at) const
{
    return {std::move(c), q.value(at).toString(), q.value(at + 1).toString(), q.value(at + 2).toString()};
}

RegisterCursor CoercionRepository::cursorOf(const CoercionRow &row)
{
    return {MachineFormat::date(row.coercion.date), row.coercion.id};
}

QString CoercionRepository::searchText(const Coercion &c) const
{
    // The case's decision number and obligor are searched with the operation;
    // checkLinks() has made sure the case is of the same unit.
    const auto linked = c.caseId > 0 ? CaseLookup(session().sql()).byId(c.caseId) : std::nullopt;
    if (!linked)
        return TextFolding::fold(c.note);
    return TextFolding::fold(QStringList{linked->decisionNo, linked->obligor, c.note}.join(QLatin1Char(' ')));
}

FieldProblems CoercionRepository::checkLinks(const Coercion &c) const
{
    if (c.caseId <= 0)
        return {};
    const auto linked = CaseLookup(session().sql()).byId(c.caseId);
    if (!linked)
        return {RegisterValidator::problem(RegisterField::Case, tr("no such case."))};
    if (linked->unitId != c.unitId)
        return {RegisterValidator::problem(RegisterField::Case,
                                           tr("case %1 belongs to another unit.").arg(linked->decisionNo))};
    if (c.date.isValid() && c.date < linked->decisionDate)
        return {RegisterValidator::notBefore(RegisterField::Date, tr("the acceptance of case %1").arg(linked->decisionNo),
                                             linked->decisionDate)};
    return {};
}

QString CoercionRepository::noLongerExists() const
{
    return tr("The operation no longer exists.");
}
