// CaseRepository: every write validates (fields, then the lifecycle rules over
// the replayed log), stores all or nothing, keeps the cached state and the
// replay order (seq) current, and leaves audit rows naming the actor.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"
#include "TransactionGuard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace CaseFixtures;

Q_DECLARE_METATYPE(CaseEventList)
Q_DECLARE_METATYPE(CaseEvent)
Q_DECLARE_METATYPE(LifecycleRule)

namespace {
QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

qint64 scalar(TestDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.database().sql());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 auditCount(TestDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
}

qint64 lastAuditId(TestDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT IFNULL(MAX(id), 0) FROM audit_log"));
}

struct AuditRow
{
    QString at, actor, action, entity;
    qint64 entityId = 0;
    QVariant oldValues, newValues; // JSON text or NULL
    QJsonObject oldJson() const { return QJsonDocument::fromJson(oldValues.toString().toUtf8()).object(); }
    QJsonObject newJson() const { return QJsonDocument::fromJson(newValues.toString().toUtf8()).object(); }
};

QList<AuditRow> auditSince(TestDatabase &db, qint64 afterId)
{
    QList<AuditRow> rows;
    QSqlQuery q(db.database().sql());
    q.prepare(QStringLiteral("SELECT at, actor, action, entity, entity_id, old_values, new_values FROM audit_log "
                             "WHERE id > ? ORDER BY id"));
    q.addBindValue(afterId);
    if (q.exec()) {
        while (q.next())
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toLongLong(), q.value(5), q.value(6)});
    }
    return rows;
}

QString expectedStamp()
{
    return QDateTime(QDate(2026, 11, 25), QTime(9, 0)).toUTC().toString(Qt::ISODate);
}

// The case list's cached columns.
struct Cached
{
    QString state;
    qint64 paid = -1;
    qint64 remaining = -1;
    QString closed; // empty when NULL
    bool operator==(const Cached &) const = default;
};

Cached cached(TestDatabase &db, qint64 caseId)
{
    QSqlQuery q(db.database().sql());
    q.prepare(QStringLiteral("SELECT state, amount_paid, amount_remaining, closed_date FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString()};
}

// seq of each event of the case, in the order recorded.
QList<int> seqs(TestDatabase &db, qint64 caseId)
{
    QList<int> result;
    QSqlQuery q(db.database().sql());
    q.prepare(QStringLiteral("SELECT seq FROM case_events WHERE case_id = ? ORDER BY id"));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            result << q.value(0).toInt();
    }
    return result;
}

QStringList fields(const WriteResult &result)
{
    QStringList keys;
    for (const FieldProblem &p : result.problems)
        keys << p.field;
    return keys;
}

CaseEvent ev(EventType type, QDate date, qint64 amount = 0, const QString &note = {})
{
    return CaseFixtures::event(type, date, amount, note);
}

EnforcementCase validCase(TestDatabase &db, const QString &no = QStringLiteral("15/QĐ-CCTHADS"))
{
    return makeCase(db.unitId(QStringLiteral("MSO")), no, d(2021, 1, 10), 5'000'000);
}
} // namespace

class tst_CaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void createStoresTrimmedFieldsAndAudits();
    void createRefusesInvalidCases_data();
    void createRefusesInvalidCases();
    void decisionNumberIsUniquePerUnit();
    void updateChangesFieldsAndAudits();
    void updateRechecksTheEventLog_data();
    void updateRechecksTheEventLog();
    void removeOnlyACaseWithoutEvents();
    void addEventRefusesLifecycleBreaches_data();
    void addEventRefusesLifecycleBreaches();
    void addEventKeepsCacheAndSeqCurrent();
    void correctionVoidsAnEvent();
    void correctionIsRefusedWhenInvalid();
    void createManyIsAllOrNothing();
    void createManyAppendsToStoredCases();
    void createManyCorrectionVoidsItsTarget();
    void createManyTwoBatchesForOneCase();
    void decisionNumbersThatLookTheSameAreOne();
    void controlCharactersAndLongTextAreRefused();
    void aWriteWaitsForAnotherWriterThenRefuses();

private:
    void verifyCacheMatchesLedger(TestDatabase &db, qint64 caseId);
};

void tst_CaseRepository::verifyCacheMatchesLedger(TestDatabase &db, qint64 caseId)
{
    const auto ledger = CaseRepository(db.session()).ledger(caseId);
    QVERIFY(ledger);
    const CaseStatus status = ledger->current();
    const Cached c = cached(db, caseId);
    QCOMPARE(c.state, CaseStates::key(status.state()));
    QCOMPARE(c.paid, status.paid);
    QCOMPARE(c.remaining, status.remaining());
    QCOMPARE(c.closed, status.terminal ? status.terminalDate.toString(Qt::ISODate) : QString());
    QCOMPARE(seqs(db, caseId), ledger->replayPositions());
}

