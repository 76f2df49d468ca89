#include "DemoSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}
} // namespace

std::optional<DemoSpec> DemoSpec::load(const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(resource, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: %2").arg(resource, parseError.errorString());
        return std::nullopt;
    }
    DemoSpec spec;
    spec.seed = static_cast<quint64>(root.value(QLatin1String("seed")).toInteger());
    const QJsonObject backlog = root.value(QLatin1String("backlog")).toObject();
    spec.backlogCases = backlog.value(QLatin1String("cases")).toInt();
    spec.backlogFrom = QDate::fromString(backlog.value(QLatin1String("from")).toString(), Qt::ISODate);
    spec.backlogTo = QDate::fromString(backlog.value(QLatin1String("to")).toString(), Qt::ISODate);
    for (const QJsonValue &v : root.value(QLatin1String("years")).toArray()) {
        const QJsonObject y = v.toObject();
        YearSpec year;
        year.year = y.value(QLatin1String("year")).toInt();
        year.withConditions = y.value(QLatin1String("with_conditions")).toInt();
        year.resolved = y.value(QLatin1String("resolved")).toInt();
        year.rate9Months = y.value(QLatin1String("rate_9_months")).toInt();
        if (y.contains(QLatin1String("money_rate")))
            year.moneyRate = y.value(QLatin1String("money_rate")).toInt();
        year.caseTarget = y.value(QLatin1String("case_target")).toInt();
        year.moneyTarget = y.value(QLatin1String("money_target")).toInt();
        spec.years << year;
    }
    const QJsonObject shares = root.value(QLatin1String("shares")).toObject();
    spec.shares.withoutConditions = shares.value(QLatin1String("without_conditions")).toInt();
    spec.shares.entrusted = shares.value(QLatin1String("entrusted")).toInt();
    spec.shares.withdrawn = shares.value(QLatin1String("withdrawn")).toInt();
    spec.shares.terminated = shares.value(QLatin1String("terminated")).toInt();
    spec.shares.postponed = shares.value(QLatin1String("postponed")).toInt();
    spec.shares.suspended = shares.value(QLatin1String("suspended")).toInt();
    spec.shares.heldOther = shares.value(QLatin1String("held_other")).toInt();
    for (const QJsonValue &v : root.value(QLatin1String("units")).toArray()) {
        const QJsonObject u = v.toObject();
        UnitSpec unit;
        unit.code = u.value(QLatin1String("code")).toString();
        unit.weight = u.value(QLatin1String("weight")).toInt();
        unit.offset = u.value(QLatin1String("offset")).toInt();
        unit.targetOffset = u.value(QLatin1String("target_offset")).toInt();
        unit.executors = u.value(QLatin1String("executors")).toInt();
        unit.court = u.value(QLatin1String("court")).toString();
        unit.place = u.value(QLatin1String("place")).toString();
        unit.communes = strings(u.value(QLatin1String("communes")));
        spec.units << unit;
    }
    spec.villages = strings(root.value(QLatin1String("villages")));
    spec.familyNames = strings(root.value(QLatin1String("family_names")));
    spec.maleMiddle = strings(root.value(QLatin1String("male_middle")));
    spec.femaleMiddle = strings(root.value(QLatin1String("female_middle")));
    spec.maleGiven = strings(root.value(QLatin1String("male_given")));
    spec.femaleGiven = strings(root.value(QLatin1String("female_given")));
    spec.companies = strings(root.value(QLatin1String("companies")));
    spec.stateObligee = root.value(QLatin1String("state_obligee")).toString();
    if (spec.units.isEmpty() || spec.years.isEmpty() || spec.familyNames.isEmpty()) {
        *error = QStringLiteral("%1: incomplete demo design").arg(resource);
        return std::nullopt;
    }
    return spec;
}
