#include "CaseRepository.h"

#include "AccessCheck.h"
#include "AuditLog.h"
#include "CaseLookup.h"
#include "CaseValidator.h"
#include "Database.h"
#include "Format.h"
#include "PeriodLockRepository.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QHash>
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

// Text as stored, and never NULL (a null QString binds as NULL).
QString text(const QString &value)
{
    return TextFolding::clean(value);
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

// The folded columns the case list searches and sorts by, and the decision
// number's identity key that the unique index compares.
QVariantList foldedValues(const EnforcementCase &c)
{
    return {TextFolding::fold(c.decisionNo), TextFolding::fold(c.obligorName), TextFolding::fold(c.obligeeName),
            TextFolding::identityKey(c.decisionNo)};
}

QJsonObject eventJson(qint64 caseId, const CaseEvent &e, int seq)
{
    QJsonObject o{{QStringLiteral("case_id"), caseId},
                  {QStringLiteral("type"), EventTypes::key(e.type)},
                  {QStringLiteral("date"), MachineFormat::date(e.date)},
                  {QStringLiteral("seq"), seq}};
    if (e.amount != 0)
        o.insert(QStringLiteral("amount"), e.amount);
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    if (e.correctsEventId != 0)
        o.insert(QStringLiteral("corrects_event_id"), e.correctsEventId);
    return o;
}

// The case list's cached columns, derived from the log, as stored and audited.
QJsonObject cacheJson(const CaseStatus &status)
{
    return {{QStringLiteral("state"), CaseStates::key(status.state())},
            {QStringLiteral("amount_paid"), status.paid},
            {QStringLiteral("amount_remaining"), status.remaining()},
            {QStringLiteral("closed_date"), status.terminal ? QJsonValue(MachineFormat::date(status.terminalDate))
                                                           : QJsonValue()}};
}

// The entries of `after` that differ from `before`, as two objects for the audit row.
std::pair<QJsonObject, QJsonObject> changes(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject oldValues, newValues;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value()) {
            oldValues.insert(it.key(), before.value(it.key()));
            newValues.insert(it.key(), it.value());
        }
    }
    return {oldValues, newValues};
}
} // namespace