void tst_CaseRepository::createStoresTrimmedFieldsAndAudits()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db, QStringLiteral("  15/QĐ-CCTHADS  "));
    c.obligorName = QStringLiteral("  Cầm Thị Lan ");
    c.obligorIdNumber = QStringLiteral("050180001234");
    c.kind = CaseKind::HonNhanGiaDinh;
    c.mode = EnforcementMode::ChuDong;
    const qint64 before = lastAuditId(db);
    const WriteResult result = repository.create(&c);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(c.id > 0);
    QCOMPARE(repository.count(), qint64(1));

    const auto stored = repository.find(c.id);
    QVERIFY(stored);
    QCOMPARE(stored->decisionNo, QStringLiteral("15/QĐ-CCTHADS"));
    QCOMPARE(stored->obligorName, QStringLiteral("Cầm Thị Lan"));
    QCOMPARE(stored->decisionDate, d(2021, 1, 10));
    QCOMPARE(stored->judgmentDate, d(2020, 12, 11));
    QCOMPARE(stored->kind, CaseKind::HonNhanGiaDinh);
    QCOMPARE(stored->mode, EnforcementMode::ChuDong);
    QCOMPARE(stored->amountDue, qint64(5'000'000));
    QCOMPARE(stored->obligorIdNumber, QStringLiteral("050180001234"));
    QVERIFY(repository.findByDecision(c.unitId, QStringLiteral("15/QĐ-CCTHADS")));
    QVERIFY(repository.findByDecision(c.unitId, QStringLiteral(" 15/QĐ-CCTHADS ")));
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("in_progress"), 0, 5'000'000, QString()}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases WHERE created_by = 'tester' AND updated_by = 'tester'")),
             qint64(1));

    const QList<AuditRow> audit = auditSince(db, before);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).actor, QStringLiteral("tester"));
    QCOMPARE(audit.at(0).at, expectedStamp());
    QCOMPARE(audit.at(0).action, QStringLiteral("insert"));
    QCOMPARE(audit.at(0).entity, QStringLiteral("cases"));
    QCOMPARE(audit.at(0).entityId, c.id);
    QVERIFY(audit.at(0).oldValues.isNull());
    const QJsonObject json = audit.at(0).newJson();
    QCOMPARE(json.value(QStringLiteral("decision_no")).toString(), QStringLiteral("15/QĐ-CCTHADS"));
    QCOMPARE(json.value(QStringLiteral("decision_date")).toString(), QStringLiteral("2021-01-10"));
    QCOMPARE(json.value(QStringLiteral("amount_due")).toInteger(), qint64(5'000'000));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("hon_nhan_gia_dinh"));
    QCOMPARE(json.value(QStringLiteral("unit_id")).toInteger(), c.unitId);
    // The insert's row holds the derived columns too, as the new case starts.
    QJsonObject expected = CaseRepository::toJson(*stored);
    expected.insert(QStringLiteral("state"), QStringLiteral("in_progress"));
    expected.insert(QStringLiteral("amount_paid"), 0);
    expected.insert(QStringLiteral("amount_remaining"), 5'000'000);
    expected.insert(QStringLiteral("closed_date"), QJsonValue());
    QCOMPARE(json, expected);
}

void tst_CaseRepository::createRefusesInvalidCases_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *what, const char *field) {
        QTest::newRow(what) << QString::fromLatin1(what) << QString::fromLatin1(field);
    };
    row("no decision number", "decision_no");
    row("blank decision number", "decision_no");
    row("no decision date", "decision_date");
    row("decision date after today", "decision_date");
    row("decision before the judgment", "decision_date");
    row("no judgment number", "judgment_no");
    row("no judgment date", "judgment_date");
    row("judgment date after today", "judgment_date");
    row("no court", "court");
    row("no executor", "executor");
    row("no obligor", "obligor");
    row("no obligee", "obligee");
    row("no unit", "unit");
    row("unknown unit", "unit");
    row("negative amount", "amount_due");
    row("amount beyond reason", "amount_due");
    row("nothing due and no obligation", "obligation");
    row("address too long", "obligor_address");
    row("decision number taken in the unit", "decision_no");
}

void tst_CaseRepository::createRefusesInvalidCases()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    CaseRepository repository(db.session());
    EnforcementCase existing = validCase(db, QStringLiteral("TAKEN/2021"));
    QVERIFY(repository.create(&existing).ok());
    const qint64 casesBefore = repository.count();
    const qint64 auditBefore = auditCount(db);

    EnforcementCase c = validCase(db);
    const QDate today = db.session().clock().today();
    QCOMPARE(today, d(2026, 11, 25));
    if (what == QLatin1String("no decision number"))
        c.decisionNo.clear();
    else if (what == QLatin1String("blank decision number"))
        c.decisionNo = QStringLiteral("   ");
    else if (what == QLatin1String("no decision date"))
        c.decisionDate = QDate();
    else if (what == QLatin1String("decision date after today"))
        c.decisionDate = today.addDays(1);
    else if (what == QLatin1String("decision before the judgment"))
        c.decisionDate = c.judgmentDate.addDays(-1);
    else if (what == QLatin1String("no judgment number"))
        c.judgmentNo.clear();
    else if (what == QLatin1String("no judgment date"))
        c.judgmentDate = QDate();
    else if (what == QLatin1String("judgment date after today"))
        c.judgmentDate = today.addDays(1);
    else if (what == QLatin1String("no court"))
        c.court = QStringLiteral(" ");
    else if (what == QLatin1String("no executor"))
        c.executor.clear();
    else if (what == QLatin1String("no obligor"))
        c.obligorName.clear();
    else if (what == QLatin1String("no obligee"))
        c.obligeeName.clear();
    else if (what == QLatin1String("no unit"))
        c.unitId = 0;
    else if (what == QLatin1String("unknown unit"))
        c.unitId = 9999;
    else if (what == QLatin1String("negative amount"))
        c.amountDue = -1;
    else if (what == QLatin1String("amount beyond reason"))
        c.amountDue = 1'000'000'000'000'001;
    else if (what == QLatin1String("nothing due and no obligation"))
        c.amountDue = 0, c.obligation.clear();
    else if (what == QLatin1String("address too long"))
        c.obligorAddress = QString(501, QLatin1Char('x'));
    else if (what == QLatin1String("decision number taken in the unit"))
        c.decisionNo = QStringLiteral(" TAKEN/2021");
    else
        QFAIL("unknown row");

    const WriteResult result = repository.create(&c);
    QVERIFY(!result.ok());
    QVERIFY2(fields(result).contains(field), qPrintable(fields(result).join(QLatin1Char(','))));
    for (const FieldProblem &p : result.problems)
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.field));
    QVERIFY(result.error.isEmpty()); // a refusal, not a database failure
    QVERIFY(!result.message().isEmpty());
    QCOMPARE(c.id, qint64(0));
    QCOMPARE(repository.count(), casesBefore);
    QCOMPARE(auditCount(db), auditBefore);
}

