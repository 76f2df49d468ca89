// The targets editor's storage: several targets in one audited transaction,
// all or nothing; last year's copied to a new year, province included; the
// decisions that set them, a revision replacing from its date.
#include "StatisticsEngine.h"
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
    void aRevisionReplacesFromItsDate();
    void aDecisionNamesWhatIsMissing();
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

void TestTargetRepository::aRevisionReplacesFromItsDate()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    TargetRepository targets(db.session().sql());
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    QVERIFY(targets.set(db.session(), {2025, mso, 7000, 3000}).ok()); // stored before decisions: from the start
    TargetDecision first{0, 2025, QStringLiteral("01/QĐ-TCTHADS"), QDate(2024, 10, 15),
                         QStringLiteral("Tổng cục trưởng Tổng cục THADS"), QDate(2024, 10, 1)};
    QVERIFY(targets.saveDecision(db.session(), &first, {{2025, 0, 8250, 4200}, {2025, tpsl, 8300, 4350}}).ok());
    QVERIFY(first.id != 0);
    TargetDecision revision{0, 2025, QStringLiteral("15/QĐ-CQLTHADS"), QDate(2025, 7, 31),
                            QStringLiteral("Cục trưởng Cục Quản lý THADS"), QDate(2025, 7, 31)};
    QVERIFY(targets.saveDecision(db.session(), &revision, {{2025, tpsl, 8000, std::nullopt}}).ok());

    const auto targetOf = [&](QDate on, qint64 unit) {
        for (const Target &t : targets.inForce(2025, on)) {
            if (t.unitId == unit)
                return t;
        }
        return Target{};
    };
    QCOMPARE(targetOf(QDate(2025, 7, 30), tpsl).cases, std::optional<Rates::Hundredths>(8300));
    QCOMPARE(targetOf(QDate(2025, 7, 31), tpsl).cases, std::optional<Rates::Hundredths>(8000));
    QCOMPARE(targetOf(QDate(2025, 7, 31), tpsl).money, std::nullopt); // the revision sets no money target
    QCOMPARE(targetOf(QDate(2025, 9, 30), 0).cases, std::optional<Rates::Hundredths>(8250)); // not revised: kept
    QCOMPARE(targetOf(QDate(2025, 9, 30), mso).cases, std::optional<Rates::Hundredths>(7000));
    QCOMPARE(targets.decisions(2025, QDate(2025, 6, 30)).size(), 1);
    QCOMPARE(targets.decisions(2025).size(), 2);

    // A period uses the targets in force at its end.
    QString error;
    const auto nineMonths = StatisticsEngine(db.session().sql()).compute(StatisticalPeriod::months(2025, 9), &error);
    const auto year = StatisticsEngine(db.session().sql()).compute(StatisticalPeriod::year(2025), &error);
    QVERIFY2(nineMonths && year, qPrintable(error));
    const auto rowOf = [tpsl](const StatisticsTable &table) {
        for (const StatisticsRow &row : table.units) {
            if (row.unit.id == tpsl)
                return row;
        }
        return StatisticsRow{};
    };
    QCOMPARE(rowOf(*nineMonths).caseTarget, std::optional<Rates::Hundredths>(8300));
    QCOMPARE(rowOf(*year).caseTarget, std::optional<Rates::Hundredths>(8000));

    QSqlQuery q(db.session().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'target_decisions'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestTargetRepository::aDecisionNamesWhatIsMissing()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    TargetRepository targets(db.session().sql());
    const TargetDecision valid{0, 2025, QStringLiteral("01/QĐ-TCTHADS"), QDate(2024, 10, 15),
                               QStringLiteral("Tổng cục trưởng"), QDate(2024, 10, 1)};
    const auto fieldOf = [&](TargetDecision d) {
        const WriteResult result = targets.saveDecision(db.session(), &d, {{2025, 0, 8250, 4200}});
        return result.problems.isEmpty() ? result.error : result.problems.first().field;
    };
    TargetDecision d = valid;
    d.number = QStringLiteral("  ");
    QCOMPARE(fieldOf(d), QStringLiteral("number"));
    d = valid;
    d.effectiveFrom = QDate(2025, 10, 1); // the next statistical year
    QCOMPARE(fieldOf(d), QStringLiteral("effective_from"));
    d = valid;
    d.issuer.clear();
    QCOMPARE(fieldOf(d), QStringLiteral("issuer"));
    QCOMPARE(fieldOf(valid), QString());
    QCOMPARE(fieldOf(valid), QStringLiteral("effective_from")); // a second decision on the same day
    const Session clerk(db.database(), Actor{QStringLiteral("canbo.mso"), Role::Clerk, 2, db.unitId(QStringLiteral("MSO"))});
    TargetDecision other = valid;
    other.effectiveFrom = QDate(2025, 3, 1);
    QVERIFY(!targets.saveDecision(clerk, &other, {}).ok());
    QCOMPARE(targets.decisions(2025).size(), 1);
}

QTEST_GUILESS_MAIN(TestTargetRepository)
#include "tst_targetrepository.moc"
