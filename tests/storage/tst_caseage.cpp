// The age of the cases pending at a period's end and the clearance rate: a
// hand-computed unit, and on a random province every unit's bands summing to
// its carried_next, checked case by case against the core's replay.

#include "CaseAgeStatistics.h"
#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "StatisticsEngine.h"
#include "SyntheticCases.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>


using CaseFixtures::makeCase;

class TestCaseAge : public QObject
{
    Q_OBJECT

private slots:
    void bandsCountFullYears();
    void aHandComputedUnit();
    void bandsSumToThePendingCasesOfEveryUnit();
};

void TestCaseAge::bandsCountFullYears()
{
    const QDate end(2021, 9, 30);
    QCOMPARE(CaseAge::bandOf(QDate(2020, 10, 1), end), CaseAge::Band::UnderOneYear);
    QCOMPARE(CaseAge::bandOf(QDate(2020, 9, 30), end), CaseAge::Band::OneToTwoYears); // one full year
    QCOMPARE(CaseAge::bandOf(QDate(2019, 10, 1), end), CaseAge::Band::OneToTwoYears);
    QCOMPARE(CaseAge::bandOf(QDate(2019, 9, 30), end), CaseAge::Band::TwoToFiveYears);
    QCOMPARE(CaseAge::bandOf(QDate(2016, 10, 1), end), CaseAge::Band::TwoToFiveYears);
    QCOMPARE(CaseAge::bandOf(QDate(2016, 9, 30), end), CaseAge::Band::OverFiveYears);
}

void TestCaseAge::aHandComputedUnit()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    CaseRepository cases(db.session());
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    int number = 0;
    const auto add = [&](QDate accepted, const CaseEventList &events) {
        EnforcementCase c = makeCase(mso, QStringLiteral("%1/QĐ-CCTHADS").arg(++number), accepted, 1'000'000);
        QVERIFY(cases.create(&c).ok());
        for (CaseEvent e : events)
            QVERIFY(cases.addEvent(c.id, &e).ok());
    };
    add(QDate(2021, 9, 30), {});                                                        // under 1 year
    add(QDate(2020, 9, 30), {CaseFixtures::event(EventType::Postponed, QDate(2021, 2, 1))});          // 1–2 years, on hold
    add(QDate(2019, 6, 1), {CaseFixtures::event(EventType::VerifiedUnable, QDate(2019, 7, 1))});      // 2–5, without conditions
    add(QDate(2015, 1, 1), {});                                                         // over 5
    add(QDate(2016, 2, 1), {CaseFixtures::event(EventType::VerifiedUnable, QDate(2016, 3, 1))});      // over 5
    add(QDate(2021, 3, 1), {CaseFixtures::event(EventType::Payment, QDate(2021, 4, 1), 1'000'000),
                            CaseFixtures::event(EventType::Completed, QDate(2021, 4, 2))});           // resolved: not pending
    add(QDate(2021, 5, 1), {CaseFixtures::event(EventType::Entrusted, QDate(2021, 6, 1))});           // entrusted: neither

    QString error;
    const auto table = CaseAgeStatistics(db.session().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    const CaseAge::Row *row = nullptr;
    for (const CaseAge::Row &r : table->units) {
        if (r.unit.id == mso)
            row = &r;
    }
    QVERIFY(row);
    QCOMPARE(row->pending, (std::array<qint64, 4>{1, 1, 1, 2}));
    QCOMPARE(row->pendingTotal(), qint64(5));
    QCOMPARE(row->resolved, qint64(1));
    QCOMPARE(row->newAccepted, qint64(3)); // accepted 30/09/2021, 01/03/2021, 01/05/2021
    QCOMPARE(row->clearanceRate(), std::optional<Rates::Hundredths>(3333));
    QCOMPARE(table->province.pending, row->pending);

    const RegisterGrid grid = table->grid();
    QCOMPARE(grid.key, QStringLiteral("age"));
    QCOMPARE(grid.columns.size(), 8);
    QCOMPARE(grid.columns.last().key, QStringLiteral("clearance_rate"));
}

void TestCaseAge::bandsSumToThePendingCasesOfEveryUnit()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    QString error;
    QVERIFY2(SyntheticCases::generate(db.session(), 3000, 20261203, &error), qPrintable(error));
    // The core's replay of every case: the reference, independent of the SQL.
    CaseRepository cases(db.session());
    QList<std::pair<EnforcementCase, CaseLedger>> all;
    QSqlQuery ids(db.session().sql());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM cases")));
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        all.append({*cases.find(id), *cases.ledger(id)});
    }
    const QList<StatisticalPeriod> periods{StatisticalPeriod::year(2020), StatisticalPeriod::year(2022),
                                           StatisticalPeriod::months(2023, 7),
                                           StatisticalPeriod::asOf(QDate(2024, 2, 29))};
    for (const StatisticalPeriod &period : periods) {
        const auto age = CaseAgeStatistics(db.session().sql()).compute(period, &error);
        const auto figures = StatisticsEngine(db.session().sql()).compute(period, &error);
        QVERIFY2(age && figures, qPrintable(error));
        QHash<qint64, std::array<qint64, 4>> expected;
        for (const auto &[c, ledger] : std::as_const(all)) {
            const auto state = ledger.stateIn(period);
            if (state && !CaseStates::isClosed(*state))
                ++expected[c.unitId][int(CaseAge::bandOf(c.decisionDate, period.end()))];
        }
        for (int i = 0; i < figures->units.size(); ++i) {
            const CaseAge::Row &row = age->units.at(i);
            const StatisticsRow &unit = figures->units.at(i);
            QCOMPARE(row.unit.id, unit.unit.id);
            QCOMPARE(row.pendingTotal(), unit.figures.cases(StatColumn::CarriedNext));
            QCOMPARE(row.pending, expected.value(unit.unit.id));
            QCOMPARE(row.resolved, unit.figures.cases(StatColumn::Resolved));
        }
        QCOMPARE(age->province.pendingTotal(), figures->province.figures.cases(StatColumn::CarriedNext));
    }
}

QTEST_GUILESS_MAIN(TestCaseAge)
#include "tst_caseage.moc"