void tst_CaseRepository::decisionNumberIsUniquePerUnit()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase mso = validCase(db, QStringLiteral("01/QĐ-CCTHADS"));
    QVERIFY(repository.create(&mso).ok());
    EnforcementCase again = validCase(db, QStringLiteral("01/QĐ-CCTHADS"));
    const WriteResult refused = repository.create(&again);
    QCOMPARE(fields(refused), QStringList{QStringLiteral("decision_no")});
    EnforcementCase tpsl = validCase(db, QStringLiteral("01/QĐ-CCTHADS"));
    tpsl.unitId = db.unitId(QStringLiteral("TPSL"));
    const WriteResult allowed = repository.create(&tpsl);
    QVERIFY2(allowed.ok(), qPrintable(allowed.message()));
    QCOMPARE(repository.count(), qint64(2));
    // Moving the TPSL case into MSO would duplicate the number there.
    tpsl.unitId = mso.unitId;
    QCOMPARE(fields(repository.update(tpsl)), QStringList{QStringLiteral("decision_no")});
    QCOMPARE(repository.find(tpsl.id)->unitId, db.unitId(QStringLiteral("TPSL")));
    // A case keeps its own number when updated.
    mso.executor = QStringLiteral("Hà Văn Minh");
    QVERIFY(repository.update(mso).ok());
}

void tst_CaseRepository::updateChangesFieldsAndAudits()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db);
    QVERIFY(repository.create(&c).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 2, 1), 1'000'000);
    QVERIFY(repository.addEvent(c.id, &payment).ok());
    QCOMPARE(cached(db, c.id).remaining, qint64(4'000'000));

    const qint64 before = lastAuditId(db);
    EnforcementCase changed = c;
    changed.executor = QStringLiteral("Hà Văn Minh");
    changed.amountDue = 6'000'000;
    changed.decisionDate = d(2021, 1, 20);
    const WriteResult result = repository.update(changed);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    const auto stored = repository.find(c.id);
    QCOMPARE(stored->executor, QStringLiteral("Hà Văn Minh"));
    QCOMPARE(stored->amountDue, qint64(6'000'000));
    QCOMPARE(stored->decisionDate, d(2021, 1, 20));
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("in_progress"), 1'000'000, 5'000'000, QString()}));
    verifyCacheMatchesLedger(db, c.id);

    // The edit's row, then the row of the derived column it changed (what remains).
    const QList<AuditRow> audit = auditSince(db, before);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(1).action, QStringLiteral("update"));
    QCOMPARE(audit.at(1).entity, QStringLiteral("cases"));
    QCOMPARE(audit.at(1).oldJson(), (QJsonObject{{QStringLiteral("amount_remaining"), 4'000'000}}));
    QCOMPARE(audit.at(1).newJson(), (QJsonObject{{QStringLiteral("amount_remaining"), 5'000'000}}));
    QCOMPARE(audit.at(0).actor, QStringLiteral("tester"));
    QCOMPARE(audit.at(0).action, QStringLiteral("update"));
    QCOMPARE(audit.at(0).entity, QStringLiteral("cases"));
    QCOMPARE(audit.at(0).entityId, c.id);
    QCOMPARE(audit.at(0).oldJson().value(QStringLiteral("amount_due")).toInteger(), qint64(5'000'000));
    QCOMPARE(audit.at(0).newJson().value(QStringLiteral("amount_due")).toInteger(), qint64(6'000'000));
    QCOMPARE(audit.at(0).oldJson().value(QStringLiteral("executor")).toString(), QStringLiteral("Lò Văn Hùng"));
    QCOMPARE(audit.at(0).newJson().value(QStringLiteral("executor")).toString(), QStringLiteral("Hà Văn Minh"));
    QCOMPARE(audit.at(0).newJson().value(QStringLiteral("decision_date")).toString(), QStringLiteral("2021-01-20"));

    EnforcementCase gone = changed;
    gone.id = 999999;
    QVERIFY(!repository.update(gone).ok());
}

void tst_CaseRepository::updateRechecksTheEventLog_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("acceptance moved after an event") << QStringLiteral("late acceptance") << QStringLiteral("event");
    QTest::newRow("amount below what is paid") << QStringLiteral("low amount") << QStringLiteral("event");
    QTest::newRow("amount below paid and reduced") << QStringLiteral("low amount reduced") << QStringLiteral("event");
    QTest::newRow("a field breaks its own rule") << QStringLiteral("no court") << QStringLiteral("court");
}

void tst_CaseRepository::updateRechecksTheEventLog()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db); // accepted 10/01/2021, 5M due
    QVERIFY(repository.create(&c).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 2, 1), 3'000'000);
    CaseEvent reduction = ev(EventType::Reduction, d(2021, 2, 5), 1'000'000);
    QVERIFY(repository.addEvent(c.id, &payment).ok());
    QVERIFY(repository.addEvent(c.id, &reduction).ok());
    const Cached cacheBefore = cached(db, c.id);
    const qint64 auditBefore = auditCount(db);

    EnforcementCase changed = c;
    if (what == QLatin1String("late acceptance"))
        changed.decisionDate = d(2021, 2, 3); // after the payment of 01/02
    else if (what == QLatin1String("low amount"))
        changed.amountDue = 2'999'999; // 3M is paid
    else if (what == QLatin1String("low amount reduced"))
        changed.amountDue = 3'999'999; // 3M paid + 1M reduced
    else if (what == QLatin1String("no court"))
        changed.court.clear();
    const WriteResult result = repository.update(changed);
    QVERIFY(!result.ok());
    QCOMPARE(fields(result), QStringList{field});
    const auto stored = repository.find(c.id);
    QCOMPARE(stored->decisionDate, c.decisionDate);
    QCOMPARE(stored->amountDue, c.amountDue);
    QCOMPARE(stored->court, c.court);
    QCOMPARE(cached(db, c.id), cacheBefore);
    QCOMPARE(auditCount(db), auditBefore);

    // The exact limits are accepted: acceptance on the day of the first event,
    // an amount equal to what is settled.
    changed = c;
    changed.decisionDate = d(2021, 2, 1);
    changed.amountDue = 4'000'000;
    const WriteResult limit = repository.update(changed);
    QVERIFY2(limit.ok(), qPrintable(limit.message()));
    QCOMPARE(cached(db, c.id).remaining, qint64(0));
}

