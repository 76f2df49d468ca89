#include "CaseRepository.h"

#include "AuditLog.h"
#include "CaseLookup.h"
#include "CaseValidator.h"
#include "Format.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kCaseColumns = QStringLiteral(
    "id, unit_id, decision_no, decision_date, judgment_no, judgment_date, court, executor, obligor_name, "
    "obligor_address, obligor_id, obligee_name, obligee_address, obligee_id, kind, mode, amount_due, obligation");

EnforcementCase caseFrom(const QSqlQuery &q)
{
    EnforcementCase c;
    c.id = q.value(0).toLongLong();
    c.unitId = q.value(1).toLongLong();
    c.decisionNo = q.value(2).toString();
    c.decisionDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.judgmentNo = q.value(4).toString();
    c.judgmentDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    c.court = q.value(6).toString();
    c.executor = q.value(7).toString();
    c.obligorName = q.value(8).toString();
    c.obligorAddress = q.value(9).toString();
    c.obligorIdNumber = q.value(10).toString();
    c.obligeeName = q.value(11).toString();
    c.obligeeAddress = q.value(12).toString();
    c.obligeeIdNumber = q.value(13).toString();
    CaseKinds::fromKey(q.value(14).toString(), &c.kind);
    EnforcementModes::fromKey(q.value(15).toString(), &c.mode);
    c.amountDue = q.value(16).toLongLong();
    c.obligation = q.value(17).toString();
    return c;
}

// Text as stored: trimmed, and never NULL (a null QString binds as NULL).
QString text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

// The values of the editable columns, in kCaseColumns order after id.
QVariantList caseValues(const EnforcementCase &c)
{
    return {c.unitId,
            text(c.decisionNo),
            MachineFormat::date(c.decisionDate),
            text(c.judgmentNo),
            MachineFormat::date(c.judgmentDate),
            text(c.court),
            text(c.executor),
            text(c.obligorName),
            text(c.obligorAddress),
            text(c.obligorIdNumber),
            text(c.obligeeName),
            text(c.obligeeAddress),
            text(c.obligeeIdNumber),
            CaseKinds::key(c.kind),
            EnforcementModes::key(c.mode),
            c.amountDue,
            text(c.obligation)};
}

// The folded columns the case list searches and sorts by.
QVariantList foldedValues(const EnforcementCase &c)
{
    return {TextFolding::fold(c.decisionNo), TextFolding::fold(c.obligorName), TextFolding::fold(c.obligeeName)};
}

QJsonObject eventJson(qint64 caseId, const CaseEvent &e)
{
    QJsonObject o{{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("type"), EventTypes::key(e.type)},
                  {QStringLiteral("date"), MachineFormat::date(e.date)}};
    if (e.amount != 0)
        o.insert(QStringLiteral("amount"), e.amount);
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    if (e.correctsEventId != 0)
        o.insert(QStringLiteral("corrects_event_id"), e.correctsEventId);
    return o;
}

bool failed(const QSqlQuery &q, QString *error)
{
    *error = q.lastError().text();
    return false;
}
} // namespace

