#include "ReportNarrative.h"

#include "Format.h"

namespace {
qint64 count(const StatisticsRow &row, StatColumn c)
{
    return row.figures.cases(c);
}

qint64 dong(const StatisticsRow &row, StatColumn c)
{
    return row.figures.money(c);
}
} // namespace

QString ReportNarrative::percent(std::optional<Rates::Hundredths> value)
{
    return value ? Format::percentNumber(value) + QLatin1Char('%') : QString();
}

// ", <rate phrase>." or just "." when there is no rate to tell.
QString ReportNarrative::sentenceEnd(const QString &ratePhrase)
{
    return ratePhrase.isEmpty() ? QStringLiteral(".") : QStringLiteral(", ") + ratePhrase + QLatin1Char('.');
}

QString ReportNarrative::title() const
{
    const StatisticalPeriod &p = m_data.options.period;
    switch (p.kind()) {
    case StatisticalPeriod::Kind::Year:
        return tr("Review of civil judgment enforcement in %1").arg(p.statisticalYear());
    case StatisticalPeriod::Kind::Months:
        return tr("Results of civil judgment enforcement in the first %1 months of %2")
            .arg(p.monthCount())
            .arg(p.statisticalYear());
    case StatisticalPeriod::Kind::AsOf:
        return tr("Results of civil judgment enforcement of %1 up to %2")
            .arg(p.statisticalYear())
            .arg(Format::date(p.end()));
    }
    return {};
}

QString ReportNarrative::againstTarget(std::optional<Rates::Hundredths> rate,
                                       std::optional<Rates::Hundredths> target) const
{
    if (!rate)
        return {};
    if (!target)
        return tr("a rate of %1").arg(percent(rate));
    const Rates::Hundredths points = *rate - *target;
    if (points > 0)
        return tr("a rate of %1, %2 above the target set (%3)").arg(percent(rate), percent(points), percent(target));
    if (points < 0)
        return tr("a rate of %1, %2 below the target set (%3)").arg(percent(rate), percent(-points), percent(target));
    return tr("a rate of %1, exactly the target set").arg(percent(rate));
}

QString ReportNarrative::againstPrevious(bool inMoney) const
{
    if (!m_data.previous)
        return {};
    const StatisticsRow &now = m_data.current.province;
    const StatisticsRow &before = m_data.previous->province;
    const qint64 difference = inMoney ? dong(now, StatColumn::Resolved) - dong(before, StatColumn::Resolved)
                                      : count(now, StatColumn::Resolved) - count(before, StatColumn::Resolved);
    const auto rateNow = inMoney ? now.moneyRate() : now.caseRate();
    const auto rateBefore = inMoney ? before.moneyRate() : before.caseRate();
    const qint64 magnitude = difference < 0 ? -difference : difference;
    // "So với năm 2020" reads well; an as-of period needs its own words.
    const StatisticalPeriod &previous = m_data.previous->period;
    const QString label = previous.kind() == StatisticalPeriod::Kind::AsOf
        ? tr("the same period a year earlier (up to %1)").arg(Format::date(previous.end()))
        : previous.label();
    const QString amount = inMoney ? Format::money(magnitude) : Format::count(magnitude);
    QString sentence;
    if (difference == 0)
        sentence = inMoney ? tr("Compared with %1, the money resolved is unchanged").arg(label)
                           : tr("Compared with %1, the cases resolved are unchanged").arg(label);
    else if (inMoney)
        sentence = difference > 0 ? tr("Compared with %1, the money resolved rose by %2").arg(label, amount)
                                  : tr("Compared with %1, the money resolved fell by %2").arg(label, amount);
    else
        sentence = difference > 0 ? tr("Compared with %1, the cases resolved rose by %2").arg(label, amount)
                                  : tr("Compared with %1, the cases resolved fell by %2").arg(label, amount);
    if (rateNow && rateBefore) {
        const Rates::Hundredths change = *rateNow - *rateBefore;
        if (change > 0)
            sentence += tr(" and the rate rose by %1").arg(percent(change));
        else if (change < 0)
            sentence += tr(" and the rate fell by %1").arg(percent(-change));
        else
            sentence += tr(" and the rate stayed the same");
    }
    return sentence + QLatin1Char('.');
}

