#include "CaseLedger.h"

#include "Format.h"

#include <QSet>

#include <algorithm>

CaseState CaseStatus::state() const
{
    if (terminal) {
        switch (*terminal) {
        case EventType::Completed: return CaseState::Completed;
        case EventType::Terminated: return CaseState::Terminated;
        case EventType::Entrusted: return CaseState::Entrusted;
        default: return CaseState::Withdrawn;
        }
    }
    if (hold) {
        switch (*hold) {
        case EventType::Postponed: return CaseState::Postponed;
        case EventType::Suspended: return CaseState::Suspended;
        default: return CaseState::HeldOther;
        }
    }
    if (verification == EventType::VerifiedUnable)
        return CaseState::WithoutConditions;
    return CaseState::InProgress; // never verified counts as able
}

QString LifecycleBreach::message() const
{
    return QCoreApplication::translate("CaseLedger", "Rule \"%1\": %2").arg(LifecycleRules::name(rule), detail);
}

CaseLedger::CaseLedger(QDate acceptedDate, qint64 amountDue, CaseEventList eventsInRecordOrder)
    : m_accepted(acceptedDate), m_amountDue(amountDue), m_events(std::move(eventsInRecordOrder))
{
}

CaseLedger CaseLedger::with(const CaseEvent &event) const
{
    CaseEventList events = m_events;
    events.append(event);
    return CaseLedger(m_accepted, m_amountDue, events);
}

bool CaseLedger::isVoided(qint64 eventId) const
{
    if (eventId == 0)
        return false;
    return std::any_of(m_events.cbegin(), m_events.cend(), [eventId](const CaseEvent &e) {
        return e.type == EventType::Correction && e.correctsEventId == eventId;
    });
}

QList<int> CaseLedger::replayOrder() const
{
    QList<int> order;
    for (int i = 0; i < m_events.size(); ++i) {
        const CaseEvent &e = m_events.at(i);
        if (e.type != EventType::Correction && !isVoided(e.id))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_events.at(a).date < m_events.at(b).date; });
    return order;
}

QList<int> CaseLedger::replayPositions() const
{
    QList<int> positions(m_events.size(), 0);
    const QList<int> order = replayOrder();
    for (int i = 0; i < order.size(); ++i)
        positions[order.at(i)] = i + 1;
    return positions;
}

CaseStatus CaseLedger::replay(QDate upTo, std::optional<LifecycleBreach> *breach) const
{
    CaseStatus status;
    status.amountDue = m_amountDue;
    const auto refuse = [breach](LifecycleRule rule, int index, QString detail) {
        if (breach && !*breach)
            *breach = LifecycleBreach{rule, index, std::move(detail)};
    };
    for (int index : replayOrder()) {
        const CaseEvent &e = m_events.at(index);
        if (upTo.isValid() && e.date > upTo)
            break;
        const QString what = tr("%1 on %2").arg(EventTypes::displayName(e.type), Format::date(e.date));
        if (status.terminal) {
            refuse(LifecycleRule::NothingAfterTerminal, index,
                   tr("%1 comes after \"%2\" on %3.")
                       .arg(what, EventTypes::displayName(*status.terminal), Format::date(status.terminalDate)));
            continue;
        }
        switch (e.type) {
        case EventType::VerifiedAble:
        case EventType::VerifiedUnable:
            status.verification = e.type;
            break;
        case EventType::Postponed:
        case EventType::Suspended:
        case EventType::HeldOther:
            if (status.hold)
                refuse(LifecycleRule::HoldWhenNotOnHold, index,
                       tr("%1, but the case is already on hold (%2).").arg(what, EventTypes::displayName(*status.hold)));
            status.hold = e.type;
            break;
        case EventType::Resumed:
            if (!status.hold)
                refuse(LifecycleRule::ResumeWhenOnHold, index, tr("%1, but the case is not on hold.").arg(what));
            status.hold.reset();
            break;
        case EventType::Payment:
        case EventType::Reduction:
            if (e.amount > status.remaining())
                refuse(LifecycleRule::AmountWithinRemaining, index,
                       tr("%1 of %2, but only %3 remains due.")
                           .arg(what, Format::money(e.amount), Format::money(status.remaining())));
            (e.type == EventType::Payment ? status.paid : status.reduced) += e.amount;
            break;
        case EventType::Completed:
            if (status.remaining() != 0)
                refuse(LifecycleRule::CompletedWhenNothingDue, index,
                       tr("%1, but %2 remains due.").arg(what, Format::money(status.remaining())));
            [[fallthrough]];
        case EventType::Terminated:
        case EventType::Entrusted:
        case EventType::Withdrawn:
            status.terminal = e.type;
            status.terminalDate = e.date;
            break;
        case EventType::Correction:
            break; // never replayed
        }
    }
    return status;
}