void tst_CaseRepository::removeOnlyACaseWithoutEvents()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase withEvents = validCase(db, QStringLiteral("A/1"));
    EnforcementCase plain = validCase(db, QStringLiteral("A/2"));
    QVERIFY(repository.create(&withEvents).ok());
    QVERIFY(repository.create(&plain).ok());
    CaseEvent verified = ev(EventType::VerifiedAble, d(2021, 2, 1));
    QVERIFY(repository.addEvent(withEvents.id, &verified).ok());

    qint64 auditBefore = auditCount(db);
    const WriteResult refused = repository.remove(withEvents.id);
    QVERIFY(!refused.ok());
    QCOMPARE(fields(refused), QStringList{QStringLiteral("case")});
    QVERIFY(refused.message().contains(QStringLiteral("A/1")));
    QCOMPARE(repository.count(), qint64(2));
    QCOMPARE(repository.events(withEvents.id).size(), 1);
    QCOMPARE(auditCount(db), auditBefore);

    const qint64 before = lastAuditId(db);
    const WriteResult removed = repository.remove(plain.id);
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    QCOMPARE(repository.count(), qint64(1));
    QVERIFY(!repository.find(plain.id));
    const QList<AuditRow> audit = auditSince(db, before);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).actor, QStringLiteral("tester"));
    QCOMPARE(audit.at(0).action, QStringLiteral("delete"));
    QCOMPARE(audit.at(0).entity, QStringLiteral("cases"));
    QCOMPARE(audit.at(0).entityId, plain.id);
    QCOMPARE(audit.at(0).oldJson().value(QStringLiteral("decision_no")).toString(), QStringLiteral("A/2"));
    QVERIFY(audit.at(0).newValues.isNull());

    auditBefore = auditCount(db);
    QVERIFY(!repository.remove(plain.id).ok()); // already gone
    QCOMPARE(auditCount(db), auditBefore);
}

// Each row: the log already stored (accepted 10/01/2021, 5M due), the event
// then added, and the rule the refusal must quote. `corrects` names the stored
// event (by index) a correction voids; -1 for none, 99 for an id of no event.
void tst_CaseRepository::addEventRefusesLifecycleBreaches_data()
{
    QTest::addColumn<CaseEventList>("stored");
    QTest::addColumn<CaseEvent>("next");
    QTest::addColumn<int>("corrects");
    QTest::addColumn<LifecycleRule>("rule");
    using T = EventType;
    using R = LifecycleRule;
    QTest::newRow("before acceptance") << CaseEventList{} << ev(T::Payment, d(2021, 1, 9), 1) << -1
                                       << R::NotBeforeAcceptance;
    QTest::newRow("after today") << CaseEventList{} << ev(T::VerifiedAble, d(2026, 11, 26)) << -1
                                 << R::NotInFuture;
    QTest::newRow("payment of 0") << CaseEventList{} << ev(T::Payment, d(2021, 2, 1), 0) << -1
                                  << R::AmountPositive;
    QTest::newRow("negative reduction") << CaseEventList{} << ev(T::Reduction, d(2021, 2, 1), -5) << -1
                                        << R::AmountPositive;
    QTest::newRow("payment beyond remaining")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 4'000'000)} << ev(T::Payment, d(2021, 3, 1), 1'000'001)
        << -1 << R::AmountWithinRemaining;
    QTest::newRow("reduction beyond remaining") << CaseEventList{} << ev(T::Reduction, d(2021, 2, 1), 5'000'001)
                                                << -1 << R::AmountWithinRemaining;
    QTest::newRow("amount on a hold") << CaseEventList{} << ev(T::Postponed, d(2021, 2, 1), 100) << -1
                                      << R::AmountOnlyOnMoneyEvents;
    QTest::newRow("completed with money due")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 4'999'999)} << ev(T::Completed, d(2021, 3, 1)) << -1
        << R::CompletedWhenNothingDue;
    QTest::newRow("hold while on hold") << CaseEventList{ev(T::Postponed, d(2021, 2, 1))}
                                        << ev(T::Suspended, d(2021, 3, 1)) << -1 << R::HoldWhenNotOnHold;
    QTest::newRow("resumed when not on hold") << CaseEventList{ev(T::VerifiedAble, d(2021, 2, 1))}
                                              << ev(T::Resumed, d(2021, 3, 1)) << -1 << R::ResumeWhenOnHold;
    QTest::newRow("payment after termination") << CaseEventList{ev(T::Terminated, d(2021, 3, 1))}
                                               << ev(T::Payment, d(2021, 4, 1), 1'000) << -1
                                               << R::NothingAfterTerminal;
    QTest::newRow("hold after completion")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 5'000'000), ev(T::Completed, d(2021, 2, 2))}
        << ev(T::Postponed, d(2021, 2, 2)) << -1 << R::NothingAfterTerminal;
    // Back-dated: the new event itself is fine, the replayed log is not.
    QTest::newRow("back-dated payment under a completed case")
        << CaseEventList{ev(T::Payment, d(2021, 3, 1), 5'000'000), ev(T::Completed, d(2021, 3, 5))}
        << ev(T::Payment, d(2021, 2, 1), 1'000'000) << -1 << R::AmountWithinRemaining;
    QTest::newRow("back-dated hold inside a hold")
        << CaseEventList{ev(T::Postponed, d(2021, 2, 1)), ev(T::Resumed, d(2021, 3, 1))}
        << ev(T::Suspended, d(2021, 2, 15)) << -1 << R::HoldWhenNotOnHold;
    QTest::newRow("back-dated termination before a payment")
        << CaseEventList{ev(T::Payment, d(2021, 3, 1), 1'000'000)} << ev(T::Terminated, d(2021, 2, 1)) << -1
        << R::NothingAfterTerminal;
    QTest::newRow("correction without reason")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 1'000'000)} << ev(T::Correction, d(2021, 3, 1)) << 0
        << R::CorrectionReason;
    QTest::newRow("correction of no event")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 1'000'000)}
        << ev(T::Correction, d(2021, 3, 1), 0, QStringLiteral("nhầm")) << 99 << R::CorrectionTarget;
    QTest::newRow("correction dated before its event")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 1'000'000)}
        << ev(T::Correction, d(2021, 1, 31), 0, QStringLiteral("nhầm")) << 0 << R::CorrectionNotBeforeEvent;
    QTest::newRow("correction with an amount")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 1'000'000)}
        << ev(T::Correction, d(2021, 3, 1), 1'000'000, QStringLiteral("nhầm")) << 0
        << R::AmountOnlyOnMoneyEvents;
    QTest::newRow("voiding a payment under a completion")
        << CaseEventList{ev(T::Payment, d(2021, 2, 1), 5'000'000), ev(T::Completed, d(2021, 2, 2))}
        << ev(T::Correction, d(2021, 3, 1), 0, QStringLiteral("nhầm")) << 0 << R::CompletedWhenNothingDue;
}