QStringList ReportNarrative::cases() const
{
    const StatisticsRow &p = m_data.current.province;
    QStringList paragraphs;
    paragraphs << tr("In cases: %1 cases accepted in all (%2 carried over from the previous period, %3 newly "
                     "accepted); %4 entrusted to other units and %5 withdrawn or annulled, leaving %6 cases to "
                     "enforce, of which %7 are able to be enforced and %8 are not yet able to be enforced.")
                      .arg(Format::count(count(p, StatColumn::TotalAccepted)),
                           Format::count(count(p, StatColumn::CarriedOver)),
                           Format::count(count(p, StatColumn::NewAccepted)),
                           Format::count(count(p, StatColumn::Entrusted)),
                           Format::count(count(p, StatColumn::Withdrawn)),
                           Format::count(count(p, StatColumn::ToEnforce)),
                           Format::count(count(p, StatColumn::WithConditions)),
                           Format::count(count(p, StatColumn::WithoutConditions)));
    QString resolved = tr("%1 of the cases able to be enforced were resolved (%2 completed, %3 terminated)")
                           .arg(Format::count(count(p, StatColumn::Resolved)),
                                Format::count(count(p, StatColumn::Completed)),
                                Format::count(count(p, StatColumn::Terminated)));
    resolved += sentenceEnd(againstTarget(p.caseRate(), p.caseTarget));
    if (const QString previous = againstPrevious(false); !previous.isEmpty())
        resolved += QLatin1Char(' ') + previous;
    paragraphs << resolved;
    paragraphs << tr("%1 cases are carried to the next period: %2 in progress, %3 postponed, %4 suspended, %5 on "
                     "hold for other reasons and %6 not yet able to be enforced.")
                      .arg(Format::count(count(p, StatColumn::CarriedNext)),
                           Format::count(count(p, StatColumn::InProgress)),
                           Format::count(count(p, StatColumn::Postponed)),
                           Format::count(count(p, StatColumn::Suspended)),
                           Format::count(count(p, StatColumn::Other)),
                           Format::count(count(p, StatColumn::WithoutConditions)));
    return paragraphs;
}

QStringList ReportNarrative::money() const
{
    const StatisticsRow &p = m_data.current.province;
    QStringList paragraphs;
    paragraphs << tr("In money: %1 accepted in all (%2 carried over, %3 newly accepted); %4 to enforce, of which %5 "
                     "able to be enforced and %6 not yet able to be enforced.")
                      .arg(Format::money(dong(p, StatColumn::TotalAccepted)),
                           Format::money(dong(p, StatColumn::CarriedOver)),
                           Format::money(dong(p, StatColumn::NewAccepted)),
                           Format::money(dong(p, StatColumn::ToEnforce)),
                           Format::money(dong(p, StatColumn::WithConditions)),
                           Format::money(dong(p, StatColumn::WithoutConditions)));
    QString resolved = tr("%1 were resolved (%2 collected, %3 terminated, %4 reduced or waived)")
                           .arg(Format::money(dong(p, StatColumn::Resolved)),
                                Format::money(dong(p, StatColumn::Completed)),
                                Format::money(dong(p, StatColumn::Terminated)),
                                Format::money(dong(p, StatColumn::Reduced)));
    resolved += sentenceEnd(againstTarget(p.moneyRate(), p.moneyTarget));
    if (const QString previous = againstPrevious(true); !previous.isEmpty())
        resolved += QLatin1Char(' ') + previous;
    paragraphs << resolved;
    return paragraphs;
}

QString ReportNarrative::targetDecisions() const
{
    const QList<TargetDecision> &decisions = m_data.targetDecisions;
    if (decisions.isEmpty())
        return {};
    const auto decision = [](const TargetDecision &d) {
        return tr("Decision No. %1 of %2 of the %3").arg(d.number, Format::date(d.decidedOn), d.issuer);
    };
    QString text = tr("The targets are those of %1, in force from %2.")
                       .arg(decision(decisions.first()), Format::date(decisions.first().effectiveFrom));
    for (qsizetype i = 1; i < decisions.size(); ++i)
        text += QLatin1Char(' ') + tr("They were revised by %1, in force from %2.")
                                       .arg(decision(decisions.at(i)), Format::date(decisions.at(i).effectiveFrom));
    return text;
}

