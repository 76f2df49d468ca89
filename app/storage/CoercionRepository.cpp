#include "CoercionRepository.h"

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
    QStringLiteral("unit_id"), QStringLiteral("case_id"),      QStringLiteral("operation_date"),
    QStringLiteral("measure"), QStringLiteral("police"),       QStringLiteral("commune"),
    QStringLiteral("other_forces"), QStringLiteral("outcome"), QStringLiteral("note"),
};

QVariantList values(const Coercion &c)
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

Coercion coercionFrom(const QSqlQuery &q)
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
    *conditions << QStringLiteral("t.operation_date BETWEEN ? AND ?");
    *values << MachineFormat::date(filter.period.start()) << MachineFormat::date(filter.period.end());
}
} // namespace

RegisterTable CoercionRepository::table() const
{
    return RegisterTable(m_session, QStringLiteral("coercions"), kColumns);
}

QJsonObject CoercionRepository::toJson(const Coercion &c)
{
    return RegisterTable::json(kColumns, values(c));
}

std::optional<Coercion> CoercionRepository::find(qint64 id) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM coercions t WHERE t.id = ?").arg(selectColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return coercionFrom(q);
    return std::nullopt;
}

qint64 CoercionRepository::count(const RegisterFilter &filter) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM coercions t") + RegisterTable::where(conditions));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<CoercionRow> CoercionRepository::page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after,
                                            int limit) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    RegisterTable::addCursor(QStringLiteral("operation_date"), after, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, u.code, c.decision_no, c.obligor_name FROM coercions t "
                             "JOIN units u ON u.id = t.unit_id JOIN cases c ON c.id = t.case_id")
                  .arg(selectColumns())
              + RegisterTable::where(conditions)
              + QStringLiteral(" ORDER BY t.operation_date DESC, t.id DESC LIMIT ?"));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<CoercionRow> rows;
    if (!q.exec())
        return rows;
    const int extra = 1 + int(kColumns.size());
    while (q.next())
        rows << CoercionRow{coercionFrom(q), q.value(extra).toString(), q.value(extra + 1).toString(),
                            q.value(extra + 2).toString()};
    return rows;
}

RegisterCursor CoercionRepository::cursorOf(const CoercionRow &row)
{
    return {MachineFormat::date(row.coercion.date), row.coercion.id};
}

FieldProblems CoercionRepository::check(const Coercion &c, QString *searchText) const
{
    FieldProblems problems = RegisterValidator::validate(c, m_session.clock().today());
    if (c.unitId > 0 && !UnitRepository(m_session.sql()).byId(c.unitId))
        problems << RegisterValidator::noSuchUnit();
    *searchText = TextFolding::fold(c.note);
    if (c.caseId > 0) {
        const auto linked = CaseLookup(m_session.sql()).byId(c.caseId);
        if (!linked) {
            problems << RegisterValidator::problem(RegisterField::Case, tr("no such case."));
        } else if (linked->unitId != c.unitId) {
            problems << RegisterValidator::problem(RegisterField::Case,
                                                   tr("case %1 belongs to another unit.").arg(linked->decisionNo));
        } else {
            if (c.date.isValid() && c.date < linked->decisionDate)
                problems << RegisterValidator::notBefore(RegisterField::Date,
                                                         tr("the acceptance of case %1").arg(linked->decisionNo),
                                                         linked->decisionDate);
            // The case's decision number and obligor are searched with the operation.
            *searchText = TextFolding::fold(QStringList{linked->decisionNo, linked->obligor, c.note}.join(QLatin1Char(' ')));
        }
    }
    return problems;
}

WriteResult CoercionRepository::create(Coercion *c)
{
    QList<Coercion> one{*c};
    WriteResult result = createMany(&one);
    c->id = result.ok() ? one.first().id : 0;
    return result;
}

WriteResult CoercionRepository::createMany(QList<Coercion> *coercions)
{
    QStringList searchTexts;
    for (const Coercion &c : std::as_const(*coercions)) {
        QString search;
        const FieldProblems problems = check(c, &search);
        if (!problems.isEmpty())
            return {problems, {}};
        searchTexts << search;
    }
    TransactionGuard transaction(m_session.sql());
    RegisterTable writer = table();
    QString error;
    for (int i = 0; i < coercions->size(); ++i) {
        Coercion &c = (*coercions)[i];
        if (!writer.insert(values(c), searchTexts.at(i), &c.id, &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(m_session.sql().lastError().text());
    return {};
}

WriteResult CoercionRepository::update(const Coercion &c)
{
    const auto old = find(c.id);
    if (!old)
        return WriteResult::failure(tr("The operation no longer exists."));
    QString search;
    const FieldProblems problems = check(c, &search);
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().update(c.id, values(*old), values(c), search, &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}

WriteResult CoercionRepository::remove(qint64 id)
{
    const auto old = find(id);
    if (!old)
        return WriteResult::failure(tr("The operation no longer exists."));
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().remove(id, values(*old), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}