void tst_CaseRepository::addEventRefusesLifecycleBreaches()
{
    QFETCH(CaseEventList, stored);
    QFETCH(CaseEvent, next);
    QFETCH(int, corrects);
    QFETCH(LifecycleRule, rule);
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db);
    QVERIFY(repository.create(&c).ok());
    QList<qint64> ids;
    for (CaseEvent e : stored) {
        const WriteResult added = repository.addEvent(c.id, &e);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        ids << e.id;
    }
    if (corrects >= 0)
        next.correctsEventId = corrects < ids.size() ? ids.at(corrects) : 999999;
    const Cached cacheBefore = cached(db, c.id);
    const QList<int> seqBefore = seqs(db, c.id);
    const qint64 auditBefore = auditCount(db);
    const qint64 eventsBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events"));

    const WriteResult result = repository.addEvent(c.id, &next);
    QVERIFY(!result.ok());
    QCOMPARE(fields(result), QStringList{QStringLiteral("event")});
    QVERIFY2(result.message().contains(LifecycleRules::name(rule)), qPrintable(result.message()));
    QCOMPARE(next.id, qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")), eventsBefore);
    QCOMPARE(cached(db, c.id), cacheBefore);
    QCOMPARE(seqs(db, c.id), seqBefore);
    QCOMPARE(auditCount(db), auditBefore);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE voided_by IS NOT NULL")), qint64(0));

    CaseEvent orphan = ev(EventType::VerifiedAble, d(2021, 2, 1));
    QVERIFY(!repository.addEvent(999999, &orphan).ok()); // no such case
}