// The prepared statements of a write, reused across the cases of one transaction.
class CaseRepository::Writer
{
public:
    explicit Writer(const Session &session)
        : m_session(session), m_audit(session.sql(), session.actor(), session.clock()),
          m_insertCase(session.sql()), m_insertEvent(session.sql()), m_updateSeq(session.sql()),
          m_updateCache(session.sql()), m_void(session.sql())
    {
        m_insertCase.prepare(QStringLiteral("INSERT INTO cases (unit_id, decision_no, decision_date, judgment_no, "
                                            "judgment_date, court, executor, obligor_name, obligor_address, "
                                            "obligor_id, obligee_name, obligee_address, obligee_id, kind, mode, "
                                            "amount_due, obligation, amount_remaining, decision_key, obligor_key, "
                                            "obligee_key, created_at, created_by, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?)"));
        m_insertEvent.prepare(QStringLiteral("INSERT INTO case_events (case_id, seq, event_date, type, amount, note, "
                                             "corrects_event_id, recorded_at, recorded_by) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_updateSeq.prepare(QStringLiteral("UPDATE case_events SET seq = ? WHERE id = ?"));
        m_void.prepare(QStringLiteral("UPDATE case_events SET voided_by = ? WHERE id = ? AND case_id = ?"));
        m_updateCache.prepare(QStringLiteral("UPDATE cases SET state = ?, amount_paid = ?, amount_remaining = ?, "
                                             "closed_date = ? WHERE id = ?"));
    }

    AuditLog &audit() { return m_audit; }
    QString stamp() const { return m_session.clock().now().toUTC().toString(Qt::ISODate); }

    bool insertCase(EnforcementCase *c, QString *error)
    {
        for (const QVariant &value : caseValues(*c))
            m_insertCase.addBindValue(value);
        m_insertCase.addBindValue(c->amountDue);
        for (const QVariant &value : foldedValues(*c))
            m_insertCase.addBindValue(value);
        const QString now = stamp();
        for (int i = 0; i < 2; ++i) {
            m_insertCase.addBindValue(now);
            m_insertCase.addBindValue(m_session.actor().name);
        }
        if (!m_insertCase.exec())
            return failed(m_insertCase, error);
        c->id = m_insertCase.lastInsertId().toLongLong();
        return m_audit.record(AuditLog::Action::Insert, QStringLiteral("cases"), c->id, {}, toJson(*c), error);
    }

    // Inserts the events that have no id yet, then brings every event's replay
    // position and the case's cached state up to date.
    bool storeEvents(qint64 caseId, const CaseLedger &ledger, CaseEventList *stored, QString *error)
    {
        const QList<int> positions = ledger.replayPositions();
        *stored = ledger.events();
        for (int i = 0; i < stored->size(); ++i) {
            CaseEvent &e = (*stored)[i];
            if (e.id != 0)
                continue;
            e.recordedBy = m_session.actor().name;
            e.recordedAt = m_session.clock().now();
            m_insertEvent.addBindValue(caseId);
            m_insertEvent.addBindValue(positions.at(i));
            m_insertEvent.addBindValue(MachineFormat::date(e.date));
            m_insertEvent.addBindValue(EventTypes::key(e.type));
            m_insertEvent.addBindValue(e.amount);
            m_insertEvent.addBindValue(text(e.note));
            m_insertEvent.addBindValue(e.correctsEventId != 0 ? QVariant(e.correctsEventId)
                                                              : QVariant(QMetaType::fromType<qint64>()));
            m_insertEvent.addBindValue(e.recordedAt.toUTC().toString(Qt::ISODate));
            m_insertEvent.addBindValue(e.recordedBy);
            if (!m_insertEvent.exec())
                return failed(m_insertEvent, error);
            e.id = m_insertEvent.lastInsertId().toLongLong();
            if (!m_audit.record(AuditLog::Action::Insert, QStringLiteral("case_events"), e.id, {},
                                eventJson(caseId, e), error))
                return false;
            if (e.type == EventType::Correction && !voidEvent(caseId, e.correctsEventId, e.id, error))
                return false;
        }
        return updateCache(caseId, ledger, error);
    }

    // Marks the event a correction voids (the statistics engine skips it).
    bool voidEvent(qint64 caseId, qint64 eventId, qint64 correctionId, QString *error)
    {
        m_void.addBindValue(correctionId);
        m_void.addBindValue(eventId);
        m_void.addBindValue(caseId);
        if (!m_void.exec())
            return failed(m_void, error);
        return m_audit.record(AuditLog::Action::Update, QStringLiteral("case_events"), eventId, {},
                              {{QStringLiteral("voided_by"), correctionId}}, error);
    }

    bool updateSeq(const CaseEventList &events, const QList<int> &positions, QString *error)
    {
        for (int i = 0; i < events.size(); ++i) {
            m_updateSeq.addBindValue(positions.at(i));
            m_updateSeq.addBindValue(events.at(i).id);
            if (!m_updateSeq.exec())
                return failed(m_updateSeq, error);
        }
        return true;
    }

    bool updateCache(qint64 caseId, const CaseLedger &ledger, QString *error)
    {
        const CaseStatus status = ledger.current();
        m_updateCache.addBindValue(CaseStates::key(status.state()));
        m_updateCache.addBindValue(status.paid);
        m_updateCache.addBindValue(status.remaining());
        m_updateCache.addBindValue(status.terminal ? QVariant(MachineFormat::date(status.terminalDate))
                                                   : QVariant(QMetaType::fromType<QString>()));
        m_updateCache.addBindValue(caseId);
        return m_updateCache.exec() || failed(m_updateCache, error);
    }

private:
    const Session &m_session;
    AuditLog m_audit;
    QSqlQuery m_insertCase;
    QSqlQuery m_insertEvent;
    QSqlQuery m_updateSeq;
    QSqlQuery m_updateCache;
    QSqlQuery m_void;
};

CaseRepository::CaseRepository(const Session &session) : m_session(session)
{
}

QJsonObject CaseRepository::toJson(const EnforcementCase &c)
{
    QJsonObject o;
    const QVariantList values = caseValues(c);
    const QStringList columns = kCaseColumns.split(QStringLiteral(", ")).mid(1);
    for (int i = 0; i < columns.size(); ++i)
        o.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
    return o;
}

std::optional<EnforcementCase> CaseRepository::find(qint64 caseId) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(kCaseColumns));
    q.addBindValue(caseId);
    if (q.exec() && q.next())
        return caseFrom(q);
    return std::nullopt;
}

