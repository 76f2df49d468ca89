// The audit trail is append-only and its chain shows what was changed behind
// the triggers' back; the trail reads newest first, filtered, a page at a time.

#include "AuditLog.h"
#include "AuditTrail.h"
#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using CaseFixtures::makeCase;

class tst_AuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void noClientChangesOrDeletesARow();
    void theChainShowsTampering_data();
    void theChainShowsTampering();
    void pagesNewestFirstWithFilters();
    void bigAndSmallFiltersPageAlike_data();
    void bigAndSmallFiltersPageAlike();
    void checksTheChainInSteps();

private:
    // Two cases of Mai Sơn, one with two events: a few audit rows to look at.
    static qint64 fill(TestDatabase &db);
};

qint64 tst_AuditTrail::fill(TestDatabase &db)
{
    CaseRepository repository(db.session());
    EnforcementCase a = makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("1/QĐ"), QDate(2021, 1, 5), 5'000'000);
    EnforcementCase b = makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("2/QĐ"), QDate(2021, 1, 6), 1'000'000);
    if (!repository.create(&a).ok() || !repository.create(&b).ok())
        return 0;
    CaseEvent pay = CaseFixtures::event(EventType::Payment, QDate(2021, 2, 1), 1'000'000);
    CaseEvent able = CaseFixtures::event(EventType::VerifiedAble, QDate(2021, 2, 2));
    if (!repository.addEvent(a.id, &pay).ok() || !repository.addEvent(a.id, &able).ok())
        return 0;
    return a.id;
}

// From a plain SQLite connection, as the sqlite3 shell would: refused.
void tst_AuditTrail::noClientChangesOrDeletesARow()
{
    TestDatabase db;
    QVERIFY(fill(db));
    const QString name = QStringLiteral("plain");
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        plain.setDatabaseName(db.path());
        QVERIFY(plain.open());
        QSqlQuery q(plain);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET chain = NULL")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'someone else' OR chain IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        plain.close();
    }
    QSqlDatabase::removeDatabase(name);
    QString error;
    QCOMPARE(AuditTrail(db.database().sql()).firstBrokenLink(&error), std::nullopt);
    QVERIFY(error.isEmpty());
}

void tst_AuditTrail::theChainShowsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<bool>("broken");
    QTest::newRow("untouched") << QStringList{} << false;
    QTest::newRow("a row deleted") << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                                  QStringLiteral("DELETE FROM audit_log WHERE id = "
                                                                 "(SELECT MAX(id) - 1 FROM audit_log)")}
                                   << true;
    QTest::newRow("a value changed") << QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                                                    QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = "
                                                                   "(SELECT MIN(id) FROM audit_log WHERE entity = 'cases')")}
                                     << true;
    QTest::newRow("a row slipped in") << QStringList{QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) "
                                                                    "VALUES ('2021-01-01T00:00:00Z', 'x', 'insert', 'cases')")}
                                      << true;
}

void tst_AuditTrail::theChainShowsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(bool, broken);
    TestDatabase db;
    QVERIFY(fill(db));
    QSqlQuery q(db.database().sql());
    for (const QString &statement : statements)
        QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
    QString error;
    QCOMPARE(AuditTrail(db.database().sql()).firstBrokenLink(&error).has_value(), broken);
    QVERIFY(error.isEmpty());
}

void tst_AuditTrail::pagesNewestFirstWithFilters()
{
    TestDatabase db;
    const qint64 caseId = fill(db);
    QVERIFY(caseId);
    const AuditTrail trail(db.database().sql());
    QString error;
    const QList<AuditEntry> all = trail.page({}, 0, 1000, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(all.size() >= 6); // 13 units seeded, 2 cases, 2 events and their derived columns
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).id > all.at(i).id);

    // Keyset pages of 2 give the same rows.
    QList<AuditEntry> paged;
    for (qint64 before = 0;;) {
        const QList<AuditEntry> page = trail.page({}, before, 2, &error);
        paged += page;
        if (page.size() < 2)
            break;
        before = page.last().id;
    }
    QCOMPARE(paged.size(), all.size());

    AuditFilter ofCase;
    ofCase.caseId = caseId;
    const QList<AuditEntry> rows = trail.page(ofCase, 0, 1000, &error);
    QStringList seen;
    for (const AuditEntry &e : rows) {
        QCOMPARE(e.actor, QStringLiteral("tester"));
        seen << e.entity + QLatin1Char(' ') + e.action;
    }
    // Newest first: the verification (it changes no derived column), the
    // payment's derived columns, the payment, the case.
    QCOMPARE(seen, (QStringList{QStringLiteral("case_events insert"), QStringLiteral("cases update"),
                                QStringLiteral("case_events insert"), QStringLiteral("cases insert")}));

    AuditFilter events;
    events.entity = QStringLiteral("case_events");
    QCOMPARE(trail.page(events, 0, 1000, &error).size(), 2);
    AuditFilter someoneElse;
    someoneElse.actor = QStringLiteral("nobody");
    QVERIFY(trail.page(someoneElse, 0, 1000, &error).isEmpty());
    AuditFilter today;
    today.from = today.to = QDate(2026, 11, 25); // the test clock's day
    QCOMPARE(trail.page(today, 0, 1000, &error).size(), all.size() - 13); // not the units seeded at the real time
}