std::optional<LifecycleBreach> CaseLedger::check(QDate today) const
{
    QSet<qint64> voided;
    for (int index = 0; index < m_events.size(); ++index) {
        const CaseEvent &e = m_events.at(index);
        const QString what = tr("%1 on %2").arg(EventTypes::displayName(e.type), Format::date(e.date));
        if (e.date < m_accepted)
            return LifecycleBreach{LifecycleRule::NotBeforeAcceptance, index,
                                   tr("%1 is before the acceptance date %2.").arg(what, Format::date(m_accepted))};
        if (e.date > today)
            return LifecycleBreach{LifecycleRule::NotInFuture, index,
                                   tr("%1 is after today (%2).").arg(what, Format::date(today))};
        if (EventTypes::carriesAmount(e.type) && e.amount <= 0)
            return LifecycleBreach{LifecycleRule::AmountPositive, index,
                                   tr("%1 has the amount %2.").arg(what, Format::money(e.amount))};
        if (!EventTypes::carriesAmount(e.type) && e.amount != 0)
            return LifecycleBreach{LifecycleRule::AmountOnlyOnMoneyEvents, index,
                                   tr("%1 has the amount %2.").arg(what, Format::money(e.amount))};
        if (e.type != EventType::Correction)
            continue;
        const auto target = std::find_if(m_events.cbegin(), m_events.cbegin() + index, [&e](const CaseEvent &t) {
            return t.id != 0 && t.id == e.correctsEventId;
        });
        if (target == m_events.cbegin() + index || target->type == EventType::Correction
            || voided.contains(e.correctsEventId))
            return LifecycleBreach{LifecycleRule::CorrectionTarget, index,
                                   tr("%1 names no earlier event that is still in force.").arg(what)};
        if (e.note.trimmed().isEmpty())
            return LifecycleBreach{LifecycleRule::CorrectionReason, index, tr("%1 gives no reason.").arg(what)};
        if (e.date < target->date)
            return LifecycleBreach{LifecycleRule::CorrectionNotBeforeEvent, index,
                                   tr("%1 is before the event it voids (%2).").arg(what, Format::date(target->date))};
        voided.insert(e.correctsEventId);
    }
    std::optional<LifecycleBreach> breach;
    replay(QDate(), &breach);
    return breach;
}

CaseStatus CaseLedger::statusAt(QDate date) const
{
    return replay(date, nullptr);
}

CaseStatus CaseLedger::current() const
{
    return replay(QDate(), nullptr);
}

std::optional<CaseState> CaseLedger::stateIn(const StatisticalPeriod &period) const
{
    if (m_accepted > period.end())
        return std::nullopt;
    const CaseStatus status = statusAt(period.end());
    if (status.terminal && status.terminalDate < period.start())
        return std::nullopt; // ended before the period: not carried over
    return status.state();
}

QList<EventType> CaseLedger::allowedNext(QDate date, QDate today) const
{
    QList<EventType> allowed;
    const qint64 remaining = statusAt(date).remaining();
    for (EventType type : EventTypes::all()) {
        if (type == EventType::Correction) {
            // Which event it voids is checked when it names one; here: is there
            // an event in force it could void, dated on or before `date`?
            const QList<int> order = replayOrder();
            const bool voidable = std::any_of(order.cbegin(), order.cend(),
                                              [&](int i) { return m_events.at(i).date <= date; });
            if (voidable && date >= m_accepted && date <= today)
                allowed.append(type);
            continue;
        }
        CaseEvent probe;
        probe.type = type;
        probe.date = date;
        probe.amount = EventTypes::carriesAmount(type) ? std::min<qint64>(remaining, 1) : 0;
        if (!with(probe).check(today))
            allowed.append(type);
    }
    return allowed;
}
