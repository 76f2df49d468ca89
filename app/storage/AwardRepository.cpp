#include "AwardRepository.h"

#include "Format.h"
#include "RegisterValidator.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
const QStringList kColumns = {
    QStringLiteral("unit_id"),        QStringLiteral("year"),        QStringLiteral("level"),
    QStringLiteral("recipient_kind"), QStringLiteral("recipient_name"), QStringLiteral("decision_no"),
    QStringLiteral("decision_date"),
};

QVariantList values(const Award &a)
{
    return {a.unitId,
            a.year,
            AwardLevels::key(a.level),
            RecipientKinds::key(a.recipientKind),
            RegisterTable::text(a.recipientName),
            RegisterTable::text(a.decisionNo),
            RegisterTable::date(a.decisionDate)};
}

QString searchText(const Award &a)
{
    return TextFolding::fold(a.recipientName + QLatin1Char(' ') + a.decisionNo);
}

Award awardFrom(const QSqlQuery &q)
{
    Award a;
    a.id = q.value(0).toLongLong();
    a.unitId = q.value(1).toLongLong();
    a.year = q.value(2).toInt();
    AwardLevels::fromKey(q.value(3).toString(), &a.level);
    RecipientKinds::fromKey(q.value(4).toString(), &a.recipientKind);
    a.recipientName = q.value(5).toString();
    a.decisionNo = q.value(6).toString();
    a.decisionDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    return a;
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
    *conditions << QStringLiteral("t.year = ?");
    *values << filter.period.statisticalYear();
}
} // namespace

RegisterTable AwardRepository::table() const
{
    return RegisterTable(m_session, QStringLiteral("awards"), kColumns);
}

QJsonObject AwardRepository::toJson(const Award &a)
{
    return RegisterTable::json(kColumns, values(a));
}

std::optional<Award> AwardRepository::find(qint64 id) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM awards t WHERE t.id = ?").arg(selectColumns()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return awardFrom(q);
    return std::nullopt;
}

qint64 AwardRepository::count(const RegisterFilter &filter) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM awards t") + RegisterTable::where(conditions));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<AwardRow> AwardRepository::page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after,
                                      int limit) const
{
    QStringList conditions;
    QVariantList bound;
    addPeriod(filter, &conditions, &bound);
    RegisterTable::addFilter(filter, &conditions, &bound);
    RegisterTable::addCursor(QStringLiteral("decision_date"), after, &conditions, &bound);
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, u.code FROM awards t JOIN units u ON u.id = t.unit_id").arg(selectColumns())
              + RegisterTable::where(conditions)
              + QStringLiteral(" ORDER BY t.decision_date DESC, t.id DESC LIMIT ?"));
    for (const QVariant &value : bound)
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<AwardRow> rows;
    if (!q.exec())
        return rows;
    const int extra = 1 + int(kColumns.size());
    while (q.next())
        rows << AwardRow{awardFrom(q), q.value(extra).toString()};
    return rows;
}

RegisterCursor AwardRepository::cursorOf(const AwardRow &row)
{
    return {MachineFormat::date(row.award.decisionDate), row.award.id};
}

FieldProblems AwardRepository::check(const Award &a) const
{
    FieldProblems problems = RegisterValidator::validate(a, m_session.clock().today());
    if (a.unitId > 0 && !UnitRepository(m_session.sql()).byId(a.unitId))
        problems << RegisterValidator::noSuchUnit();
    return problems;
}

WriteResult AwardRepository::create(Award *a)
{
    QList<Award> one{*a};
    WriteResult result = createMany(&one);
    a->id = result.ok() ? one.first().id : 0;
    return result;
}

WriteResult AwardRepository::createMany(QList<Award> *awards)
{
    for (const Award &a : std::as_const(*awards)) {
        const FieldProblems problems = check(a);
        if (!problems.isEmpty())
            return {problems, {}};
    }
    TransactionGuard transaction(m_session.sql());
    RegisterTable writer = table();
    QString error;
    for (Award &a : *awards) {
        if (!writer.insert(values(a), searchText(a), &a.id, &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(m_session.sql().lastError().text());
    return {};
}

WriteResult AwardRepository::update(const Award &a)
{
    const auto old = find(a.id);
    if (!old)
        return WriteResult::failure(tr("The award no longer exists."));
    const FieldProblems problems = check(a);
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().update(a.id, values(*old), values(a), searchText(a), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}

WriteResult AwardRepository::remove(qint64 id)
{
    const auto old = find(id);
    if (!old)
        return WriteResult::failure(tr("The award no longer exists."));
    TransactionGuard transaction(m_session.sql());
    QString error;
    if (!table().remove(id, values(*old), &error) || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}
