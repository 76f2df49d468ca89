#include "RegisterStatistics.h"

#include "Database.h"

#include "Format.h"
#include "StatisticsTable.h"
#include "UnitRepository.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace {
// Runs a GROUP BY query whose first column is unit_id and adds each row to
// its unit's figures; every unit gets a row, the province is their sum.
template<typename Figures>
std::optional<RegisterSummary<Figures>> summarize(QSqlDatabase db, const StatisticalPeriod &period, const QString &sql,
                                                  const QVariantList &values,
                                                  const std::function<void(const QSqlQuery &, Figures *)> &add,
                                                  QString *error)
{
    if (!period.isValid()) {
        *error = RegisterStatistics::tr("The period is not valid.");
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        *error = Database::describe(db, q.lastError());
        return std::nullopt;
    }
    QHash<qint64, Figures> byUnit;
    while (q.next())
        add(q, &byUnit[q.value(0).toLongLong()]);
    RegisterSummary<Figures> summary;
    summary.period = period;
    for (const Unit &unit : UnitRepository(db).all())
        summary.units.append({unit, byUnit.value(unit.id)});
    summary.sumProvince(StatisticsTable::provinceUnit());
    return summary;
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QStringLiteral(", "));
}
} // namespace

std::optional<ComplaintSummary> RegisterStatistics::complaints(const StatisticalPeriod &period, QString *error) const
{
    // The results that count as settled come from the core's one rule.
    QVariantList settled;
    for (ComplaintResult r : ComplaintResults::all()) {
        if (ComplaintResults::isSettled(r))
            settled << ComplaintResults::key(r);
    }
    const QString start = MachineFormat::date(period.start());
    const QString end = MachineFormat::date(period.end());
    const QString sql = QStringLiteral(
        "SELECT unit_id, "
        "SUM(received_date < ?), SUM(received_date >= ?), SUM(competence = 'within'), "
        "SUM(competence = 'within' AND result IN (%1) AND settled_date <= ?), "
        "SUM(competence = 'within' AND result = 'withdrawn' AND settled_date <= ?), "
        "SUM(received_date >= ? AND kind = 'complaint'), SUM(received_date >= ? AND kind = 'denunciation'), "
        "SUM(received_date >= ? AND repeated = 1), SUM(received_date >= ? AND crowd = 1), "
        "SUM(received_date >= ? AND beyond_level = 1) "
        "FROM complaints WHERE received_date <= ? AND (settled_date IS NULL OR settled_date >= ?) "
        "GROUP BY unit_id").arg(placeholders(settled.size()));
    const QVariantList values = QVariantList{start, start} + settled
        + QVariantList{end, end, start, start, start, start, start, end, start};
    return summarize<ComplaintFigures>(
        m_db, period, sql, values,
        [](const QSqlQuery &q, ComplaintFigures *f) {
            f->carriedOver += q.value(1).toLongLong();
            f->received += q.value(2).toLongLong();
            f->withinCompetence += q.value(3).toLongLong();
            f->settled += q.value(4).toLongLong();
            f->withdrawn += q.value(5).toLongLong();
            f->complaints += q.value(6).toLongLong();
            f->denunciations += q.value(7).toLongLong();
            f->repeated += q.value(8).toLongLong();
            f->crowd += q.value(9).toLongLong();
            f->beyondLevel += q.value(10).toLongLong();
        },
        error);
}

std::optional<ReceptionSummary> RegisterStatistics::receptions(const StatisticalPeriod &period, QString *error) const
{
    return summarize<ReceptionFigures>(
        m_db, period,
        QStringLiteral("SELECT unit_id, COUNT(*), SUM(people), SUM(receiver_role = 'leader'), "
                       "SUM(complaint_id IS NOT NULL) FROM receptions WHERE reception_date BETWEEN ? AND ? "
                       "GROUP BY unit_id"),
        {MachineFormat::date(period.start()), MachineFormat::date(period.end())},
        [](const QSqlQuery &q, ReceptionFigures *f) {
            f->sessions += q.value(1).toLongLong();
            f->people += q.value(2).toLongLong();
            f->byLeader += q.value(3).toLongLong();
            f->withComplaint += q.value(4).toLongLong();
        },
        error);
}

std::optional<CoercionSummary> RegisterStatistics::coercions(const StatisticalPeriod &period, QString *error) const
{
    return summarize<CoercionFigures>(
        m_db, period,
        QStringLiteral("SELECT unit_id, COUNT(*), SUM(police + commune + other_forces > 0), "
                       "SUM(outcome = 'successful'), SUM(police), SUM(commune), SUM(other_forces) "
                       "FROM coercions WHERE operation_date BETWEEN ? AND ? GROUP BY unit_id"),
        {MachineFormat::date(period.start()), MachineFormat::date(period.end())},
        [](const QSqlQuery &q, CoercionFigures *f) {
            f->operations += q.value(1).toLongLong();
            f->withForces += q.value(2).toLongLong();
            f->successful += q.value(3).toLongLong();
            f->police += q.value(4).toLongLong();
            f->commune += q.value(5).toLongLong();
            f->otherForces += q.value(6).toLongLong();
        },
        error);
}

std::optional<AwardSummary> RegisterStatistics::awards(const StatisticalPeriod &period, QString *error) const
{
    return summarize<AwardFigures>(
        m_db, period,
        QStringLiteral("SELECT unit_id, level, recipient_kind, COUNT(*) FROM awards WHERE year = ? "
                       "GROUP BY unit_id, level, recipient_kind"),
        {period.statisticalYear()},
        [](const QSqlQuery &q, AwardFigures *f) {
            AwardLevel level;
            RecipientKind kind;
            if (AwardLevels::fromKey(q.value(1).toString(), &level)
                && RecipientKinds::fromKey(q.value(2).toString(), &kind))
                f->add(level, kind, q.value(3).toLongLong());
        },
        error);
}

std::optional<RegisterGrid> RegisterStatistics::grid(RegisterKind kind, const StatisticalPeriod &period,
                                                     QString *error) const
{
    switch (kind) {
    case RegisterKind::Complaints:
        if (const auto s = complaints(period, error))
            return RegisterGrid::from(*s);
        break;
    case RegisterKind::Reception:
        if (const auto s = receptions(period, error))
            return RegisterGrid::from(*s);
        break;
    case RegisterKind::Coercion:
        if (const auto s = coercions(period, error))
            return RegisterGrid::from(*s);
        break;
    case RegisterKind::Awards:
        if (const auto s = awards(period, error))
            return RegisterGrid::from(*s);
        break;
    }
    return std::nullopt;
}

QList<int> RegisterStatistics::years() const
{
    QSet<int> years;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A date's statistical year: its calendar year, plus one from October on.
    const QString ofDate = QStringLiteral("SELECT DISTINCT CAST(substr(%1, 1, 4) AS INTEGER) "
                                          "+ (CAST(substr(%1, 6, 2) AS INTEGER) >= 10) FROM %2");
    for (const QString &sql : {ofDate.arg(QStringLiteral("received_date"), QStringLiteral("complaints")),
                               ofDate.arg(QStringLiteral("reception_date"), QStringLiteral("receptions")),
                               ofDate.arg(QStringLiteral("operation_date"), QStringLiteral("coercions")),
                               QStringLiteral("SELECT DISTINCT year FROM awards")}) {
        if (q.exec(sql)) {
            while (q.next())
                years.insert(q.value(0).toInt());
        }
    }
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    return sorted;
}