void tst_CaseRepository::addEventKeepsCacheAndSeqCurrent()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("S/1"), d(2021, 1, 10), 10'000'000);
    QVERIFY(repository.create(&c).ok());
    struct Step
    {
        CaseEvent event;
        Cached after;
        QList<int> seq; // in the order recorded
    };
    using T = EventType;
    const QList<Step> steps = {
        {ev(T::VerifiedAble, d(2021, 2, 1)), {QStringLiteral("in_progress"), 0, 10'000'000, {}}, {1}},
        {ev(T::Payment, d(2021, 3, 1), 3'000'000), {QStringLiteral("in_progress"), 3'000'000, 7'000'000, {}}, {1, 2}},
        {ev(T::Postponed, d(2021, 4, 1)), {QStringLiteral("postponed"), 3'000'000, 7'000'000, {}}, {1, 2, 3}},
        // Back-dated: it goes first in the replay, every later event moves one place.
        {ev(T::Payment, d(2021, 1, 20), 2'000'000), {QStringLiteral("postponed"), 5'000'000, 5'000'000, {}},
         {2, 3, 4, 1}},
        {ev(T::Resumed, d(2021, 5, 1)), {QStringLiteral("in_progress"), 5'000'000, 5'000'000, {}}, {2, 3, 4, 1, 5}},
        // Back-dated between the hold and the resumption: the latest verification is now "unable".
        {ev(T::VerifiedUnable, d(2021, 4, 15)), {QStringLiteral("without_conditions"), 5'000'000, 5'000'000, {}},
         {2, 3, 4, 1, 6, 5}},
        // Same date as the resumption, recorded later: replayed after it.
        {ev(T::Reduction, d(2021, 5, 1), 1'000'000),
         {QStringLiteral("without_conditions"), 5'000'000, 4'000'000, {}}, {2, 3, 4, 1, 6, 5, 7}},
        {ev(T::Payment, d(2021, 6, 1), 4'000'000), {QStringLiteral("without_conditions"), 9'000'000, 0, {}},
         {2, 3, 4, 1, 6, 5, 7, 8}},
        {ev(T::Completed, d(2021, 6, 2)), {QStringLiteral("completed"), 9'000'000, 0, QStringLiteral("2021-06-02")},
         {2, 3, 4, 1, 6, 5, 7, 8, 9}},
    };
    QList<int> previousSeq;
    Cached previousCache = cached(db, c.id);
    for (const Step &step : steps) {
        CaseEvent e = step.event;
        const qint64 before = lastAuditId(db);
        const WriteResult result = repository.addEvent(c.id, &e);
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QVERIFY(e.id > 0);
        QCOMPARE(e.recordedBy, QStringLiteral("tester"));
        QCOMPARE(e.recordedAt, QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
        QCOMPARE(cached(db, c.id), step.after);
        QCOMPARE(seqs(db, c.id), step.seq);
        verifyCacheMatchesLedger(db, c.id);
        if (QTest::currentTestFailed())
            return;

        // The event's insert, then one row per earlier event it moved in the
        // replay, then the case's derived columns it changed: nothing unaudited.
        const QList<AuditRow> audit = auditSince(db, before);
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.at(0).actor, QStringLiteral("tester"));
        QCOMPARE(audit.at(0).action, QStringLiteral("insert"));
        QCOMPARE(audit.at(0).entity, QStringLiteral("case_events"));
        QCOMPARE(audit.at(0).entityId, e.id);
        QVERIFY(audit.at(0).oldValues.isNull());
        const QJsonObject json = audit.at(0).newJson();
        QCOMPARE(json.value(QStringLiteral("case_id")).toInteger(), c.id);
        QCOMPARE(json.value(QStringLiteral("type")).toString(), EventTypes::key(e.type));
        QCOMPARE(json.value(QStringLiteral("date")).toString(), e.date.toString(Qt::ISODate));
        QCOMPARE(json.value(QStringLiteral("amount")).toInteger(), e.amount);
        QCOMPARE(json.value(QStringLiteral("seq")).toInt(), step.seq.last());
        int moved = 0;
        for (int i = 0; i + 1 < step.seq.size(); ++i)
            moved += step.seq.at(i) != previousSeq.value(i) ? 1 : 0;
        const bool cacheChanged = step.after != previousCache;
        QCOMPARE(audit.size(), 1 + moved + (cacheChanged ? 1 : 0));
        for (int k = 1; k <= moved; ++k) {
            QCOMPARE(audit.at(k).entity, QStringLiteral("case_events"));
            QVERIFY(audit.at(k).oldJson().contains(QStringLiteral("seq")));
        }
        if (cacheChanged) {
            const AuditRow &row = audit.last();
            QCOMPARE(row.entity, QStringLiteral("cases"));
            QCOMPARE(row.entityId, c.id);
            QCOMPARE(row.action, QStringLiteral("update"));
            const QJsonObject to = row.newJson();
            QCOMPARE(to.contains(QStringLiteral("state")), step.after.state != previousCache.state);
            QCOMPARE(to.contains(QStringLiteral("amount_paid")), step.after.paid != previousCache.paid);
            QCOMPARE(to.contains(QStringLiteral("amount_remaining")), step.after.remaining != previousCache.remaining);
            QCOMPARE(to.value(QStringLiteral("state")).toString(step.after.state), step.after.state);
            QCOMPARE(to.value(QStringLiteral("amount_paid")).toInteger(step.after.paid), step.after.paid);
            QCOMPARE(to.value(QStringLiteral("amount_remaining")).toInteger(step.after.remaining), step.after.remaining);
            QSqlQuery stampQuery(db.database().sql());
            QVERIFY(stampQuery.exec(QStringLiteral("SELECT updated_at FROM cases WHERE id = %1").arg(c.id)));
            QVERIFY(stampQuery.next());
            QCOMPARE(stampQuery.value(0).toString(), expectedStamp());
        }
        previousSeq = step.seq;
        previousCache = step.after;
    }
    const CaseEventList stored = repository.events(c.id);
    QCOMPARE(stored.size(), steps.size());
    QCOMPARE(stored.at(3).date, d(2021, 1, 20));
    QCOMPARE(stored.at(3).amount, qint64(2'000'000));
}

void tst_CaseRepository::correctionVoidsAnEvent()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db); // 5M due
    QVERIFY(repository.create(&c).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 2, 1), 2'000'000);
    CaseEvent postponed = ev(EventType::Postponed, d(2021, 3, 1));
    QVERIFY(repository.addEvent(c.id, &payment).ok());
    QVERIFY(repository.addEvent(c.id, &postponed).ok());
    QCOMPARE(cached(db, c.id).state, QStringLiteral("postponed"));
    const auto postponedIn2021 = [&db] {
        QString error;
        const auto table = StatisticsEngine(db.database().sql()).compute(StatisticalPeriod::year(2021), &error);
        return table ? table->province.figures.cases(StatColumn::Postponed) : -1;
    };
    QCOMPARE(postponedIn2021(), qint64(1));

    const qint64 before = lastAuditId(db);
    qint64 correctionId = 0;
    const WriteResult result =
        repository.correct(c.id, postponed.id, d(2021, 3, 2), QStringLiteral("nhập nhầm hồ sơ"), &correctionId);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QVERIFY(correctionId > 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT voided_by FROM case_events WHERE id = ?"), {postponed.id}), correctionId);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE voided_by IS NOT NULL")), qint64(1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT corrects_event_id FROM case_events WHERE id = ?"), {correctionId}),
             postponed.id);
    QCOMPARE(seqs(db, c.id), (QList<int>{1, 0, 0})); // voided and correction: out of the replay
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("in_progress"), 2'000'000, 3'000'000, QString()}));
    verifyCacheMatchesLedger(db, c.id);
    QCOMPARE(postponedIn2021(), qint64(0));
    QCOMPARE(repository.events(c.id).size(), 3); // history kept

    const QList<AuditRow> audit = auditSince(db, before);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.at(0).actor, QStringLiteral("tester"));
    QCOMPARE(audit.at(0).action, QStringLiteral("insert"));
    QCOMPARE(audit.at(0).entity, QStringLiteral("case_events"));
    QCOMPARE(audit.at(0).entityId, correctionId);
    QCOMPARE(audit.at(0).newJson().value(QStringLiteral("type")).toString(), QStringLiteral("correction"));
    QCOMPARE(audit.at(0).newJson().value(QStringLiteral("corrects_event_id")).toInteger(), postponed.id);
    QCOMPARE(audit.at(0).newJson().value(QStringLiteral("note")).toString(), QStringLiteral("nhập nhầm hồ sơ"));

    // Now the payment: the money comes back due.
    QVERIFY(repository.correct(c.id, payment.id, d(2021, 3, 2), QStringLiteral("sai số tiền")).ok());
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("in_progress"), 0, 5'000'000, QString()}));
    verifyCacheMatchesLedger(db, c.id);
    // With the hold voided, the case may be put on hold again.
    CaseEvent suspended = ev(EventType::Suspended, d(2021, 3, 10));
    QVERIFY(repository.addEvent(c.id, &suspended).ok());
    QCOMPARE(cached(db, c.id).state, QStringLiteral("suspended"));
    verifyCacheMatchesLedger(db, c.id);
}

