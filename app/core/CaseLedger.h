#pragma once

#include "CaseEvent.h"
#include "CaseState.h"
#include "LifecycleRule.h"
#include "StatisticalPeriod.h"

#include <QCoreApplication>

#include <optional>

// Where a case stands after replaying its log up to some date.
struct CaseStatus
{
    qint64 amountDue = 0;
    qint64 paid = 0;
    qint64 reduced = 0;
    std::optional<EventType> hold;         // the hold in force, if any
    std::optional<EventType> verification; // the latest verification, if any
    std::optional<EventType> terminal;     // completed, terminated, entrusted or withdrawn
    QDate terminalDate;

    qint64 remaining() const { return amountDue - paid - reduced; }
    bool isClosed() const { return terminal.has_value(); }
    bool isOnHold() const { return hold.has_value(); }
    CaseState state() const;
};

// A refusal: which event (its index in the order recorded) breaks which rule.
struct LifecycleBreach
{
    LifecycleRule rule;
    int eventIndex = -1;
    QString detail; // translated: the event and the figures involved

    QString message() const; // "<rule>: <detail>"
};

// A case's event log, replayed by the lifecycle rules of DESIGN.md: events
// apply in date order, then in the order recorded; corrections void the event
// they name. This is where the rules live; storage calls it before every write
// and the case form asks it which events may come next.
class CaseLedger
{
    Q_DECLARE_TR_FUNCTIONS(CaseLedger)

public:
    CaseLedger(QDate acceptedDate, qint64 amountDue, CaseEventList eventsInRecordOrder);

    const CaseEventList &events() const { return m_events; }
    QDate acceptedDate() const { return m_accepted; }
    qint64 amountDue() const { return m_amountDue; }

    // The first rule the log breaks, checking every event against `today`.
    std::optional<LifecycleBreach> check(QDate today) const;

    bool isVoided(qint64 eventId) const;
    // Indexes (in record order) of the events that count, in replay order.
    QList<int> replayOrder() const;
    // Replay position of each counting event (1-based, by index in record
    // order; 0 for corrections and voided events): the order the engine uses.
    QList<int> replayPositions() const;

    CaseStatus statusAt(QDate date) const; // events dated on or before `date`
    CaseStatus current() const;            // every event

    // Which leaf column of the statistics the case falls in for a period, or
    // nothing when the period does not count it (DESIGN.md).
    std::optional<CaseState> stateIn(const StatisticalPeriod &period) const;

    // The events a person may record next, dated `date`, given `today`.
    QList<EventType> allowedNext(QDate date, QDate today) const;

    // A copy with one more event recorded last.
    CaseLedger with(const CaseEvent &event) const;

private:
    CaseStatus replay(QDate upTo, std::optional<LifecycleBreach> *breach) const;

    QDate m_accepted;
    qint64 m_amountDue = 0;
    CaseEventList m_events;
};