namespace {
// Ten minutes later at each write.
class StepClock : public Clock
{
public:
    QDateTime now() const override { return m_at = m_at.addSecs(600); }

private:
    mutable QDateTime m_at{QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())};
};

// 12,000 rows straight through AuditLog: tables and days with more rows than
// an index hands over to be sorted, and a table with few.
bool fillMany(TestDatabase &db)
{
    QSqlDatabase sql = db.database().sql();
    StepClock clock;
    QString error;
    if (!sql.transaction())
        return false;
    // Four blocks of writes, by a, b, a, b: a log carries on from the last row when it is made.
    for (int block = 0; block < 4; ++block) {
        AuditLog log(sql, Actor{block % 2 ? QStringLiteral("b") : QStringLiteral("a")}, clock);
        for (int i = block * 3000 + 1; i <= (block + 1) * 3000; ++i) {
            const QString entity = i % 997 == 0 ? QStringLiteral("targets")
                : i % 3 == 0                    ? QStringLiteral("cases")
                                                : QStringLiteral("case_events");
            if (!log.record(AuditLog::Action::Insert, entity, i, {}, {{QStringLiteral("n"), i}}, &error))
                return false;
        }
    }
    return sql.commit();
}
} // namespace

void tst_AuditTrail::bigAndSmallFiltersPageAlike_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("where"); // the same rows in plain SQL, but for the days
    QTest::newRow("a big table") << QString() << QStringLiteral("cases") << QDate() << QDate()
                                 << QStringLiteral("entity = 'cases'");
    QTest::newRow("a small table") << QString() << QStringLiteral("targets") << QDate() << QDate()
                                   << QStringLiteral("entity = 'targets'");
    QTest::newRow("many days") << QString() << QString() << QDate(2026, 1, 10) << QDate(2026, 3, 1)
                               << QStringLiteral("1");
    QTest::newRow("one day") << QString() << QString() << QDate(2026, 2, 3) << QDate(2026, 2, 3)
                             << QStringLiteral("1");
    QTest::newRow("up to a day") << QString() << QString() << QDate() << QDate(2026, 1, 20)
                                 << QStringLiteral("entity <> 'units'");
    QTest::newRow("a user and a table") << QStringLiteral("b") << QStringLiteral("case_events") << QDate() << QDate()
                                        << QStringLiteral("actor = 'b' AND entity = 'case_events'");
    QTest::newRow("a big table, some days") << QString() << QStringLiteral("case_events") << QDate(2026, 2, 1)
                                            << QDate(2026, 2, 28)
                                            << QStringLiteral("entity = 'case_events'");
}

// Whichever index drives (or none), the pages hold the filter's rows, newest first, each once.
void tst_AuditTrail::bigAndSmallFiltersPageAlike()
{
    QFETCH(QString, actor);
    QFETCH(QString, entity);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, where);
    TestDatabase db;
    QVERIFY(fillMany(db));
    // The days of the filter start in the user's time zone; the trail is in UTC.
    const auto utc = [](QDate day) {
        return QStringLiteral("'%1'").arg(day.startOfDay(QTimeZone::systemTimeZone()).toUTC().toString(Qt::ISODate));
    };
    if (from.isValid())
        where += QStringLiteral(" AND at >= ") + utc(from);
    if (to.isValid())
        where += QStringLiteral(" AND at < ") + utc(to.addDays(1));
    QSqlQuery q(db.database().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM audit_log WHERE %1 ORDER BY id DESC").arg(where)));
    QList<qint64> expected;
    while (q.next())
        expected << q.value(0).toLongLong();
    QVERIFY(!expected.isEmpty());

    AuditFilter filter;
    filter.actor = actor;
    filter.entity = entity;
    filter.from = from;
    filter.to = to;
    const AuditTrail trail(db.database().sql());
    QList<qint64> paged;
    QString error;
    for (qint64 before = 0;;) {
        const QList<AuditEntry> page = trail.page(filter, before, 700, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const AuditEntry &e : page)
            paged << e.id;
        if (page.size() < 700)
            break;
        before = page.last().id;
    }
    QCOMPARE(paged, expected);
}

void tst_AuditTrail::checksTheChainInSteps()
{
    TestDatabase db;
    QVERIFY(fillMany(db));
    const AuditTrail trail(db.database().sql());
    QString error;
    AuditChainCheck check;
    int steps = 0;
    while (!check.done && steps < 100) {
        QVERIFY(trail.checkChain(&check, 5000, &error));
        ++steps;
    }
    QCOMPARE(steps, 3); // 12,013 rows: two full steps and the rest
    QCOMPARE(check.checked, trail.lastId(&error));
    QCOMPARE(check.broken, std::nullopt);
    QSqlQuery q(db.database().sql());
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET new_values = '{\"n\":0}' WHERE id = 7001")));
    check = {};
    while (!check.done)
        QVERIFY(trail.checkChain(&check, 5000, &error));
    QCOMPARE(check.broken, std::optional<qint64>(7001));
    QCOMPARE(trail.firstBrokenLink(&error), std::optional<qint64>(7001));
}

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