void tst_CaseRepository::correctionIsRefusedWhenInvalid()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db, QStringLiteral("K/1"));
    EnforcementCase other = validCase(db, QStringLiteral("K/2"));
    QVERIFY(repository.create(&c).ok());
    QVERIFY(repository.create(&other).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 2, 1), 2'000'000);
    CaseEvent elsewhere = ev(EventType::VerifiedAble, d(2021, 2, 1));
    QVERIFY(repository.addEvent(c.id, &payment).ok());
    QVERIFY(repository.addEvent(other.id, &elsewhere).ok());

    const auto refused = [&](qint64 eventId, const QString &reason, LifecycleRule rule) {
        const qint64 auditBefore = auditCount(db);
        const qint64 eventsBefore = scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events"));
        qint64 correctionId = -1;
        const WriteResult result = repository.correct(c.id, eventId, d(2021, 3, 1), reason, &correctionId);
        return !result.ok() && fields(result) == QStringList{QStringLiteral("event")}
            && result.message().contains(LifecycleRules::name(rule)) && correctionId == -1
            && auditCount(db) == auditBefore
            && scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")) == eventsBefore
            && scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE voided_by IS NOT NULL"))
                   == scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE type = 'correction'"));
    };
    QVERIFY(refused(payment.id, QString(), LifecycleRule::CorrectionReason));
    QVERIFY(refused(payment.id, QStringLiteral("   "), LifecycleRule::CorrectionReason));
    QVERIFY(refused(elsewhere.id, QStringLiteral("nhầm"), LifecycleRule::CorrectionTarget)); // another case's event
    qint64 correctionId = 0;
    QVERIFY(repository.correct(c.id, payment.id, d(2021, 3, 1), QStringLiteral("nhầm"), &correctionId).ok());
    QVERIFY(refused(payment.id, QStringLiteral("lần nữa"), LifecycleRule::CorrectionTarget));    // voided once
    QVERIFY(refused(correctionId, QStringLiteral("hủy đính chính"), LifecycleRule::CorrectionTarget));
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("in_progress"), 0, 5'000'000, QString()}));
}

void tst_CaseRepository::createManyIsAllOrNothing()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    const CaseRecord good{makeCase(mso, QStringLiteral("M/1"), d(2021, 1, 10), 1'000'000),
                          {ev(EventType::Payment, d(2021, 2, 1), 1'000'000), ev(EventType::Completed, d(2021, 2, 2))}};
    CaseRecord badField{makeCase(mso, QStringLiteral("M/2"), d(2021, 1, 10), 1'000'000), {}};
    badField.enforcementCase.court.clear();
    const CaseRecord badLog{makeCase(mso, QStringLiteral("M/3"), d(2021, 1, 10), 1'000'000),
                            {ev(EventType::Completed, d(2021, 2, 2))}};
    const CaseRecord sameNumber{makeCase(mso, QStringLiteral("M/1"), d(2021, 1, 11), 2'000'000), {}};

    const qint64 auditBefore = auditCount(db);
    WriteResult result = repository.createMany({good, badField});
    QCOMPARE(fields(result), QStringList{QStringLiteral("court")});
    result = repository.createMany({good, badLog});
    QCOMPARE(fields(result), QStringList{QStringLiteral("event")});
    QVERIFY(result.message().contains(LifecycleRules::name(LifecycleRule::CompletedWhenNothingDue)));
    result = repository.createMany({good, sameNumber});
    QVERIFY(!result.ok());
    QCOMPARE(repository.count(), qint64(0));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")), qint64(0));
    QCOMPARE(auditCount(db), auditBefore);
    QCOMPARE(fields(result), QStringList{QStringLiteral("decision_no")});

    result = repository.createMany({good});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(repository.count(), qint64(1));
    const qint64 id = repository.findByDecision(mso, QStringLiteral("M/1"))->id;
    QCOMPARE(cached(db, id), (Cached{QStringLiteral("completed"), 1'000'000, 0, QStringLiteral("2021-02-02")}));
    verifyCacheMatchesLedger(db, id);
    // One audit row for the case, one per event, all by the session's actor.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'tester' AND action = 'insert' "
                                       "AND entity IN ('cases', 'case_events')")),
             qint64(3));
    // The stored case's number is now taken.
    result = repository.createMany({sameNumber});
    QCOMPARE(fields(result), QStringList{QStringLiteral("decision_no")});
}

void tst_CaseRepository::createManyAppendsToStoredCases()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db); // 5M due
    QVERIFY(repository.create(&c).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 3, 1), 1'000'000);
    QVERIFY(repository.addEvent(c.id, &payment).ok());

    // Refused as a whole when the appended log breaks a rule.
    WriteResult result = repository.createMany(
        {}, {EventBatch{c.id, {ev(EventType::Payment, d(2021, 2, 1), 4'500'000)}}}); // back-dated, 4M left
    QCOMPARE(fields(result), QStringList{QStringLiteral("event")});
    QCOMPARE(repository.events(c.id).size(), 1);

    result = repository.createMany(
        {}, {EventBatch{c.id, {ev(EventType::Payment, d(2021, 2, 1), 500'000), // back-dated: goes first
                               ev(EventType::Postponed, d(2021, 4, 1))}}});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(repository.events(c.id).size(), 3);
    QCOMPARE(seqs(db, c.id), (QList<int>{2, 1, 3}));
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("postponed"), 1'500'000, 3'500'000, QString()}));
    verifyCacheMatchesLedger(db, c.id);
}