std::optional<EnforcementCase> CaseRepository::findByDecision(qint64 unitId, const QString &decisionNo) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE unit_id = ? AND decision_no = ?").arg(kCaseColumns));
    q.addBindValue(unitId);
    q.addBindValue(decisionNo.trimmed());
    if (q.exec() && q.next())
        return caseFrom(q);
    return std::nullopt;
}

qint64 CaseRepository::count() const
{
    QSqlQuery q(m_session.sql());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

CaseEventList CaseRepository::events(qint64 caseId) const
{
    CaseEventList events;
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, type, event_date, amount, note, corrects_event_id, recorded_by, recorded_at "
                             "FROM case_events WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return events;
    while (q.next()) {
        CaseEvent e;
        e.id = q.value(0).toLongLong();
        EventTypes::fromKey(q.value(1).toString(), &e.type);
        e.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        e.amount = q.value(3).toLongLong();
        e.note = q.value(4).toString();
        e.correctsEventId = q.value(5).toLongLong();
        e.recordedBy = q.value(6).toString();
        e.recordedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        events.append(e);
    }
    return events;
}

std::optional<CaseLedger> CaseRepository::ledger(qint64 caseId) const
{
    const auto c = find(caseId);
    if (!c)
        return std::nullopt;
    return CaseLedger(c->acceptedDate(), c->amountDue, events(caseId));
}

namespace {
// The checks of a case that need the database: its unit exists and its
// decision number is not taken in that unit.
FieldProblems storedRules(QSqlDatabase db, const EnforcementCase &c)
{
    FieldProblems problems;
    if (c.unitId > 0 && !UnitRepository(db).byId(c.unitId))
        problems << FieldProblem{CaseFields::key(CaseField::Unit),
                                 CaseRepository::tr("%1: no such unit.").arg(CaseFields::label(CaseField::Unit))};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE unit_id = ? AND decision_no = ? AND id <> ?"));
    q.addBindValue(c.unitId);
    q.addBindValue(c.decisionNo.trimmed());
    q.addBindValue(c.id);
    if (q.exec() && q.next())
        problems << FieldProblem{CaseFields::key(CaseField::DecisionNo),
                                 CaseRepository::tr("%1: %2 is already used by another case of this unit.")
                                     .arg(CaseFields::label(CaseField::DecisionNo), c.decisionNo.trimmed())};
    return problems;
}

WriteResult breachResult(const LifecycleBreach &breach)
{
    return WriteResult::problem(QStringLiteral("event"), breach.message());
}
} // namespace

WriteResult CaseRepository::create(EnforcementCase *c)
{
    c->id = 0;
    FieldProblems problems = CaseValidator::validate(*c, m_session.clock().today());
    problems += storedRules(m_session.sql(), *c);
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    Writer writer(m_session);
    QString error;
    if (!writer.insertCase(c, &error) || !transaction.commit()) {
        c->id = 0;
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    }
    return {};
}

WriteResult CaseRepository::update(const EnforcementCase &c)
{
    const auto old = find(c.id);
    if (!old)
        return WriteResult::failure(tr("The case no longer exists."));
    FieldProblems problems = CaseValidator::validate(c, m_session.clock().today());
    problems += storedRules(m_session.sql(), c);
    if (!problems.isEmpty())
        return {problems, {}};
    // A new acceptance date or amount must still fit the recorded history.
    const CaseLedger ledger(c.acceptedDate(), c.amountDue, events(c.id));
    if (const auto breach = ledger.check(m_session.clock().today()))
        return breachResult(*breach);

    TransactionGuard transaction(m_session.sql());
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("UPDATE cases SET unit_id = ?, decision_no = ?, decision_date = ?, judgment_no = ?, "
                             "judgment_date = ?, court = ?, executor = ?, obligor_name = ?, obligor_address = ?, "
                             "obligor_id = ?, obligee_name = ?, obligee_address = ?, obligee_id = ?, kind = ?, "
                             "mode = ?, amount_due = ?, obligation = ?, decision_key = ?, obligor_key = ?, "
                             "obligee_key = ?, updated_at = ?, "
                             "updated_by = ? WHERE id = ?"));
    for (const QVariant &value : caseValues(c))
        q.addBindValue(value);
    Writer writer(m_session);
    for (const QVariant &value : foldedValues(c))
        q.addBindValue(value);
    q.addBindValue(writer.stamp());
    q.addBindValue(m_session.actor().name);
    q.addBindValue(c.id);
    QString error;
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (!writer.updateCache(c.id, ledger, &error)
        || !writer.audit().record(AuditLog::Action::Update, QStringLiteral("cases"), c.id, toJson(*old), toJson(c),
                                  &error)
        || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}

WriteResult CaseRepository::checkRemovable(qint64 caseId) const
{
    const auto old = find(caseId);
    if (!old)
        return WriteResult::failure(tr("The case no longer exists."));
    if (!events(caseId).isEmpty())
        return WriteResult::problem(QStringLiteral("case"),
                                    tr("Case %1 has a recorded history; only a case without events can be deleted.")
                                        .arg(old->decisionNo));
    if (const qint64 links = CaseLookup(m_session.sql()).linkCount(caseId))
        return WriteResult::problem(QStringLiteral("case"),
                                    tr("Case %1 cannot be deleted: register entries are linked to it (complaints "
                                       "or coercion operations: %2). Remove those links first.")
                                        .arg(old->decisionNo)
                                        .arg(links));
    return {};
}

WriteResult CaseRepository::remove(qint64 caseId)
{
    if (const WriteResult removable = checkRemovable(caseId); !removable.ok())
        return removable;
    const auto old = find(caseId);
    TransactionGuard transaction(m_session.sql());
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    QString error;
    if (!q.exec())
        return WriteResult::failure(q.lastError().text());
    if (!AuditLog(m_session.sql(), m_session.actor(), m_session.clock())
             .record(AuditLog::Action::Delete, QStringLiteral("cases"), caseId, toJson(*old), {}, &error)
        || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    return {};
}

WriteResult CaseRepository::addEvent(qint64 caseId, CaseEvent *event)
{
    const auto before = ledger(caseId);
    if (!before)
        return WriteResult::failure(tr("The case no longer exists."));
    event->id = 0;
    const CaseLedger after = before->with(*event);
    if (const auto breach = after.check(m_session.clock().today()))
        return breachResult(*breach);

    TransactionGuard transaction(m_session.sql());
    Writer writer(m_session);
    CaseEventList stored;
    QString error;
    const bool ok = writer.storeEvents(caseId, after, &stored, &error)
        && writer.updateSeq(stored, after.replayPositions(), &error);
    if (!ok || !transaction.commit())
        return WriteResult::failure(error.isEmpty() ? m_session.sql().lastError().text() : error);
    *event = stored.last();
    return {};
}

WriteResult CaseRepository::correct(qint64 caseId, qint64 eventId, QDate date, const QString &reason,
                                    qint64 *correctionId)
{
    CaseEvent correction;
    correction.type = EventType::Correction;
    correction.date = date;
    correction.note = reason;
    correction.correctsEventId = eventId;
    WriteResult result = addEvent(caseId, &correction);
    if (result.ok() && correctionId)
        *correctionId = correction.id;
    return result;
}

WriteResult CaseRepository::createMany(const QList<CaseRecord> &records, const QList<EventBatch> &additions)
{
    const QDate today = m_session.clock().today();
    QSet<std::pair<qint64, QString>> decisions;
    for (const CaseRecord &record : records) {
        const EnforcementCase &c = record.enforcementCase;
        FieldProblems problems = CaseValidator::validate(c, today);
        problems += storedRules(m_session.sql(), c);
        const std::pair<qint64, QString> decision{c.unitId, c.decisionNo.trimmed()};
        if (decisions.contains(decision))
            problems << FieldProblem{CaseFields::key(CaseField::DecisionNo),
                                     tr("%1: %2 appears twice for the same unit.")
                                         .arg(CaseFields::label(CaseField::DecisionNo), decision.second)};
        decisions.insert(decision);
        if (!problems.isEmpty())
            return {problems, {}};
        const CaseLedger ledger(c.acceptedDate(), c.amountDue, record.events);
        if (const auto breach = ledger.check(today))
            return breachResult(*breach);
    }
    // Several batches for one stored case are one log: join them first.
    QList<EventBatch> joined;
    for (const EventBatch &batch : additions) {
        auto same = std::find_if(joined.begin(), joined.end(),
                                 [&batch](const EventBatch &b) { return b.caseId == batch.caseId; });
        if (same == joined.end())
            joined << batch;
        else
            same->events += batch.events;
    }
    QList<CaseLedger> extended;
    for (const EventBatch &batch : std::as_const(joined)) {
        auto ledger = this->ledger(batch.caseId);
        if (!ledger)
            return WriteResult::failure(tr("The case no longer exists."));
        for (const CaseEvent &e : batch.events)
            ledger = ledger->with(e);
        if (const auto breach = ledger->check(today))
            return breachResult(*breach);
        extended << *ledger;
    }
    TransactionGuard transaction(m_session.sql());
    Writer writer(m_session);
    QString error;
    CaseEventList stored;
    for (const CaseRecord &record : records) {
        EnforcementCase c = record.enforcementCase;
        c.id = 0;
        const CaseLedger ledger(c.acceptedDate(), c.amountDue, record.events);
        if (!writer.insertCase(&c, &error) || !writer.storeEvents(c.id, ledger, &stored, &error))
            return WriteResult::failure(error);
    }
    for (int k = 0; k < joined.size(); ++k) {
        const qint64 caseId = joined.at(k).caseId;
        if (!writer.storeEvents(caseId, extended.at(k), &stored, &error)
            || !writer.updateSeq(stored, extended.at(k).replayPositions(), &error))
            return WriteResult::failure(error);
    }
    if (!transaction.commit())
        return WriteResult::failure(m_session.sql().lastError().text());
    return {};
}
