#include "AwardRepository.h"

#include "Format.h"
#include "TextFolding.h"

namespace {
void addPeriod(const StatisticalPeriod &period, QStringList *conditions, QVariantList *values)
{
    *conditions << QStringLiteral("t.year = ?");
    *values << period.statisticalYear();
}

const RegisterSpec kAwards{
    .table = QStringLiteral("awards"),
    .columns = {QStringLiteral("unit_id"), QStringLiteral("year"), QStringLiteral("level"),
                QStringLiteral("recipient_kind"), QStringLiteral("recipient_name"), QStringLiteral("decision_no"),
                QStringLiteral("decision_date")},
    .dateColumn = QStringLiteral("decision_date"),
    .period = addPeriod,
};
} // namespace

AwardRepository::AwardRepository(const Session &session) : RegisterStore(session, kAwards) {}

QVariantList AwardRepository::values(const Award &a) const
{
    return {a.unitId,
            a.year,
            AwardLevels::key(a.level),
            RecipientKinds::key(a.recipientKind),
            RegisterTable::text(a.recipientName),
            RegisterTable::text(a.decisionNo),
            RegisterTable::date(a.decisionDate)};
}

Award AwardRepository::read(const QSqlQuery &q) const
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

AwardRow AwardRepository::row(Award a, const QSqlQuery &q, int at) const
{
    return {std::move(a), q.value(at).toString()};
}

RegisterCursor AwardRepository::cursorOf(const AwardRow &row)
{
    return {MachineFormat::date(row.award.decisionDate), row.award.id};
}

QString AwardRepository::searchText(const Award &a) const
{
    return TextFolding::fold(a.recipientName + QLatin1Char(' ') + a.decisionNo);
}

QString AwardRepository::noLongerExists() const
{
    return tr("The award no longer exists.");
}
