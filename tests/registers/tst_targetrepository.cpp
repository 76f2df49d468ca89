// The targets editor's storage: several targets in one audited transaction,
// all or nothing; last year's copied to a new year, province included.
#include "TargetRepository.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestTargetRepository : public QObject
{
    Q_OBJECT

private slots:
    void setManyIsAllOrNothing();
    void copyYear();
};

void TestTargetRepository::setManyIsAllOrNothing()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    TargetRepository targets(db.session().sql());
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const WriteResult refused = targets.setMany(db.session(), {{2021, 0, 8250, 4200}, {2021, tpsl, 10001, 4200}});
    QCOMPARE(refused.problems.value(0).field, QStringLiteral("target"));
    QVERIFY(targets.forYear(2021).isEmpty());

    QVERIFY(targets.setMany(db.session(), {{2021, 0, 8250, 4200}, {2021, tpsl, 8300, std::nullopt}}).ok());
    QCOMPARE(targets.forYear(2021).size(), 2);
    QCOMPARE(targets.find(2021, tpsl)->cases, std::optional<Rates::Hundredths>(8300));
    QCOMPARE(targets.find(2021, tpsl)->money, std::nullopt);
    QSqlQuery q(db.session().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'targets'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestTargetRepository::copyYear()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    TargetRepository targets(db.session().sql());
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    QVERIFY(targets.setMany(db.session(), {{2021, 0, 8250, 4200}, {2021, tpsl, 8300, 4350}}).ok());
    QVERIFY(targets.set(db.session(), {2022, mso, 9000, 5000}).ok());

    QVERIFY(targets.copyYear(db.session(), 2021, 2022).ok());
    QCOMPARE(targets.find(2022, 0)->cases, std::optional<Rates::Hundredths>(8250));
    QCOMPARE(targets.find(2022, tpsl)->money, std::optional<Rates::Hundredths>(4350));
    QCOMPARE(targets.find(2022, mso)->cases, std::optional<Rates::Hundredths>(9000)); // not in 2021: kept
    QCOMPARE(targets.find(2021, tpsl)->cases, std::optional<Rates::Hundredths>(8300)); // the source is untouched

    const WriteResult nothing = targets.copyYear(db.session(), 2019, 2020);
    QCOMPARE(nothing.problems.value(0).message, QStringLiteral("Year 2019 has no targets to copy."));
}

QTEST_GUILESS_MAIN(TestTargetRepository)
#include "tst_targetrepository.moc"
