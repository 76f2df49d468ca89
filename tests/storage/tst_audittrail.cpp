// The audit trail is append-only and its chain shows what was changed behind
// the triggers' back; the trail reads newest first, filtered, a page at a time.

#include "AuditTrail.h"
#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using CaseFixtures::makeCase;

class tst_AuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void noClientChangesOrDeletesARow();
    void theChainShowsTampering_data();
    void theChainShowsTampering();
    void pagesNewestFirstWithFilters();

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

QTEST_GUILESS_MAIN(tst_AuditTrail)
#include "tst_audittrail.moc"
