#pragma once

#include "CaseLedger.h"
#include "EnforcementCase.h"
#include "Session.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

// A case and its event log, as one record for writing several at once.
struct CaseRecord
{
    EnforcementCase enforcementCase;
    CaseEventList events; // in the order recorded
};

// Events to append to the log of a case already stored.
struct EventBatch
{
    qint64 caseId = 0;
    CaseEventList events; // in the order recorded
};

// Reads and writes cases and their event logs. Every write cleans its text
// (TextFolding::clean), validates (the case's fields, the lifecycle rules over
// the replayed log) inside its one transaction, keeps the case list's cached
// state and the replay order current, and leaves an audit row for every row
// it changes, derived columns included.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(const Session &session);

    std::optional<EnforcementCase> find(qint64 caseId) const;
    std::optional<EnforcementCase> findByDecision(qint64 unitId, const QString &decisionNo) const;
    CaseEventList events(qint64 caseId) const; // in the order recorded
    std::optional<CaseLedger> ledger(qint64 caseId) const;
    qint64 count() const;

    WriteResult create(EnforcementCase *c); // sets c->id
    WriteResult update(const EnforcementCase &edited);
    WriteResult remove(qint64 caseId); // only a case without events or linked register entries
    // Why remove() would refuse, before anyone is asked to confirm; ok() when it would not.
    WriteResult checkRemovable(qint64 caseId) const;
    WriteResult addEvent(qint64 caseId, CaseEvent *event); // sets event->id
    // Voids one event, with the reason, by recording a correction dated `date`.
    WriteResult correct(qint64 caseId, qint64 eventId, QDate date, const QString &reason, qint64 *correctionId = nullptr);

    // Stores many cases with their logs, and appends events to stored cases,
    // in one transaction: all or nothing. For imports and the demo; everything
    // is validated as create() and addEvent() would. `progress`, if set, is
    // told after each case and each batch stored (done of total); when it
    // returns false the transaction is rolled back and the result is cancelled.
    WriteResult createMany(QList<CaseRecord> records, QList<EventBatch> additions = {},
                           const std::function<bool(int done, int total)> &progress = {});

    static QJsonObject toJson(const EnforcementCase &c);

private:
    class Writer;
    // Why the session's actor may not write this stored case's log (empty: it may).
    QString unitRefusal(qint64 caseId) const;
    const Session &m_session;
};