QStringList ReportNarrative::units() const
{
    QStringList reached, below;
    for (const StatisticsRow &row : m_data.current.units) {
        const auto points = row.casePoints();
        if (!points)
            continue;
        if (*points >= 0) {
            reached << tr("%1 (%2)").arg(row.unit.shortName(), percent(row.caseRate()));
        } else {
            below << tr("%1 (%2, %3 more cases needed)")
                         .arg(row.unit.shortName(), percent(row.caseRate()), Format::count(*row.caseNeeded()));
        }
    }
    QStringList paragraphs;
    if (const QString decisions = targetDecisions(); !decisions.isEmpty())
        paragraphs << decisions;
    if (!reached.isEmpty())
        paragraphs << tr("%n unit(s) reached or exceeded the case target: %1.", nullptr, int(reached.size()))
                          .arg(reached.join(QStringLiteral("; ")));
    if (!below.isEmpty())
        paragraphs << tr("%n unit(s) did not reach the case target: %1.", nullptr, int(below.size()))
                          .arg(below.join(QStringLiteral("; ")));
    if (reached.isEmpty() && below.isEmpty())
        paragraphs << tr("No targets were set for the units in this period.");
    return paragraphs;
}

QStringList ReportNarrative::complaints() const
{
    if (!m_data.complaints || m_data.complaints->province.figures.total() == 0)
        return {tr("No complaints or denunciations were recorded in this period.")};
    const ComplaintFigures &f = m_data.complaints->province.figures;
    return {tr("%1 complaints and denunciations were handled (%2 received in the period: %3 complaints and %4 "
               "denunciations; %5 carried over), %6 of them within the competence of the enforcement agencies. "
               "%7 were settled and %8 withdrawn, a settlement rate of %9.")
                .arg(Format::count(f.total()), Format::count(f.received), Format::count(f.complaints),
                     Format::count(f.denunciations), Format::count(f.carriedOver), Format::count(f.withinCompetence),
                     Format::count(f.settled), Format::count(f.withdrawn), percent(f.settledRate())),
            tr("Among those received, %1 were repeated, %2 were filed by crowds and %3 went beyond the competent "
               "level.")
                .arg(Format::count(f.repeated), Format::count(f.crowd), Format::count(f.beyondLevel))};
}

QStringList ReportNarrative::reception() const
{
    if (!m_data.receptions || m_data.receptions->province.figures.sessions == 0)
        return {tr("No citizen receptions were recorded in this period.")};
    const ReceptionFigures &f = m_data.receptions->province.figures;
    return {tr("Citizens were received %1 times (%2 people), %3 times by the agency's leaders; %4 receptions led "
               "to a complaint or denunciation being filed.")
                .arg(Format::count(f.sessions), Format::count(f.people), Format::count(f.byLeader),
                     Format::count(f.withComplaint))};
}

QStringList ReportNarrative::coercion() const
{
    if (!m_data.coercions || m_data.coercions->province.figures.operations == 0)
        return {tr("No coercive enforcement operations were recorded in this period.")};
    const CoercionFigures &f = m_data.coercions->province.figures;
    return {tr("%1 coercive enforcement operations were organised, %2 of them with mobilised forces (%3 people: %4 "
               "police officers, %5 from the communes, %6 others); %7 were successful.")
                .arg(Format::count(f.operations), Format::count(f.withForces), Format::count(f.forces()),
                     Format::count(f.police), Format::count(f.commune), Format::count(f.otherForces),
                     Format::count(f.successful))};
}

QStringList ReportNarrative::awards() const
{
    if (!m_data.awards || m_data.awards->province.figures.total() == 0)
        return {tr("No commendations were recorded for this year.")};
    const AwardFigures &f = m_data.awards->province.figures;
    QStringList parts;
    for (AwardLevel level : AwardLevels::all()) {
        const qint64 collectives = f.count(level, RecipientKind::Collective);
        const qint64 individuals = f.count(level, RecipientKind::Individual);
        if (collectives == 0 && individuals == 0)
            continue;
        QStringList who;
        if (collectives > 0)
            who << tr("%1 collectives").arg(Format::count(collectives));
        if (individuals > 0)
            who << tr("%1 individuals").arg(Format::count(individuals));
        parts << tr("%1 for %2").arg(AwardLevels::displayName(level), who.join(tr(" and ")));
    }
    return {tr("Commendations: %1.").arg(parts.join(QStringLiteral("; ")))};
}

QStringList ReportNarrative::targets() const
{
    const int next = m_data.options.period.statisticalYear() + 1;
    if (m_data.nextTargets.isEmpty())
        return {tr("No targets have been set for %1 yet.").arg(next)};
    for (const auto &[unit, target] : m_data.nextTargets) {
        if (unit.id == 0)
            return {tr("For %1 the province is set to resolve %2 of the cases and %3 of the money able to be "
                       "enforced; the units' targets are in the table below.")
                        .arg(next)
                        .arg(percent(target.cases), percent(target.money))};
    }
    return {tr("The units' targets for %1 are in the table below.").arg(next)};
}