// The prepared statements of a write, reused across the cases of one
// transaction. Every row it changes, derived columns included, gets its audit row.
class CaseRepository::Writer
{
public:
    explicit Writer(const Session &session)
        : m_session(session), m_audit(session.sql(), session.actor(), session.clock()),
          m_insertCase(session.sql()), m_insertEvent(session.sql()), m_readSeq(session.sql()),
          m_updateSeq(session.sql()), m_readCache(session.sql()), m_updateCache(session.sql()), m_void(session.sql())
    {
        m_insertCase.prepare(QStringLiteral("INSERT INTO cases (unit_id, decision_no, decision_date, judgment_no, "
                                            "judgment_date, court, executor, obligor_name, obligor_address, "
                                            "obligor_id, obligee_name, obligee_address, obligee_id, kind, mode, "
                                            "amount_due, obligation, decision_key, obligor_key, obligee_key, "
                                            "decision_norm, state, amount_paid, amount_remaining, closed_date, "
                                            "created_at, created_by, updated_at, updated_by) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?, ?, ?, ?, ?)"));
        m_insertEvent.prepare(QStringLiteral("INSERT INTO case_events (case_id, seq, event_date, type, amount, note, "
                                             "corrects_event_id, recorded_at, recorded_by) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_readSeq.prepare(QStringLiteral("SELECT id, seq FROM case_events WHERE case_id = ?"));
        m_updateSeq.prepare(QStringLiteral("UPDATE case_events SET seq = ? WHERE id = ?"));
        m_void.prepare(QStringLiteral("UPDATE case_events SET voided_by = ? WHERE id = ? AND case_id = ?"));
        m_readCache.prepare(QStringLiteral("SELECT state, amount_paid, amount_remaining, closed_date FROM cases "
                                           "WHERE id = ?"));
        m_updateCache.prepare(QStringLiteral("UPDATE cases SET state = ?, amount_paid = ?, amount_remaining = ?, "
                                             "closed_date = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    }

    AuditLog &audit() { return m_audit; }
    QString stamp() const { return m_session.clock().now().toUTC().toString(Qt::ISODate); }

    // A new case with its cached state as its (new) log gives it.
    bool insertCase(EnforcementCase *c, const CaseLedger &ledger, QString *error)
    {
        for (const QVariant &value : caseValues(*c))
            m_insertCase.addBindValue(value);
        for (const QVariant &value : foldedValues(*c))
            m_insertCase.addBindValue(value);
        const QJsonObject cache = cacheJson(ledger.current());
        for (const char *column : {"state", "amount_paid", "amount_remaining", "closed_date"})
            m_insertCase.addBindValue(cache.value(QLatin1String(column)).toVariant());
        const QString now = stamp();
        for (int i = 0; i < 2; ++i) {
            m_insertCase.addBindValue(now);
            m_insertCase.addBindValue(m_session.actor().name);
        }
        if (!m_insertCase.exec())
            return failed(m_insertCase, error);
        c->id = m_insertCase.lastInsertId().toLongLong();
        QJsonObject values = toJson(*c);
        for (auto it = cache.begin(); it != cache.end(); ++it)
            values.insert(it.key(), it.value());
        return m_audit.record(AuditLog::Action::Insert, QStringLiteral("cases"), c->id, {}, values, error);
    }

    // Inserts the events that have no id yet, then brings every event's replay
    // position and the case's cached state up to date.
    bool storeEvents(qint64 caseId, const CaseLedger &ledger, QString *error)
    {
        const QList<int> positions = ledger.replayPositions();
        CaseEventList stored = ledger.events();
        for (int i = 0; i < stored.size(); ++i) {
            CaseEvent &e = stored[i];
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
                                eventJson(caseId, e, positions.at(i)), error))
                return false;
            if (e.type == EventType::Correction && !voidEvent(caseId, e.correctsEventId, e.id, error))
                return false;
        }
        m_stored = stored;
        return updateSeq(caseId, stored, positions, error) && updateCache(caseId, ledger, error);
    }

    // The log as stored by the last storeEvents(), every event with its id.
    const CaseEventList &stored() const { return m_stored; }

    // Brings the case's cached columns in line with its log; a change is stamped and audited.
    bool updateCache(qint64 caseId, const CaseLedger &ledger, QString *error)
    {
        m_readCache.addBindValue(caseId);
        if (!m_readCache.exec() || !m_readCache.next())
            return failed(m_readCache, error);
        const QJsonObject before{{QStringLiteral("state"), m_readCache.value(0).toString()},
                                 {QStringLiteral("amount_paid"), m_readCache.value(1).toLongLong()},
                                 {QStringLiteral("amount_remaining"), m_readCache.value(2).toLongLong()},
                                 {QStringLiteral("closed_date"), m_readCache.isNull(3)
                                                                     ? QJsonValue()
                                                                     : QJsonValue(m_readCache.value(3).toString())}};
        m_readCache.finish();
        const QJsonObject after = cacheJson(ledger.current());
        const auto [oldValues, newValues] = changes(before, after);
        if (newValues.isEmpty())
            return true;
        for (const char *column : {"state", "amount_paid", "amount_remaining", "closed_date"})
            m_updateCache.addBindValue(after.value(QLatin1String(column)).toVariant());
        m_updateCache.addBindValue(stamp());
        m_updateCache.addBindValue(m_session.actor().name);
        m_updateCache.addBindValue(caseId);
        if (!m_updateCache.exec())
            return failed(m_updateCache, error);
        return m_audit.record(AuditLog::Action::Update, QStringLiteral("cases"), caseId, oldValues, newValues, error);
    }

private:
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

    // A back-dated event moves later ones in the replay order: each moved one is audited.
    bool updateSeq(qint64 caseId, const CaseEventList &events, const QList<int> &positions, QString *error)
    {
        QHash<qint64, int> storedSeq;
        m_readSeq.addBindValue(caseId);
        if (!m_readSeq.exec())
            return failed(m_readSeq, error);
        while (m_readSeq.next())
            storedSeq.insert(m_readSeq.value(0).toLongLong(), m_readSeq.value(1).toInt());
        for (int i = 0; i < events.size(); ++i) {
            const qint64 id = events.at(i).id;
            const int old = storedSeq.value(id, positions.at(i));
            if (old == positions.at(i))
                continue;
            m_updateSeq.addBindValue(positions.at(i));
            m_updateSeq.addBindValue(id);
            if (!m_updateSeq.exec())
                return failed(m_updateSeq, error);
            if (!m_audit.record(AuditLog::Action::Update, QStringLiteral("case_events"), id,
                                {{QStringLiteral("seq"), old}}, {{QStringLiteral("seq"), positions.at(i)}}, error))
                return false;
        }
        return true;
    }

    bool failed(const QSqlQuery &q, QString *error) const
    {
        *error = Database::describe(m_session.sql(), q.lastError());
        return false;
    }

    const Session &m_session;
    AuditLog m_audit;
    QSqlQuery m_insertCase;
    QSqlQuery m_insertEvent;
    QSqlQuery m_readSeq;
    QSqlQuery m_updateSeq;
    QSqlQuery m_readCache;
    QSqlQuery m_updateCache;
    QSqlQuery m_void;
    CaseEventList m_stored;
};

CaseRepository::CaseRepository(const Session &session) : m_session(session)
{
}

QString CaseRepository::unitRefusal(qint64 caseId) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT unit_id FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    return q.exec() && q.next() ? AccessCheck(m_session).unitRefusal(q.value(0).toLongLong()) : QString();
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
    q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE unit_id = ? AND decision_norm = ?").arg(kCaseColumns));
    q.addBindValue(unitId);
    q.addBindValue(TextFolding::identityKey(decisionNo));
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
    q.prepare(QStringLiteral("SELECT decision_no FROM cases WHERE unit_id = ? AND decision_norm = ? AND id <> ?"));
    q.addBindValue(c.unitId);
    q.addBindValue(TextFolding::identityKey(c.decisionNo));
    q.addBindValue(c.id);
    if (q.exec() && q.next())
        problems << FieldProblem{CaseFields::key(CaseField::DecisionNo),
                                 CaseRepository::tr("%1: %2 is already used by another case of this unit (as %3).")
                                     .arg(CaseFields::label(CaseField::DecisionNo), c.decisionNo, q.value(0).toString())};
    return problems;
}

// The events' own rule that the lifecycle does not check: their notes.
std::optional<WriteResult> noteResult(const CaseEventList &events)
{
    for (const CaseEvent &e : events) {
        if (const auto problem = CaseValidator::noteProblem(e.note))
            return WriteResult::problem(QStringLiteral("note"), *problem);
    }
    return std::nullopt;
}

WriteResult breachResult(const LifecycleBreach &breach)
{
    return WriteResult::problem(QStringLiteral("event"), breach.message());
}

// What closed books (khóa sổ) forbid a write: a case accepted in a closed
// month, or an event dated in one, of the case's unit or the province.
class ClosedBooksRule
{
public:
    explicit ClosedBooksRule(QSqlDatabase db) : m_db(db), m_books(PeriodLockRepository::closedBooks(db)) {}

    std::optional<WriteResult> accepted(qint64 unitId, QDate date) const
    {
        return refuse(unitId, date, CaseFields::key(CaseField::DecisionDate), CaseFields::label(CaseField::DecisionDate));
    }
    std::optional<WriteResult> dated(qint64 unitId, QDate date) const
    {
        return refuse(unitId, date, QStringLiteral("date"), CaseRepository::tr("Event date"));
    }
    // New events of a case with its `stored` log: each one's date, and a
    // correction's voided event too (voiding it moves that event's month).
    std::optional<WriteResult> events(qint64 unitId, const CaseEventList &events, const CaseEventList &stored = {}) const
    {
        for (const CaseEvent &e : events) {
            if (auto refused = dated(unitId, e.date))
                return refused;
            if (e.type != EventType::Correction)
                continue;
            for (const CaseEvent &voided : stored) {
                if (voided.id == e.correctsEventId) {
                    if (auto refused = dated(unitId, voided.date))
                        return refused;
                }
            }
        }
        return std::nullopt;
    }

private:
    std::optional<WriteResult> refuse(qint64 unitId, QDate date, const QString &field, const QString &label) const
    {
        const auto closing = m_books.closing(unitId, date);
        if (!closing)
            return std::nullopt;
        const auto unit = UnitRepository(m_db).byId(unitId);
        return WriteResult::problem(field, ClosedBooks::refusal(label, date, *closing, unit ? unit->shortName() : QString()));
    }

    QSqlDatabase m_db;
    ClosedBooks m_books;
};

// What went wrong in a write: its own error, else the transaction's (begin or commit).
WriteResult failure(const TransactionGuard &transaction, const QString &error)
{
    return WriteResult::failure(error.isEmpty() ? transaction.error() : error);
}
} // namespace

// Every write begins its transaction first and checks inside it, so what it
// checked against is what it writes onto, whoever else writes the file.

WriteResult CaseRepository::create(EnforcementCase *c)
{
    c->id = 0;
    CaseValidator::clean(c);
    FieldProblems problems = CaseValidator::validate(*c, m_session.clock().today());
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return failure(transaction, {});
    if (const QString refusal = AccessCheck(m_session).unitRefusal(c->unitId); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    if (problems = storedRules(m_session.sql(), *c); !problems.isEmpty())
        return {problems, {}};
    if (const auto closed = ClosedBooksRule(m_session.sql()).accepted(c->unitId, c->decisionDate))
        return *closed;
    Writer writer(m_session);
    QString error;
    if (!writer.insertCase(c, CaseLedger(c->acceptedDate(), c->amountDue, {}), &error) || !transaction.commit()) {
        c->id = 0;
        return failure(transaction, error);
    }
    return {};
}

WriteResult CaseRepository::update(const EnforcementCase &edited)
{
    EnforcementCase c = edited;
    CaseValidator::clean(&c);
    FieldProblems problems = CaseValidator::validate(c, m_session.clock().today());
    if (!problems.isEmpty())
        return {problems, {}};
    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return failure(transaction, {});
    const auto old = find(c.id);
    if (!old)
        return WriteResult::failure(tr("The case no longer exists."));
    for (const qint64 unit : {old->unitId, c.unitId}) {
        if (const QString refusal = AccessCheck(m_session).unitRefusal(unit); !refusal.isEmpty())
            return WriteResult::failure(refusal);
    }
    if (problems = storedRules(m_session.sql(), c); !problems.isEmpty())
        return {problems, {}};
    // A case of a closed month keeps the unit, date and amount it was counted with.
    if (old->unitId != c.unitId || old->decisionDate != c.decisionDate || old->amountDue != c.amountDue) {
        const ClosedBooksRule books(m_session.sql());
        if (const auto closed = books.accepted(old->unitId, old->decisionDate))
            return *closed;
        if (const auto closed = books.accepted(c.unitId, c.decisionDate))
            return *closed;
    }
    // A new acceptance date or amount must still fit the recorded history.
    const CaseLedger ledger(c.acceptedDate(), c.amountDue, events(c.id));
    if (const auto breach = ledger.check(m_session.clock().today()))
        return breachResult(*breach);

    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("UPDATE cases SET unit_id = ?, decision_no = ?, decision_date = ?, judgment_no = ?, "
                             "judgment_date = ?, court = ?, executor = ?, obligor_name = ?, obligor_address = ?, "
                             "obligor_id = ?, obligee_name = ?, obligee_address = ?, obligee_id = ?, kind = ?, "
                             "mode = ?, amount_due = ?, obligation = ?, decision_key = ?, obligor_key = ?, "
                             "obligee_key = ?, decision_norm = ?, updated_at = ?, updated_by = ? WHERE id = ?"));
    for (const QVariant &value : caseValues(c))
        q.addBindValue(value);
    Writer writer(m_session);
    for (const QVariant &value : foldedValues(c))
        q.addBindValue(value);
    q.addBindValue(writer.stamp());
    q.addBindValue(m_session.actor().name);
    q.addBindValue(c.id);
    if (!q.exec())
        return WriteResult::failure(Database::describe(m_session.sql(), q.lastError()));
    QString error;
    if (!writer.audit().record(AuditLog::Action::Update, QStringLiteral("cases"), c.id, toJson(*old), toJson(c),
                               &error)
        || !writer.updateCache(c.id, ledger, &error) || !transaction.commit())
        return failure(transaction, error);
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
    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return failure(transaction, {});
    if (const WriteResult removable = checkRemovable(caseId); !removable.ok())
        return removable;
    const auto old = find(caseId);
    if (const QString refusal = AccessCheck(m_session).unitRefusal(old->unitId); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    if (const auto closed = ClosedBooksRule(m_session.sql()).accepted(old->unitId, old->decisionDate))
        return *closed;
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return WriteResult::failure(Database::describe(m_session.sql(), q.lastError()));
    QString error;
    if (!AuditLog(m_session.sql(), m_session.actor(), m_session.clock())
             .record(AuditLog::Action::Delete, QStringLiteral("cases"), caseId, toJson(*old), {}, &error)
        || !transaction.commit())
        return failure(transaction, error);
    return {};
}

WriteResult CaseRepository::addEvent(qint64 caseId, CaseEvent *event)
{
    event->id = 0;
    event->note = TextFolding::clean(event->note);
    if (const auto problem = noteResult({*event}))
        return *problem;
    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return failure(transaction, {});
    const auto before = ledger(caseId);
    if (!before)
        return WriteResult::failure(tr("The case no longer exists."));
    if (const QString refusal = unitRefusal(caseId); !refusal.isEmpty())
        return WriteResult::failure(refusal);
    if (const auto closed = ClosedBooksRule(m_session.sql()).events(find(caseId)->unitId, {*event}, before->events()))
        return *closed;
    const CaseLedger after = before->with(*event);
    if (const auto breach = after.check(m_session.clock().today()))
        return breachResult(*breach);

    Writer writer(m_session);
    QString error;
    if (!writer.storeEvents(caseId, after, &error) || !transaction.commit())
        return failure(transaction, error);
    *event = writer.stored().last();
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

WriteResult CaseRepository::createMany(QList<CaseRecord> records, QList<EventBatch> additions,
                                       const std::function<bool(int, int)> &progress)
{
    const QDate today = m_session.clock().today();
    // The rules of each case's own fields and log need no database: checked first.
    for (CaseRecord &record : records) {
        EnforcementCase &c = record.enforcementCase;
        CaseValidator::clean(&c);
        if (const FieldProblems problems = CaseValidator::validate(c, today); !problems.isEmpty())
            return {problems, {}};
        for (CaseEvent &e : record.events)
            e.note = TextFolding::clean(e.note);
        if (const auto problem = noteResult(record.events))
            return *problem;
        if (const auto breach = CaseLedger(c.acceptedDate(), c.amountDue, record.events).check(today))
            return breachResult(*breach);
    }
    // Several batches for one stored case are one log: join them first.
    QList<EventBatch> joined;
    for (EventBatch &batch : additions) {
        for (CaseEvent &e : batch.events)
            e.note = TextFolding::clean(e.note);
        if (const auto problem = noteResult(batch.events))
            return *problem;
        auto same = std::find_if(joined.begin(), joined.end(),
                                 [&batch](const EventBatch &b) { return b.caseId == batch.caseId; });
        if (same == joined.end())
            joined << batch;
        else
            same->events += batch.events;
    }

    TransactionGuard transaction(m_session.sql());
    if (!transaction.isActive())
        return failure(transaction, {});
    for (const CaseRecord &record : std::as_const(records)) {
        if (const QString refusal = AccessCheck(m_session).unitRefusal(record.enforcementCase.unitId);
            !refusal.isEmpty())
            return WriteResult::failure(refusal);
    }
    for (const EventBatch &batch : std::as_const(joined)) {
        if (const QString refusal = unitRefusal(batch.caseId); !refusal.isEmpty())
            return WriteResult::failure(refusal);
    }
    const ClosedBooksRule books(m_session.sql());
    QSet<std::pair<qint64, QString>> decisions;
    for (const CaseRecord &record : records) {
        const EnforcementCase &c = record.enforcementCase;
        if (auto closed = books.accepted(c.unitId, c.decisionDate); closed || (closed = books.events(c.unitId, record.events)))
            return *closed;
        FieldProblems problems = storedRules(m_session.sql(), c);
        const std::pair<qint64, QString> decision{c.unitId, TextFolding::identityKey(c.decisionNo)};
        if (decisions.contains(decision))
            problems << FieldProblem{CaseFields::key(CaseField::DecisionNo),
                                     tr("%1: %2 appears twice for the same unit.")
                                         .arg(CaseFields::label(CaseField::DecisionNo), c.decisionNo)};
        decisions.insert(decision);
        if (!problems.isEmpty())
            return {problems, {}};
    }
    QList<CaseLedger> extended;
    for (const EventBatch &batch : std::as_const(joined)) {
        auto ledger = this->ledger(batch.caseId);
        if (!ledger)
            return WriteResult::failure(tr("The case no longer exists."));
        if (const auto closed = books.events(find(batch.caseId)->unitId, batch.events, ledger->events()))
            return *closed;
        for (const CaseEvent &e : batch.events)
            ledger = ledger->with(e);
        if (const auto breach = ledger->check(today))
            return breachResult(*breach);
        extended << *ledger;
    }
    Writer writer(m_session);
    QString error;
    const int total = int(records.size() + joined.size());
    int done = 0;
    // The guard rolls everything back when the progress handler says stop.
    const auto goOn = [&] { return !progress || progress(++done, total); };
    const auto cancelled = [] { return WriteResult::cancellation(tr("Cancelled; nothing was written.")); };
    if (progress && !progress(0, total))
        return cancelled();
    for (const CaseRecord &record : records) {
        EnforcementCase c = record.enforcementCase;
        c.id = 0;
        const CaseLedger ledger(c.acceptedDate(), c.amountDue, record.events);
        if (!writer.insertCase(&c, ledger, &error) || !writer.storeEvents(c.id, ledger, &error))
            return WriteResult::failure(error);
        if (!goOn())
            return cancelled();
    }
    for (int k = 0; k < joined.size(); ++k) {
        if (!writer.storeEvents(joined.at(k).caseId, extended.at(k), &error))
            return WriteResult::failure(error);
        if (!goOn())
            return cancelled();
    }
    if (!transaction.commit())
        return failure(transaction, {});
    return {};
}