// A correction appended through createMany must void its target as correct() does.
void tst_CaseRepository::createManyCorrectionVoidsItsTarget()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db); // 5M due, accepted 10/01/2021
    QVERIFY(repository.create(&c).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 2, 1), 2'000'000);
    QVERIFY(repository.addEvent(c.id, &payment).ok());
    CaseEvent correction = ev(EventType::Correction, d(2021, 3, 1), 0, QStringLiteral("nhập nhầm"));
    correction.correctsEventId = payment.id;
    const WriteResult result = repository.createMany({}, {EventBatch{c.id, {correction}}});
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(cached(db, c.id), (Cached{QStringLiteral("in_progress"), 0, 5'000'000, QString()}));
    QCOMPARE(seqs(db, c.id), (QList<int>{0, 0}));

    QString error;
    const auto table = StatisticsEngine(db.database().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(scalar(db, QStringLiteral("SELECT voided_by FROM case_events WHERE id = ?"), {payment.id}) > 0);
    QCOMPARE(table->province.figures.money(StatColumn::Completed), qint64(0));
    QCOMPARE(table->province.figures.money(StatColumn::InProgress), qint64(5'000'000));
}

// Two batches for one stored case in one call: the log they make together
// must be checked, not each batch against the stored log alone.
void tst_CaseRepository::createManyTwoBatchesForOneCase()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase c = validCase(db); // 5M due
    QVERIFY(repository.create(&c).ok());
    const WriteResult result =
        repository.createMany({}, {EventBatch{c.id, {ev(EventType::Payment, d(2021, 2, 1), 3'000'000)}},
                                   EventBatch{c.id, {ev(EventType::Payment, d(2021, 3, 1), 3'000'000)}}});
    QVERIFY(!result.ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT SUM(amount) FROM case_events WHERE case_id = ?"), {c.id}),
             qint64(0)); // nothing stored (SUM over no rows: NULL, read as 0)
    const auto ledger = repository.ledger(c.id);
    QVERIFY(!ledger->check(db.session().clock().today()));
}

void tst_CaseRepository::decisionNumbersThatLookTheSameAreOne()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase first = validCase(db, QStringLiteral("12/QĐ-CCTHADS"));
    QVERIFY(repository.create(&first).ok());
    const QString number = QStringLiteral("12/QĐ-CCTHADS");
    for (const QString &variant : {QStringLiteral("12/qđ-ccthads"), number.normalized(QString::NormalizationForm_D),
                                   number + QStringLiteral("\u200B"), QStringLiteral("\uFEFF") + number}) {
        EnforcementCase again = validCase(db, variant);
        const WriteResult result = repository.create(&again);
        QVERIFY2(!result.ok(), qPrintable(variant));
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().field, QStringLiteral("decision_no"));
        QVERIFY2(result.message().contains(QStringLiteral("already used")), qPrintable(result.message()));
    }
    QCOMPARE(repository.count(), qint64(1));
    QVERIFY(repository.findByDecision(first.unitId, QStringLiteral("12/qđ-ccthads")));
    // The case itself may keep its number through an edit.
    EnforcementCase edited = first;
    edited.decisionNo = QStringLiteral("12/qđ-ccthads");
    QVERIFY(repository.update(edited).ok());
}

void tst_CaseRepository::controlCharactersAndLongTextAreRefused()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase bell = validCase(db);
    bell.obligorName = QStringLiteral("Cầm\u0007 Thị Lan");
    WriteResult result = repository.create(&bell);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().field, QStringLiteral("obligor"));
    QVERIFY2(result.message().contains(QStringLiteral("U+0007")), qPrintable(result.message()));

    EnforcementCase longName = validCase(db);
    longName.obligorName = QString(201, QLatin1Char('a'));
    result = repository.create(&longName);
    QVERIFY(!result.ok());
    QVERIFY2(result.message().contains(QStringLiteral("at most 200")), qPrintable(result.message()));

    EnforcementCase c = validCase(db);
    QVERIFY(repository.create(&c).ok());
    CaseEvent note = ev(EventType::VerifiedAble, d(2021, 2, 1));
    note.note = QString(1001, QLatin1Char('x'));
    result = repository.addEvent(c.id, &note);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.first().field, QStringLiteral("note"));
    QVERIFY(repository.events(c.id).isEmpty());
}

// BEGIN IMMEDIATE: a second writer waits, is told so, and is then refused in
// the user's words with nothing written; once the lock is gone it writes.
void tst_CaseRepository::aWriteWaitsForAnotherWriterThenRefuses()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    qputenv("THADS_WRITE_WAIT", "1");
    int waited = 0;
    TransactionGuard::setWaitingHandler([&waited] { ++waited; });
    const QString name = QStringLiteral("other-writer");
    const qint64 auditBefore = lastAuditId(db);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        other.setDatabaseName(db.path());
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));

        EnforcementCase c = validCase(db);
        const WriteResult result = repository.create(&c);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("being written by another program")),
                 qPrintable(result.message()));
        QCOMPARE(waited, 1);
        QCOMPARE(repository.count(), qint64(0));
        QCOMPARE(lastAuditId(db), auditBefore);

        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QVERIFY(repository.create(&c).ok());
        QCOMPARE(repository.count(), qint64(1));
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    TransactionGuard::setWaitingHandler({});
    qunsetenv("THADS_WRITE_WAIT");
}

QTEST_GUILESS_MAIN(tst_CaseRepository)
#include "tst_caserepository.moc"
