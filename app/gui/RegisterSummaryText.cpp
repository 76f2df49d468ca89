#include "RegisterSummaryText.h"

#include "Format.h"
#include "RegisterStatistics.h"

namespace {
template<typename Summary>
const typename Summary::Row *rowOf(const Summary &summary, qint64 unitId)
{
    for (const auto &row : summary.units) {
        if (row.unit.id == unitId)
            return &row;
    }
    return &summary.province;
}

// "Mai Sơn", or "Whole province" for the province row.
template<typename Row>
QString nameOf(const Row &row)
{
    return row.isProvince() ? row.unit.displayName() : row.unit.shortName();
}

QString n(qint64 value)
{
    return Format::count(value);
}
} // namespace

QString RegisterSummaryText::describe(QSqlDatabase db, RegisterKind kind, const StatisticalPeriod &period,
                                      qint64 unitId)
{
    if (!period.isValid())
        return {};
    const RegisterStatistics statistics(db);
    QString error;
    QString head;
    QString body;
    switch (kind) {
    case RegisterKind::Complaints:
        if (const auto s = statistics.complaints(period, &error)) {
            const auto *row = rowOf(*s, unitId);
            const ComplaintFigures &f = row->figures;
            head = nameOf(*row);
            body = tr("%1 petitions handled (%2 carried over, %3 received; %4 denunciations); %5 within competence: "
                      "%6 settled, %7 withdrawn, %8 in progress — rate settled <b>%9</b>. Repeated %10, crowd %11, "
                      "beyond level %12.")
                       .arg(n(f.total()), n(f.carriedOver), n(f.received), n(f.denunciations), n(f.withinCompetence),
                            n(f.settled), n(f.withdrawn), n(f.inProgress()),
                            f.settledRate() ? Format::percent(f.settledRate()) : tr("none"))
                       .arg(n(f.repeated), n(f.crowd), n(f.beyondLevel));
        }
        break;
    case RegisterKind::Reception:
        if (const auto s = statistics.receptions(period, &error)) {
            const auto *row = rowOf(*s, unitId);
            const ReceptionFigures &f = row->figures;
            head = nameOf(*row);
            body = tr("%1 receptions of %2 people; %3 by a leader, %4 by staff; a complaint was filed at %5.")
                       .arg(n(f.sessions), n(f.people), n(f.byLeader), n(f.sessions - f.byLeader), n(f.withComplaint));
        }
        break;
    case RegisterKind::Coercion:
        if (const auto s = statistics.coercions(period, &error)) {
            const auto *row = rowOf(*s, unitId);
            const CoercionFigures &f = row->figures;
            head = nameOf(*row);
            body = tr("%1 coercion operations, %2 with mobilised forces (%3 police, %4 commune, %5 others); "
                      "%6 successful.")
                       .arg(n(f.operations), n(f.withForces), n(f.police), n(f.commune), n(f.otherForces),
                            n(f.successful));
        }
        break;
    case RegisterKind::Awards:
        if (const auto s = statistics.awards(period, &error)) {
            const auto *row = rowOf(*s, unitId);
            const AwardFigures &f = row->figures;
            head = nameOf(*row);
            QStringList levels;
            for (AwardLevel level : AwardLevels::all()) {
                const qint64 collective = f.count(level, RecipientKind::Collective);
                const qint64 individual = f.count(level, RecipientKind::Individual);
                if (collective + individual > 0)
                    levels << tr("%1: %2 collectives, %3 individuals")
                                  .arg(AwardLevels::shortName(level), n(collective), n(individual));
            }
            body = tr("Awards of %1: %2 collectives, %3 individuals.")
                       .arg(period.statisticalYear())
                       .arg(n(f.total(RecipientKind::Collective)), n(f.total(RecipientKind::Individual)));
            if (!levels.isEmpty())
                body += QStringLiteral(" ") + levels.join(QStringLiteral("; ")) + QLatin1Char('.');
        }
        break;
    }
    if (body.isEmpty())
        return error.toHtmlEscaped();
    return QStringLiteral("<b>%1, %2:</b> %3").arg(head.toHtmlEscaped(), period.label().toHtmlEscaped(), body);
}
