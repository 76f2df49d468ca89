// The statistics engine against figures computed by hand from DESIGN.md
// ("The numbers that must come out right"). Every fixture is a few cases of
// known history, stored through CaseRepository; every table is checked in
// full (every column, cases and money, of the unit rows named and of the
// province row; zeros for every other unit), against the identities of
// DESIGN.md, against the province-is-the-sum rule and against the core's own
// replay of each case (CaseLedger).
//
// Amounts are in đồng; "M" in the comments is a million đồng.
// S and E are the first and last day of the period.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "StatisticsChecks.h"
#include "StatisticsEngine.h"
#include "TargetRepository.h"
#include "TestDatabase.h"
#include "UnitRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace CaseFixtures;
using StatisticsChecks::Expected;
using Col = StatColumn;

Q_DECLARE_METATYPE(StatisticalPeriod)

namespace {
constexpr qint64 M = 1'000'000;

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

CaseRecord record(qint64 unitId, const char *decisionNo, QDate accepted, qint64 due, CaseEventList events = {})
{
    return CaseRecord{makeCase(unitId, QString::fromUtf8(decisionNo), accepted, due), std::move(events)};
}

// An optional figure for QCOMPARE: its value, or kEmpty when there is none.
constexpr qint64 kEmpty = -999'999'999;
template<typename T>
qint64 opt(const std::optional<T> &value)
{
    return value ? qint64(*value) : kEmpty;
}

CaseEvent ev(EventType type, QDate date, qint64 amount = 0)
{
    return event(type, date, amount, type == EventType::Payment ? QStringLiteral("tiền mặt") : QString());
}

const QStringList kOfficialOrder = {QStringLiteral("CUC"), QStringLiteral("TPSL"), QStringLiteral("QNH"),
                                    QStringLiteral("TCH"), QStringLiteral("MLA"),  QStringLiteral("BYE"),
                                    QStringLiteral("PYE"), QStringLiteral("MCH"),  QStringLiteral("YCH"),
                                    QStringLiteral("MSO"), QStringLiteral("SMA"),  QStringLiteral("SCO"),
                                    QStringLiteral("VHO")};
} // namespace

class tst_StatisticsEngine : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseListsEveryUnitWithZeros();
    void carriedOverCompletedInside();
    void entrustedAndWithdrawnWithPartialPayments();
    void holds_data();
    void holds();
    void verification_data();
    void verification();
    void paymentsAndReductions_data();
    void paymentsAndReductions();
    void terminatedWithRemaining();
    void periodsOfTheSameCases_data();
    void periodsOfTheSameCases();
    void yearBoundary_data();
    void yearBoundary();
    void voidedEventsDoNotCount();
    void statisticsIgnoreTheCachedState();
    void targets();
    void provinceIsTheSumOfUnits();
    void invalidPeriodIsRefused();

private:
    void store(TestDatabase &db, const QList<CaseRecord> &records);
    // Computes the table and checks it as a whole (13 units in the official
    // order, identities, province = sum, engine = core replay).
    void compute(TestDatabase &db, const StatisticalPeriod &period, StatisticsTable *table);
    // Compares the rows named (unit codes, "PROVINCE") with their expectation
    // and every other unit with zeros.
    void verifyRows(const StatisticsTable &table, const QHash<QString, Expected> &expected);
};

void tst_StatisticsEngine::store(TestDatabase &db, const QList<CaseRecord> &records)
{
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const WriteResult written = CaseRepository(db.session()).createMany(records);
    QVERIFY2(written.ok(), qPrintable(written.message()));
}

void tst_StatisticsEngine::compute(TestDatabase &db, const StatisticalPeriod &period, StatisticsTable *table)
{
    QVERIFY(period.isValid());
    QString error;
    const auto computed = StatisticsEngine(db.database().sql()).compute(period, &error);
    QVERIFY2(computed, qPrintable(error));
    *table = *computed;
    QCOMPARE(table->period, period);
    QStringList codes;
    for (const StatisticsRow &row : table->units)
        codes << row.unit.code;
    QCOMPARE(codes, kOfficialOrder);
    const QStringList problems = StatisticsChecks::tableProblems(*table);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const auto core = StatisticsChecks::fromLedgers(StatisticsChecks::loadLedgers(db.session()), period);
    const QStringList differences = StatisticsChecks::compareWithLedgers(*table, core);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

void tst_StatisticsEngine::verifyRows(const StatisticsTable &table, const QHash<QString, Expected> &expected)
{
    QStringList differences;
    for (const StatisticsRow &row : table.rows()) {
        const Expected want = expected.value(row.unit.code, StatisticsChecks::zeros());
        for (const QString &difference : StatisticsChecks::compare(row.figures, want))
            differences << QStringLiteral("%1 %2: %3").arg(table.period.key(), row.unit.code, difference);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

#define COMPUTE(table, db, period)                                                                                    \
    StatisticsTable table;                                                                                            \
    compute(db, period, &table);                                                                                      \
    if (QTest::currentTestFailed())                                                                                   \
        return;

void tst_StatisticsEngine::emptyDatabaseListsEveryUnitWithZeros()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    for (const StatisticalPeriod &period : {StatisticalPeriod::year(2021), StatisticalPeriod::months(2021, 6),
                                            StatisticalPeriod::asOf(d(2026, 11, 25))}) {
        COMPUTE(table, db, period);
        verifyRows(table, {}); // all 13 units and the province: every column 0
        for (const StatisticsRow &row : table.rows()) {
            QVERIFY(!row.caseRate());  // with_conditions is 0: the rate is empty
            QVERIFY(!row.moneyRate());
            QVERIFY(!row.caseTarget);
            QVERIFY(!row.caseNeeded());
        }
        QCOMPARE(table.province.unit.code, QStringLiteral("PROVINCE"));
        QCOMPARE(table.province.unit.id, qint64(0));
    }
}

// A: accepted 10/03/2020, due 10M; paid 4M on 01/06/2020 (before S), 6M on
//    01/02/2021, completed 05/02/2021.
// B: accepted 01/11/2019, due 2M; paid 2M on 10/01/2020, completed 15/01/2020
//    (before S of 2021: not counted in 2021 at all).
void tst_StatisticsEngine::carriedOverCompletedInside()
{
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "01/QĐ-CCTHADS", d(2020, 3, 10), 10 * M,
                      {ev(EventType::Payment, d(2020, 6, 1), 4 * M), ev(EventType::Payment, d(2021, 2, 1), 6 * M),
                       ev(EventType::Completed, d(2021, 2, 5))}),
               record(mso, "02/QĐ-CCTHADS", d(2019, 11, 1), 2 * M,
                      {ev(EventType::Payment, d(2020, 1, 10), 2 * M), ev(EventType::Completed, d(2020, 1, 15))})});
    {
        COMPUTE(table, db, StatisticalPeriod::year(2021));
        const Expected year2021 = {
            {Col::TotalAccepted, 1, 6 * M},     // carried + new
            {Col::CarriedOver, 1, 6 * M},       // A only: accepted before S; 10M − 4M paid before S
            {Col::NewAccepted, 0, 0},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 1, 6 * M},         // total − entrusted − withdrawn
            {Col::WithConditions, 1, 6 * M},    // resolved + in progress + holds
            {Col::Completed, 1, 6 * M},         // A completed in the period; money: only the 6M paid in [S, E]
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 1, 6 * M},          // completed + terminated (+ reduced)
            {Col::InProgress, 0, 0},
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 0, 0},           // to_enforce − resolved
        };
        verifyRows(table, {{QStringLiteral("MSO"), year2021}, {QStringLiteral("PROVINCE"), year2021}});
    }
    {
        // Year 2020 (01/10/2019 – 30/09/2020): both are new; B completed, A in progress.
        COMPUTE(table, db, StatisticalPeriod::year(2020));
        const Expected year2020 = {
            {Col::TotalAccepted, 2, 12 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 2, 12 * M},      // 10M + 2M due
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 2, 12 * M},
            {Col::WithConditions, 2, 12 * M},   // 6M resolved + 6M in progress
            {Col::Completed, 1, 6 * M},         // B; money: A's 4M + B's 2M paid in the period
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 1, 6 * M},
            {Col::InProgress, 1, 6 * M},        // A: 10M − 4M remaining at E
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 1, 6 * M},
        };
        verifyRows(table, {{QStringLiteral("MSO"), year2020}, {QStringLiteral("PROVINCE"), year2020}});
    }
    {
        // Year 2022: both ended before 01/10/2021.
        COMPUTE(table, db, StatisticalPeriod::year(2022));
        verifyRows(table, {});
    }
}

// C: accepted 02/11/2020 (new), due 8M; paid 3M on 01/12/2020; entrusted 15/01/2021.
// D: accepted 05/05/2020 (carried), due 7M; paid 1M on 01/07/2020 (before S),
//    2M on 20/10/2020 (in the period); withdrawn 03/03/2021.
void tst_StatisticsEngine::entrustedAndWithdrawnWithPartialPayments()
{
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "10/QĐ-CCTHADS", d(2020, 11, 2), 8 * M,
                      {ev(EventType::Payment, d(2020, 12, 1), 3 * M), ev(EventType::Entrusted, d(2021, 1, 15))}),
               record(mso, "11/QĐ-CCTHADS", d(2020, 5, 5), 7 * M,
                      {ev(EventType::Payment, d(2020, 7, 1), 1 * M), ev(EventType::Payment, d(2020, 10, 20), 2 * M),
                       ev(EventType::Withdrawn, d(2021, 3, 3))})});
    {
        COMPUTE(table, db, StatisticalPeriod::year(2021));
        const Expected year2021 = {
            {Col::TotalAccepted, 2, 14 * M},    // 6M + 8M
            {Col::CarriedOver, 1, 6 * M},       // D: 7M − 1M paid before S
            {Col::NewAccepted, 1, 8 * M},       // C: due
            {Col::Entrusted, 1, 5 * M},         // C: 8M − 3M remaining when entrusted
            {Col::Withdrawn, 1, 4 * M},         // D: 6M − 2M remaining when withdrawn
            {Col::ToEnforce, 0, 5 * M},         // cases 2 − 1 − 1; money 14M − 5M − 4M
            {Col::WithConditions, 0, 5 * M},    // = resolved money
            {Col::Completed, 0, 5 * M},         // no case completed; money: C's 3M + D's 2M paid in [S, E]
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 0, 5 * M},
            {Col::InProgress, 0, 0},
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 0, 0},           // 5M − 5M
        };
        verifyRows(table, {{QStringLiteral("MSO"), year2021}, {QStringLiteral("PROVINCE"), year2021}});
    }
    {
        // Year 2020: only D, new, with 1M paid and 6M remaining at E = 30/09/2020.
        COMPUTE(table, db, StatisticalPeriod::year(2020));
        const Expected year2020 = {
            {Col::TotalAccepted, 1, 7 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 1, 7 * M},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 1, 7 * M},
            {Col::WithConditions, 1, 7 * M},
            {Col::Completed, 0, 1 * M},
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 0, 1 * M},
            {Col::InProgress, 1, 6 * M},
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 1, 6 * M},
        };
        verifyRows(table, {{QStringLiteral("MSO"), year2020}, {QStringLiteral("PROVINCE"), year2020}});
    }
}

// E: accepted 01/12/2020, due 5M; postponed 10/01/2021, resumed 01/03/2021.
// F: accepted 01/08/2020 (carried), due 9M; verified unable 01/09/2020,
//    postponed 02/02/2021 (a postponed case counts with conditions).
// K: accepted 10/02/2021, due 3M; suspended 10/03/2021.
// L: accepted 11/02/2021, nothing to pay (0); held (other) 11/03/2021.
// M: accepted 12/12/2020, due 1M; recorded: suspended 01/03/2021, then
//    back-dated postponed 01/01/2021 and resumed 01/02/2021: in replay order
//    the suspension is the last hold, so M is suspended (not in progress, as
//    the order recorded would say).
// N: accepted 13/12/2020, due 2M; verified unable 05/01/2021, held (other)
//    05/02/2021: a hold goes before the verification, so "other".
void tst_StatisticsEngine::holds_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("year 2021") << StatisticalPeriod::year(2021)
                               << Expected{
                                      {Col::TotalAccepted, 6, 20 * M},
                                      {Col::CarriedOver, 1, 9 * M},     // F
                                      {Col::NewAccepted, 5, 11 * M},    // E 5M, K 3M, L 0, M 1M, N 2M
                                      {Col::Entrusted, 0, 0},
                                      {Col::Withdrawn, 0, 0},
                                      {Col::ToEnforce, 6, 20 * M},
                                      {Col::WithConditions, 6, 20 * M}, // all six: F counts as postponed
                                      {Col::Completed, 0, 0},
                                      {Col::Terminated, 0, 0},
                                      {Col::Reduced, 0, 0},
                                      {Col::Resolved, 0, 0},
                                      {Col::InProgress, 1, 5 * M},      // E: resumed
                                      {Col::Postponed, 1, 9 * M},       // F
                                      {Col::Suspended, 2, 4 * M},       // K 3M, M 1M
                                      {Col::Other, 2, 2 * M},           // L 0, N 2M
                                      {Col::WithoutConditions, 0, 0},
                                      {Col::CarriedNext, 6, 20 * M},
                                  };
    // 3 months (E = 31/12/2020): E, M and N in progress (no event yet); F is
    // still only verified unable; K and L are not accepted yet.
    QTest::newRow("3 months of 2021") << StatisticalPeriod::months(2021, 3)
                                      << Expected{
                                             {Col::TotalAccepted, 4, 17 * M},
                                             {Col::CarriedOver, 1, 9 * M},
                                             {Col::NewAccepted, 3, 8 * M},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 4, 17 * M},
                                             {Col::WithConditions, 3, 8 * M},
                                             {Col::Completed, 0, 0},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 0},
                                             {Col::InProgress, 3, 8 * M},
                                             {Col::Postponed, 0, 0},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 1, 9 * M},
                                             {Col::CarriedNext, 4, 17 * M},
                                         };
    // As of 15/01/2021: E postponed, M postponed (01/01), F and N without conditions.
    QTest::newRow("as of 15/01/2021") << StatisticalPeriod::asOf(d(2021, 1, 15))
                                      << Expected{
                                             {Col::TotalAccepted, 4, 17 * M},
                                             {Col::CarriedOver, 1, 9 * M},
                                             {Col::NewAccepted, 3, 8 * M},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 4, 17 * M},
                                             {Col::WithConditions, 2, 6 * M},
                                             {Col::Completed, 0, 0},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 0},
                                             {Col::InProgress, 0, 0},
                                             {Col::Postponed, 2, 6 * M},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 2, 11 * M},
                                             {Col::CarriedNext, 4, 17 * M},
                                         };
}

void tst_StatisticsEngine::holds()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(Expected, expected);
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    CaseRecord l = record(mso, "24/QĐ-CCTHADS", d(2021, 2, 11), 0, {ev(EventType::HeldOther, d(2021, 3, 11))});
    QVERIFY(!l.enforcementCase.obligation.isEmpty());
    store(db, {record(mso, "20/QĐ-CCTHADS", d(2020, 12, 1), 5 * M,
                      {ev(EventType::Postponed, d(2021, 1, 10)), ev(EventType::Resumed, d(2021, 3, 1))}),
               record(mso, "21/QĐ-CCTHADS", d(2020, 8, 1), 9 * M,
                      {ev(EventType::VerifiedUnable, d(2020, 9, 1)), ev(EventType::Postponed, d(2021, 2, 2))}),
               record(mso, "22/QĐ-CCTHADS", d(2021, 2, 10), 3 * M, {ev(EventType::Suspended, d(2021, 3, 10))}),
               l,
               record(mso, "25/QĐ-CCTHADS", d(2020, 12, 12), 1 * M,
                      {ev(EventType::Suspended, d(2021, 3, 1)), ev(EventType::Postponed, d(2021, 1, 1)),
                       ev(EventType::Resumed, d(2021, 2, 1))}),
               record(mso, "26/QĐ-CCTHADS", d(2020, 12, 13), 2 * M,
                      {ev(EventType::VerifiedUnable, d(2021, 1, 5)), ev(EventType::HeldOther, d(2021, 2, 5))})});
    COMPUTE(table, db, period);
    verifyRows(table, {{QStringLiteral("MSO"), expected}, {QStringLiteral("PROVINCE"), expected}});
}

// G:  accepted 04/04/2021, due 1.5M, never verified (counts as able).
// H:  accepted 20/01/2021, due 2.5M; verified able 01/02/2021, unable 01/05/2021.
// H2: accepted 01/04/2020 (carried), due 4M; unable 01/05/2020, able 10/01/2021.
// H3: accepted 10/12/2020, due 1M; recorded able 01/03/2021, then back-dated
//     unable 01/02/2021 (addEvent): the latest verification by date is "able".
// H4: accepted 11/12/2020, due 2M; recorded able then unable, both 01/03/2021:
//     the one recorded last is the latest.
void tst_StatisticsEngine::verification_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("year 2021") << StatisticalPeriod::year(2021)
                               << Expected{
                                      {Col::TotalAccepted, 5, 11 * M},
                                      {Col::CarriedOver, 1, 4 * M},             // H2
                                      {Col::NewAccepted, 4, 7 * M},             // 1.5 + 2.5 + 1 + 2
                                      {Col::Entrusted, 0, 0},
                                      {Col::Withdrawn, 0, 0},
                                      {Col::ToEnforce, 5, 11 * M},
                                      {Col::WithConditions, 3, 6'500'000},      // G, H2, H3
                                      {Col::Completed, 0, 0},
                                      {Col::Terminated, 0, 0},
                                      {Col::Reduced, 0, 0},
                                      {Col::Resolved, 0, 0},
                                      {Col::InProgress, 3, 6'500'000},          // 1.5M + 4M + 1M
                                      {Col::Postponed, 0, 0},
                                      {Col::Suspended, 0, 0},
                                      {Col::Other, 0, 0},
                                      {Col::WithoutConditions, 2, 4'500'000},   // H 2.5M, H4 2M
                                      {Col::CarriedNext, 5, 11 * M},
                                  };
    // Year 2020: only H2, new, verified unable.
    QTest::newRow("year 2020") << StatisticalPeriod::year(2020)
                               << Expected{
                                      {Col::TotalAccepted, 1, 4 * M},
                                      {Col::CarriedOver, 0, 0},
                                      {Col::NewAccepted, 1, 4 * M},
                                      {Col::Entrusted, 0, 0},
                                      {Col::Withdrawn, 0, 0},
                                      {Col::ToEnforce, 1, 4 * M},
                                      {Col::WithConditions, 0, 0},
                                      {Col::Completed, 0, 0},
                                      {Col::Terminated, 0, 0},
                                      {Col::Reduced, 0, 0},
                                      {Col::Resolved, 0, 0},
                                      {Col::InProgress, 0, 0},
                                      {Col::Postponed, 0, 0},
                                      {Col::Suspended, 0, 0},
                                      {Col::Other, 0, 0},
                                      {Col::WithoutConditions, 1, 4 * M},
                                      {Col::CarriedNext, 1, 4 * M},
                                  };
    // As of 15/02/2021: G not accepted; H able; H2 able; H3 unable (the
    // back-dated 01/02 is the only verification by then); H4 not verified.
    QTest::newRow("as of 15/02/2021") << StatisticalPeriod::asOf(d(2021, 2, 15))
                                      << Expected{
                                             {Col::TotalAccepted, 4, 9'500'000},
                                             {Col::CarriedOver, 1, 4 * M},
                                             {Col::NewAccepted, 3, 5'500'000},  // 2.5 + 1 + 2
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 4, 9'500'000},
                                             {Col::WithConditions, 3, 8'500'000},
                                             {Col::Completed, 0, 0},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 0},
                                             {Col::InProgress, 3, 8'500'000},   // H 2.5M, H2 4M, H4 2M
                                             {Col::Postponed, 0, 0},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 1, 1 * M}, // H3
                                             {Col::CarriedNext, 4, 9'500'000},
                                         };
}

void tst_StatisticsEngine::verification()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(Expected, expected);
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "30/QĐ-CCTHADS", d(2021, 4, 4), 1'500'000),
               record(mso, "31/QĐ-CCTHADS", d(2021, 1, 20), 2'500'000,
                      {ev(EventType::VerifiedAble, d(2021, 2, 1)), ev(EventType::VerifiedUnable, d(2021, 5, 1))}),
               record(mso, "32/QĐ-CCTHADS", d(2020, 4, 1), 4 * M,
                      {ev(EventType::VerifiedUnable, d(2020, 5, 1)), ev(EventType::VerifiedAble, d(2021, 1, 10))}),
               record(mso, "34/QĐ-CCTHADS", d(2020, 12, 11), 2 * M,
                      {ev(EventType::VerifiedAble, d(2021, 3, 1)), ev(EventType::VerifiedUnable, d(2021, 3, 1))})});
    CaseRepository repository(db.session());
    EnforcementCase h3 = makeCase(mso, QStringLiteral("33/QĐ-CCTHADS"), d(2020, 12, 10), 1 * M);
    QVERIFY(repository.create(&h3).ok());
    CaseEvent able = ev(EventType::VerifiedAble, d(2021, 3, 1));
    CaseEvent unable = ev(EventType::VerifiedUnable, d(2021, 2, 1));
    QVERIFY(repository.addEvent(h3.id, &able).ok());
    QVERIFY(repository.addEvent(h3.id, &unable).ok());
    COMPUTE(table, db, period);
    verifyRows(table, {{QStringLiteral("MSO"), expected}, {QStringLiteral("PROVINCE"), expected}});
}

// I:  accepted 15/10/2020 (new), due 12M; paid 2M 01/11/2020, reduced 3M
//     05/01/2021, paid 1M 01/06/2021: in progress with 6M remaining.
// I2: accepted 01/12/2019 (carried), due 10M; reduced 4M 01/03/2020 and paid
//     1M 01/08/2020 (both before S); paid 2M 12/12/2020, reduced 3M 07/07/2021,
//     completed 08/08/2021 (nothing remains).
void tst_StatisticsEngine::paymentsAndReductions_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<Expected>("expected");

    QTest::newRow("year 2021") << StatisticalPeriod::year(2021)
                               << Expected{
                                      {Col::TotalAccepted, 2, 17 * M},
                                      {Col::CarriedOver, 1, 5 * M},       // I2: 10M − 4M − 1M
                                      {Col::NewAccepted, 1, 12 * M},      // I
                                      {Col::Entrusted, 0, 0},
                                      {Col::Withdrawn, 0, 0},
                                      {Col::ToEnforce, 2, 17 * M},
                                      {Col::WithConditions, 2, 17 * M},   // 11M resolved + 6M in progress
                                      {Col::Completed, 1, 5 * M},         // I2; payments in [S, E]: 2M + 1M (I) + 2M (I2)
                                      {Col::Terminated, 0, 0},
                                      {Col::Reduced, 0, 6 * M},           // 3M (I) + 3M (I2); no case count
                                      {Col::Resolved, 1, 11 * M},         // 5M completed + 0 terminated + 6M reduced
                                      {Col::InProgress, 1, 6 * M},        // I: 12M − 2M − 3M − 1M
                                      {Col::Postponed, 0, 0},
                                      {Col::Suspended, 0, 0},
                                      {Col::Other, 0, 0},
                                      {Col::WithoutConditions, 0, 0},
                                      {Col::CarriedNext, 1, 6 * M},       // 17M − 11M
                                  };
    // 3 months (E = 31/12/2020): I paid 2M; I2 paid 2M: both in progress.
    QTest::newRow("3 months of 2021") << StatisticalPeriod::months(2021, 3)
                                      << Expected{
                                             {Col::TotalAccepted, 2, 17 * M},
                                             {Col::CarriedOver, 1, 5 * M},
                                             {Col::NewAccepted, 1, 12 * M},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 2, 17 * M},
                                             {Col::WithConditions, 2, 17 * M},
                                             {Col::Completed, 0, 4 * M},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 4 * M},
                                             {Col::InProgress, 2, 13 * M},  // I 10M + I2 3M
                                             {Col::Postponed, 0, 0},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 0, 0},
                                             {Col::CarriedNext, 2, 13 * M},
                                         };
    // Year 2020: only I2, new; reduced 4M and paid 1M in the period.
    QTest::newRow("year 2020") << StatisticalPeriod::year(2020)
                               << Expected{
                                      {Col::TotalAccepted, 1, 10 * M},
                                      {Col::CarriedOver, 0, 0},
                                      {Col::NewAccepted, 1, 10 * M},
                                      {Col::Entrusted, 0, 0},
                                      {Col::Withdrawn, 0, 0},
                                      {Col::ToEnforce, 1, 10 * M},
                                      {Col::WithConditions, 1, 10 * M},
                                      {Col::Completed, 0, 1 * M},
                                      {Col::Terminated, 0, 0},
                                      {Col::Reduced, 0, 4 * M},
                                      {Col::Resolved, 0, 5 * M},
                                      {Col::InProgress, 1, 5 * M},
                                      {Col::Postponed, 0, 0},
                                      {Col::Suspended, 0, 0},
                                      {Col::Other, 0, 0},
                                      {Col::WithoutConditions, 0, 0},
                                      {Col::CarriedNext, 1, 5 * M},
                                  };
}

void tst_StatisticsEngine::paymentsAndReductions()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(Expected, expected);
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "40/QĐ-CCTHADS", d(2020, 10, 15), 12 * M,
                      {ev(EventType::Payment, d(2020, 11, 1), 2 * M), ev(EventType::Reduction, d(2021, 1, 5), 3 * M),
                       ev(EventType::Payment, d(2021, 6, 1), 1 * M)}),
               record(mso, "41/QĐ-CCTHADS", d(2019, 12, 1), 10 * M,
                      {ev(EventType::Reduction, d(2020, 3, 1), 4 * M), ev(EventType::Payment, d(2020, 8, 1), 1 * M),
                       ev(EventType::Payment, d(2020, 12, 12), 2 * M), ev(EventType::Reduction, d(2021, 7, 7), 3 * M),
                       ev(EventType::Completed, d(2021, 8, 8))})});
    COMPUTE(table, db, period);
    verifyRows(table, {{QStringLiteral("MSO"), expected}, {QStringLiteral("PROVINCE"), expected}});
}

// J:  accepted 02/02/2020 (carried), due 4M; paid 0.5M 01/01/2021, terminated
//     02/02/2021 with 3.5M remaining.
// J2: accepted 03/03/2021, nothing to pay; terminated 04/04/2021.
void tst_StatisticsEngine::terminatedWithRemaining()
{
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "50/QĐ-CCTHADS", d(2020, 2, 2), 4 * M,
                      {ev(EventType::Payment, d(2021, 1, 1), 500'000), ev(EventType::Terminated, d(2021, 2, 2))}),
               record(mso, "51/QĐ-CCTHADS", d(2021, 3, 3), 0, {ev(EventType::Terminated, d(2021, 4, 4))})});
    COMPUTE(table, db, StatisticalPeriod::year(2021));
    const Expected year2021 = {
        {Col::TotalAccepted, 2, 4 * M},
        {Col::CarriedOver, 1, 4 * M},           // J: nothing paid before S
        {Col::NewAccepted, 1, 0},               // J2: no money
        {Col::Entrusted, 0, 0},
        {Col::Withdrawn, 0, 0},
        {Col::ToEnforce, 2, 4 * M},
        {Col::WithConditions, 2, 4 * M},
        {Col::Completed, 0, 500'000},           // J's payment in the period
        {Col::Terminated, 2, 3'500'000},        // J: remaining when terminated; J2: 0
        {Col::Reduced, 0, 0},
        {Col::Resolved, 2, 4 * M},              // 0.5M + 3.5M
        {Col::InProgress, 0, 0},
        {Col::Postponed, 0, 0},
        {Col::Suspended, 0, 0},
        {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},
        {Col::CarriedNext, 0, 0},
    };
    verifyRows(table, {{QStringLiteral("MSO"), year2021}, {QStringLiteral("PROVINCE"), year2021}});
}

// The same three cases seen by cumulative periods of the statistical year 2021.
// P: accepted 10/11/2020, due 6M; paid 1M 15/12/2020; postponed 01/02/2021;
//    resumed 20/04/2021; paid 5M 10/06/2021; completed 15/06/2021.
// Q: accepted 05/05/2021, due 2M.
// R: accepted 06/06/2020 (carried), due 3M; unable 10/01/2021, able 01/08/2021.
void tst_StatisticsEngine::periodsOfTheSameCases_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<Expected>("expected");

    // E = 09/11/2020: only R, in progress (not verified yet).
    QTest::newRow("as of 09/11/2020") << StatisticalPeriod::asOf(d(2020, 11, 9))
                                      << Expected{
                                             {Col::TotalAccepted, 1, 3 * M},
                                             {Col::CarriedOver, 1, 3 * M},
                                             {Col::NewAccepted, 0, 0},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 1, 3 * M},
                                             {Col::WithConditions, 1, 3 * M},
                                             {Col::Completed, 0, 0},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 0},
                                             {Col::InProgress, 1, 3 * M},
                                             {Col::Postponed, 0, 0},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 0, 0},
                                             {Col::CarriedNext, 1, 3 * M},
                                         };
    // E = 31/01/2021: P in progress (5M left), R unable.
    QTest::newRow("as of 31/01/2021") << StatisticalPeriod::asOf(d(2021, 1, 31))
                                      << Expected{
                                             {Col::TotalAccepted, 2, 9 * M},
                                             {Col::CarriedOver, 1, 3 * M},
                                             {Col::NewAccepted, 1, 6 * M},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 2, 9 * M},
                                             {Col::WithConditions, 1, 6 * M},   // 1M resolved + 5M in progress
                                             {Col::Completed, 0, 1 * M},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 1 * M},
                                             {Col::InProgress, 1, 5 * M},
                                             {Col::Postponed, 0, 0},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 1, 3 * M},
                                             {Col::CarriedNext, 2, 8 * M},
                                         };
    // kỳ 6 tháng, E = 31/03/2021: P postponed.
    QTest::newRow("6 months of 2021") << StatisticalPeriod::months(2021, 6)
                                      << Expected{
                                             {Col::TotalAccepted, 2, 9 * M},
                                             {Col::CarriedOver, 1, 3 * M},
                                             {Col::NewAccepted, 1, 6 * M},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 2, 9 * M},
                                             {Col::WithConditions, 1, 6 * M},
                                             {Col::Completed, 0, 1 * M},
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 0, 1 * M},
                                             {Col::InProgress, 0, 0},
                                             {Col::Postponed, 1, 5 * M},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 1, 3 * M},
                                             {Col::CarriedNext, 2, 8 * M},
                                         };
    // kỳ 9 tháng, E = 30/06/2021: P completed, Q new in progress, R still unable.
    QTest::newRow("9 months of 2021") << StatisticalPeriod::months(2021, 9)
                                      << Expected{
                                             {Col::TotalAccepted, 3, 11 * M},
                                             {Col::CarriedOver, 1, 3 * M},
                                             {Col::NewAccepted, 2, 8 * M},
                                             {Col::Entrusted, 0, 0},
                                             {Col::Withdrawn, 0, 0},
                                             {Col::ToEnforce, 3, 11 * M},
                                             {Col::WithConditions, 2, 8 * M},
                                             {Col::Completed, 1, 6 * M},        // 1M + 5M paid in [S, E]
                                             {Col::Terminated, 0, 0},
                                             {Col::Reduced, 0, 0},
                                             {Col::Resolved, 1, 6 * M},
                                             {Col::InProgress, 1, 2 * M},
                                             {Col::Postponed, 0, 0},
                                             {Col::Suspended, 0, 0},
                                             {Col::Other, 0, 0},
                                             {Col::WithoutConditions, 1, 3 * M},
                                             {Col::CarriedNext, 2, 5 * M},
                                         };
    // The year: R verified able again.
    QTest::newRow("year 2021") << StatisticalPeriod::year(2021)
                               << Expected{
                                      {Col::TotalAccepted, 3, 11 * M},
                                      {Col::CarriedOver, 1, 3 * M},
                                      {Col::NewAccepted, 2, 8 * M},
                                      {Col::Entrusted, 0, 0},
                                      {Col::Withdrawn, 0, 0},
                                      {Col::ToEnforce, 3, 11 * M},
                                      {Col::WithConditions, 3, 11 * M},
                                      {Col::Completed, 1, 6 * M},
                                      {Col::Terminated, 0, 0},
                                      {Col::Reduced, 0, 0},
                                      {Col::Resolved, 1, 6 * M},
                                      {Col::InProgress, 2, 5 * M},
                                      {Col::Postponed, 0, 0},
                                      {Col::Suspended, 0, 0},
                                      {Col::Other, 0, 0},
                                      {Col::WithoutConditions, 0, 0},
                                      {Col::CarriedNext, 2, 5 * M},
                                  };
    // 2022: P ended before S; Q and R carried over.
    const Expected year2022 = {
        {Col::TotalAccepted, 2, 5 * M},
        {Col::CarriedOver, 2, 5 * M},
        {Col::NewAccepted, 0, 0},
        {Col::Entrusted, 0, 0},
        {Col::Withdrawn, 0, 0},
        {Col::ToEnforce, 2, 5 * M},
        {Col::WithConditions, 2, 5 * M},
        {Col::Completed, 0, 0},
        {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},
        {Col::Resolved, 0, 0},
        {Col::InProgress, 2, 5 * M},
        {Col::Postponed, 0, 0},
        {Col::Suspended, 0, 0},
        {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},
        {Col::CarriedNext, 2, 5 * M},
    };
    QTest::newRow("year 2022") << StatisticalPeriod::year(2022) << year2022;
    QTest::newRow("as of 31/12/2021") << StatisticalPeriod::asOf(d(2021, 12, 31)) << year2022;
}

void tst_StatisticsEngine::periodsOfTheSameCases()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(Expected, expected);
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "60/QĐ-CCTHADS", d(2020, 11, 10), 6 * M,
                      {ev(EventType::Payment, d(2020, 12, 15), 1 * M), ev(EventType::Postponed, d(2021, 2, 1)),
                       ev(EventType::Resumed, d(2021, 4, 20)), ev(EventType::Payment, d(2021, 6, 10), 5 * M),
                       ev(EventType::Completed, d(2021, 6, 15))}),
               record(mso, "61/QĐ-CCTHADS", d(2021, 5, 5), 2 * M),
               record(mso, "62/QĐ-CCTHADS", d(2020, 6, 6), 3 * M,
                      {ev(EventType::VerifiedUnable, d(2021, 1, 10)), ev(EventType::VerifiedAble, d(2021, 8, 1))})});
    COMPUTE(table, db, period);
    verifyRows(table, {{QStringLiteral("MSO"), expected}, {QStringLiteral("PROVINCE"), expected}});
}

// 30/09 belongs to the year that ends, 01/10 opens the next.
// B1: accepted 30/09/2020, due 1M.
// B2: accepted 01/10/2020, due 2M.
// B3: accepted 15/01/2020, due 3M; paid 3M and completed 30/09/2020.
// B4: accepted 16/01/2020, due 4M; paid 1M 30/09/2020; paid 3M and completed 01/10/2020.
// B5: accepted 01/02/2020, due 5M; postponed 30/09/2020, resumed 01/10/2020.
void tst_StatisticsEngine::yearBoundary_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<Expected>("expected");

    const Expected year2020 = {
        {Col::TotalAccepted, 4, 13 * M},
        {Col::CarriedOver, 0, 0},
        {Col::NewAccepted, 4, 13 * M},          // B1 1M (30/09 is in 2020), B3 3M, B4 4M, B5 5M; not B2
        {Col::Entrusted, 0, 0},
        {Col::Withdrawn, 0, 0},
        {Col::ToEnforce, 4, 13 * M},
        {Col::WithConditions, 4, 13 * M},
        {Col::Completed, 1, 4 * M},             // B3; payments 3M (B3) + 1M (B4) on 30/09
        {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},
        {Col::Resolved, 1, 4 * M},
        {Col::InProgress, 2, 4 * M},            // B1 1M, B4 3M left
        {Col::Postponed, 1, 5 * M},             // B5, postponed on the last day
        {Col::Suspended, 0, 0},
        {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},
        {Col::CarriedNext, 3, 9 * M},
    };
    const Expected year2021 = {
        {Col::TotalAccepted, 4, 11 * M},
        {Col::CarriedOver, 3, 9 * M},           // B1 1M, B4 3M (4M − 1M paid 30/09), B5 5M; B3 ended 30/09
        {Col::NewAccepted, 1, 2 * M},           // B2, accepted 01/10/2020
        {Col::Entrusted, 0, 0},
        {Col::Withdrawn, 0, 0},
        {Col::ToEnforce, 4, 11 * M},
        {Col::WithConditions, 4, 11 * M},
        {Col::Completed, 1, 3 * M},             // B4 on 01/10; its 3M paid 01/10
        {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},
        {Col::Resolved, 1, 3 * M},
        {Col::InProgress, 3, 8 * M},            // B1 1M, B2 2M, B5 5M (resumed 01/10)
        {Col::Postponed, 0, 0},
        {Col::Suspended, 0, 0},
        {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},
        {Col::CarriedNext, 3, 8 * M},
    };
    QTest::newRow("year 2020") << StatisticalPeriod::year(2020) << year2020;
    QTest::newRow("as of 30/09/2020") << StatisticalPeriod::asOf(d(2020, 9, 30)) << year2020;
    QTest::newRow("12 months of 2020") << StatisticalPeriod::months(2020, 12) << year2020;
    QTest::newRow("year 2021") << StatisticalPeriod::year(2021) << year2021;
    QTest::newRow("as of 01/10/2020") << StatisticalPeriod::asOf(d(2020, 10, 1)) << year2021;
    QTest::newRow("1 month of 2021") << StatisticalPeriod::months(2021, 1) << year2021;
}

void tst_StatisticsEngine::yearBoundary()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(Expected, expected);
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "70/QĐ-CCTHADS", d(2020, 9, 30), 1 * M),
               record(mso, "71/QĐ-CCTHADS", d(2020, 10, 1), 2 * M),
               record(mso, "72/QĐ-CCTHADS", d(2020, 1, 15), 3 * M,
                      {ev(EventType::Payment, d(2020, 9, 30), 3 * M), ev(EventType::Completed, d(2020, 9, 30))}),
               record(mso, "73/QĐ-CCTHADS", d(2020, 1, 16), 4 * M,
                      {ev(EventType::Payment, d(2020, 9, 30), 1 * M), ev(EventType::Payment, d(2020, 10, 1), 3 * M),
                       ev(EventType::Completed, d(2020, 10, 1))}),
               record(mso, "74/QĐ-CCTHADS", d(2020, 2, 1), 5 * M,
                      {ev(EventType::Postponed, d(2020, 9, 30)), ev(EventType::Resumed, d(2020, 10, 1))})});
    COMPUTE(table, db, period);
    verifyRows(table, {{QStringLiteral("MSO"), expected}, {QStringLiteral("PROVINCE"), expected}});
}

// V: accepted 05/01/2021, due 5M; paid 5M 01/02/2021, completed 02/02/2021.
// Then both are voided by corrections (the completion first: the payment
// cannot go while the completion stands), and 2M is paid on 05/03/2021.
void tst_StatisticsEngine::voidedEventsDoNotCount()
{
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    CaseRepository repository(db.session());
    EnforcementCase v = makeCase(mso, QStringLiteral("80/QĐ-CCTHADS"), d(2021, 1, 5), 5 * M);
    QVERIFY(repository.create(&v).ok());
    CaseEvent payment = ev(EventType::Payment, d(2021, 2, 1), 5 * M);
    CaseEvent completed = ev(EventType::Completed, d(2021, 2, 2));
    QVERIFY(repository.addEvent(v.id, &payment).ok());
    QVERIFY(repository.addEvent(v.id, &completed).ok());
    {
        COMPUTE(table, db, StatisticalPeriod::year(2021));
        const Expected before = {
            {Col::TotalAccepted, 1, 5 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 1, 5 * M},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 1, 5 * M},
            {Col::WithConditions, 1, 5 * M},
            {Col::Completed, 1, 5 * M},
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 1, 5 * M},
            {Col::InProgress, 0, 0},
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 0, 0},
        };
        verifyRows(table, {{QStringLiteral("MSO"), before}, {QStringLiteral("PROVINCE"), before}});
    }
    QVERIFY(!repository.correct(v.id, payment.id, d(2021, 3, 1), QStringLiteral("nhập nhầm số tiền")).ok());
    const WriteResult voidCompletion =
        repository.correct(v.id, completed.id, d(2021, 3, 1), QStringLiteral("chưa thi hành xong"));
    QVERIFY2(voidCompletion.ok(), qPrintable(voidCompletion.message()));
    const WriteResult voidPayment =
        repository.correct(v.id, payment.id, d(2021, 3, 1), QStringLiteral("nhập nhầm số tiền"));
    QVERIFY2(voidPayment.ok(), qPrintable(voidPayment.message()));
    CaseEvent realPayment = ev(EventType::Payment, d(2021, 3, 5), 2 * M);
    QVERIFY(repository.addEvent(v.id, &realPayment).ok());

    const Expected after = {
        {Col::TotalAccepted, 1, 5 * M},
        {Col::CarriedOver, 0, 0},
        {Col::NewAccepted, 1, 5 * M},
        {Col::Entrusted, 0, 0},
        {Col::Withdrawn, 0, 0},
        {Col::ToEnforce, 1, 5 * M},
        {Col::WithConditions, 1, 5 * M},
        {Col::Completed, 0, 2 * M},             // only the payment still in force
        {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},
        {Col::Resolved, 0, 2 * M},
        {Col::InProgress, 1, 3 * M},            // 5M − 2M
        {Col::Postponed, 0, 0},
        {Col::Suspended, 0, 0},
        {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},
        {Col::CarriedNext, 1, 3 * M},
    };
    {
        COMPUTE(table, db, StatisticalPeriod::year(2021));
        verifyRows(table, {{QStringLiteral("MSO"), after}, {QStringLiteral("PROVINCE"), after}});
    }
    {
        // A voided event never counted, whenever the correction was made:
        // as of 28/02/2021 (before the corrections) the case is in progress, untouched.
        COMPUTE(table, db, StatisticalPeriod::asOf(d(2021, 2, 28)));
        const Expected feb = {
            {Col::TotalAccepted, 1, 5 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 1, 5 * M},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 1, 5 * M},
            {Col::WithConditions, 1, 5 * M},
            {Col::Completed, 0, 0},
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 0, 0},
            {Col::InProgress, 1, 5 * M},
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 1, 5 * M},
        };
        verifyRows(table, {{QStringLiteral("MSO"), feb}, {QStringLiteral("PROVINCE"), feb}});
    }
}

// The case list's cached columns are not the source of the statistics.
void tst_StatisticsEngine::statisticsIgnoreTheCachedState()
{
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    store(db, {record(mso, "90/QĐ-CCTHADS", d(2021, 1, 5), 5 * M,
                      {ev(EventType::Payment, d(2021, 2, 1), 2 * M), ev(EventType::Postponed, d(2021, 3, 1))})});
    StatisticsTable before;
    compute(db, StatisticalPeriod::year(2021), &before);
    if (QTest::currentTestFailed())
        return;
    QSqlQuery q(db.database().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET state = 'completed', amount_paid = 5000000, "
                                  "amount_remaining = 0, closed_date = '2021-03-02'")));
    COMPUTE(after, db, StatisticalPeriod::year(2021));
    QCOMPARE(after.row(QStringLiteral("MSO"))->figures, before.row(QStringLiteral("MSO"))->figures);
    QCOMPARE(after.province.figures.cases(StatColumn::Postponed), qint64(1));
    QCOMPARE(after.province.figures.money(StatColumn::Postponed), 3 * M);
}

// Targets: per unit and for the province (unit 0), per statistical year.
// MSO: T1 due 1M paid and completed; T2 due 2M open; T3 due 3M, 0.5M paid.
// TPSL: T4 due 4M paid and completed; T5 non-money completed; T6 due 2M open.
void tst_StatisticsEngine::targets()
{
    TestDatabase db;
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const qint64 qnh = db.unitId(QStringLiteral("QNH"));
    store(db, {record(mso, "T1", d(2020, 12, 1), 1 * M,
                      {ev(EventType::Payment, d(2021, 1, 10), 1 * M), ev(EventType::Completed, d(2021, 1, 11))}),
               record(mso, "T2", d(2020, 12, 2), 2 * M),
               record(mso, "T3", d(2020, 12, 3), 3 * M, {ev(EventType::Payment, d(2021, 2, 1), 500'000)}),
               record(tpsl, "T4", d(2020, 12, 4), 4 * M,
                      {ev(EventType::Payment, d(2021, 3, 1), 4 * M), ev(EventType::Completed, d(2021, 3, 2))}),
               record(tpsl, "T5", d(2020, 12, 5), 0, {ev(EventType::Completed, d(2021, 3, 3))}),
               record(tpsl, "T6", d(2020, 12, 6), 2 * M)});
    TargetRepository targets(db.database().sql());
    for (const Target &t : {Target{2021, mso, 6000, 2000}, Target{2021, mso, 5000, 3000}, // the second replaces
                            Target{2021, tpsl, 9000, 9999}, Target{2021, 0, 8250, 4200},
                            Target{2021, qnh, 8000, std::nullopt}, Target{2020, mso, 1000, 1000}}) {
        const WriteResult set = targets.set(db.session(), t);
        QVERIFY2(set.ok(), qPrintable(set.message()));
    }
    QVERIFY(!targets.set(db.session(), Target{2021, mso, 10001, 0}).ok());
    QCOMPARE(opt(targets.find(2021, mso)->cases), qint64(5000));
    QCOMPARE(opt(targets.find(2021, 0)->money), qint64(4200));
    QCOMPARE(targets.forYear(2021).size(), 4);

    for (const StatisticalPeriod &period : {StatisticalPeriod::year(2021), StatisticalPeriod::months(2021, 6)}) {
        // By 31/03/2021 every event has happened: both periods give the same table.
        COMPUTE(table, db, period);
        const Expected msoRow = {
            {Col::TotalAccepted, 3, 6 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 3, 6 * M},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 3, 6 * M},
            {Col::WithConditions, 3, 6 * M},
            {Col::Completed, 1, 1'500'000},     // T1; payments 1M + 0.5M
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 1, 1'500'000},
            {Col::InProgress, 2, 4'500'000},    // T2 2M, T3 2.5M
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 2, 4'500'000},
        };
        const Expected tpslRow = {
            {Col::TotalAccepted, 3, 6 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 3, 6 * M},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 3, 6 * M},
            {Col::WithConditions, 3, 6 * M},
            {Col::Completed, 2, 4 * M},         // T4, T5
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 2, 4 * M},
            {Col::InProgress, 1, 2 * M},        // T6
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 1, 2 * M},
        };
        const Expected province = {
            {Col::TotalAccepted, 6, 12 * M},
            {Col::CarriedOver, 0, 0},
            {Col::NewAccepted, 6, 12 * M},
            {Col::Entrusted, 0, 0},
            {Col::Withdrawn, 0, 0},
            {Col::ToEnforce, 6, 12 * M},
            {Col::WithConditions, 6, 12 * M},
            {Col::Completed, 3, 5'500'000},
            {Col::Terminated, 0, 0},
            {Col::Reduced, 0, 0},
            {Col::Resolved, 3, 5'500'000},
            {Col::InProgress, 3, 6'500'000},
            {Col::Postponed, 0, 0},
            {Col::Suspended, 0, 0},
            {Col::Other, 0, 0},
            {Col::WithoutConditions, 0, 0},
            {Col::CarriedNext, 3, 6'500'000},
        };
        verifyRows(table, {{QStringLiteral("MSO"), msoRow},
                           {QStringLiteral("TPSL"), tpslRow},
                           {QStringLiteral("PROVINCE"), province}});

        const StatisticsRow &m = *table.row(QStringLiteral("MSO"));
        QCOMPARE(opt(m.caseTarget), qint64(5000));
        QCOMPARE(opt(m.moneyTarget), qint64(3000));
        QCOMPARE(opt(m.caseRate()), qint64(3333));     // 1 ÷ 3 = 33,333… % → 33,33
        QCOMPARE(opt(m.moneyRate()), qint64(2500));    // 1,5M ÷ 6M = 25,00 %
        QCOMPARE(opt(m.casePoints()), qint64(-1667));  // 33,33 − 50,00
        QCOMPARE(opt(m.moneyPoints()), qint64(-500));  // 25,00 − 30,00
        QCOMPARE(opt(m.caseNeeded()), qint64(1));      // ⌈50 % × 3⌉ = ⌈1,5⌉ = 2, minus 1 resolved
        QCOMPARE(opt(m.moneyNeeded()), qint64(300'000)); // ⌈30 % × 6M⌉ = 1,8M, minus 1,5M

        const StatisticsRow &t = *table.row(QStringLiteral("TPSL"));
        QCOMPARE(opt(t.caseTarget), qint64(9000));
        QCOMPARE(opt(t.moneyTarget), qint64(9999));
        QCOMPARE(opt(t.caseRate()), qint64(6667));     // 2 ÷ 3 = 66,666… % → 66,67 (half-up)
        QCOMPARE(opt(t.moneyRate()), qint64(6667));    // 4M ÷ 6M
        QCOMPARE(opt(t.casePoints()), qint64(-2333));
        QCOMPARE(opt(t.moneyPoints()), qint64(-3332));
        QCOMPARE(opt(t.caseNeeded()), qint64(1));      // ⌈90 % × 3⌉ = ⌈2,7⌉ = 3, minus 2
        QCOMPARE(opt(t.moneyNeeded()), qint64(1'999'400)); // ⌈99,99 % × 6M⌉ = 5 999 400, minus 4M

        const StatisticsRow &p = table.province;
        QCOMPARE(opt(p.caseTarget), qint64(8250));
        QCOMPARE(opt(p.moneyTarget), qint64(4200));
        QCOMPARE(opt(p.caseRate()), qint64(5000));     // 3 ÷ 6
        QCOMPARE(opt(p.moneyRate()), qint64(4583));    // 5,5M ÷ 12M = 45,833… %
        QCOMPARE(opt(p.casePoints()), qint64(-3250));
        QCOMPARE(opt(p.moneyPoints()), qint64(383));
        QCOMPARE(opt(p.caseNeeded()), qint64(2));      // ⌈82,5 % × 6⌉ = ⌈4,95⌉ = 5, minus 3
        QCOMPARE(opt(p.moneyNeeded()), qint64(0));     // ⌈42 % × 12M⌉ = 5,04M < 5,5M resolved

        const StatisticsRow &q = *table.row(QStringLiteral("QNH"));
        QCOMPARE(opt(q.caseTarget), qint64(8000));
        QVERIFY(!q.moneyTarget);
        QVERIFY(!q.caseRate());           // nothing with conditions
        QVERIFY(!q.casePoints());
        QCOMPARE(opt(q.caseNeeded()), qint64(0));
        QVERIFY(!q.moneyNeeded());

        const StatisticsRow &cuc = *table.row(QStringLiteral("CUC"));
        QVERIFY(!cuc.caseTarget && !cuc.moneyTarget && !cuc.caseNeeded() && !cuc.moneyNeeded());
    }
    {
        // Another year's targets: 2020 has only MSO's; 2022 has none.
        COMPUTE(y2020, db, StatisticalPeriod::year(2020));
        QCOMPARE(opt(y2020.row(QStringLiteral("MSO"))->caseTarget), qint64(1000));
        QVERIFY(!y2020.row(QStringLiteral("TPSL"))->caseTarget);
        QVERIFY(!y2020.province.caseTarget);
        COMPUTE(y2022, db, StatisticalPeriod::asOf(d(2021, 10, 5)));
        QCOMPARE(y2022.period.statisticalYear(), 2022);
        QVERIFY(!y2022.row(QStringLiteral("MSO"))->caseTarget);
        QVERIFY(!y2022.province.caseTarget);
    }
}

// Cases in four units; the province row is their sum, the other nine units are zeros.
// CUC:  U1 accepted 11/11/2020, due 100M; paid 40M 01/01/2021.
// TPSL: U2 accepted 05/05/2019, due 20M; unable 06/06/2019.
// MSO:  U3 accepted 02/02/2021, due 30M; paid 30M 03/03/2021, completed 04/03/2021.
// VHO:  U4 accepted 10/10/2020, due 7M, withdrawn 12/12/2020;
//       U5 accepted 11/10/2020, due 5M, suspended 11/11/2020.
void tst_StatisticsEngine::provinceIsTheSumOfUnits()
{
    TestDatabase db;
    const qint64 cuc = db.unitId(QStringLiteral("CUC"));
    const qint64 tpsl = db.unitId(QStringLiteral("TPSL"));
    const qint64 mso = db.unitId(QStringLiteral("MSO"));
    const qint64 vho = db.unitId(QStringLiteral("VHO"));
    store(db, {record(cuc, "U1", d(2020, 11, 11), 100 * M, {ev(EventType::Payment, d(2021, 1, 1), 40 * M)}),
               record(tpsl, "U2", d(2019, 5, 5), 20 * M, {ev(EventType::VerifiedUnable, d(2019, 6, 6))}),
               record(mso, "U3", d(2021, 2, 2), 30 * M,
                      {ev(EventType::Payment, d(2021, 3, 3), 30 * M), ev(EventType::Completed, d(2021, 3, 4))}),
               record(vho, "U4", d(2020, 10, 10), 7 * M, {ev(EventType::Withdrawn, d(2020, 12, 12))}),
               record(vho, "U5", d(2020, 10, 11), 5 * M, {ev(EventType::Suspended, d(2020, 11, 11))})});
    COMPUTE(table, db, StatisticalPeriod::year(2021));
    const Expected cucRow = {
        {Col::TotalAccepted, 1, 100 * M}, {Col::CarriedOver, 0, 0},       {Col::NewAccepted, 1, 100 * M},
        {Col::Entrusted, 0, 0},           {Col::Withdrawn, 0, 0},         {Col::ToEnforce, 1, 100 * M},
        {Col::WithConditions, 1, 100 * M}, {Col::Completed, 0, 40 * M},   {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},             {Col::Resolved, 0, 40 * M},     {Col::InProgress, 1, 60 * M},
        {Col::Postponed, 0, 0},           {Col::Suspended, 0, 0},         {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},   {Col::CarriedNext, 1, 60 * M},
    };
    const Expected tpslRow = {
        {Col::TotalAccepted, 1, 20 * M},  {Col::CarriedOver, 1, 20 * M},  {Col::NewAccepted, 0, 0},
        {Col::Entrusted, 0, 0},           {Col::Withdrawn, 0, 0},         {Col::ToEnforce, 1, 20 * M},
        {Col::WithConditions, 0, 0},      {Col::Completed, 0, 0},         {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},             {Col::Resolved, 0, 0},          {Col::InProgress, 0, 0},
        {Col::Postponed, 0, 0},           {Col::Suspended, 0, 0},         {Col::Other, 0, 0},
        {Col::WithoutConditions, 1, 20 * M}, {Col::CarriedNext, 1, 20 * M},
    };
    const Expected msoRow = {
        {Col::TotalAccepted, 1, 30 * M},  {Col::CarriedOver, 0, 0},       {Col::NewAccepted, 1, 30 * M},
        {Col::Entrusted, 0, 0},           {Col::Withdrawn, 0, 0},         {Col::ToEnforce, 1, 30 * M},
        {Col::WithConditions, 1, 30 * M}, {Col::Completed, 1, 30 * M},    {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},             {Col::Resolved, 1, 30 * M},     {Col::InProgress, 0, 0},
        {Col::Postponed, 0, 0},           {Col::Suspended, 0, 0},         {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},   {Col::CarriedNext, 0, 0},
    };
    const Expected vhoRow = {
        {Col::TotalAccepted, 2, 12 * M},  {Col::CarriedOver, 0, 0},       {Col::NewAccepted, 2, 12 * M},
        {Col::Entrusted, 0, 0},           {Col::Withdrawn, 1, 7 * M},     {Col::ToEnforce, 1, 5 * M},
        {Col::WithConditions, 1, 5 * M},  {Col::Completed, 0, 0},         {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},             {Col::Resolved, 0, 0},          {Col::InProgress, 0, 0},
        {Col::Postponed, 0, 0},           {Col::Suspended, 1, 5 * M},     {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0},   {Col::CarriedNext, 1, 5 * M},
    };
    // The sum, column by column: total 1+1+1+2 = 5 cases, 100+20+30+12 = 162M; …
    const Expected province = {
        {Col::TotalAccepted, 5, 162 * M}, {Col::CarriedOver, 1, 20 * M},  {Col::NewAccepted, 4, 142 * M},
        {Col::Entrusted, 0, 0},           {Col::Withdrawn, 1, 7 * M},     {Col::ToEnforce, 4, 155 * M},
        {Col::WithConditions, 3, 135 * M}, {Col::Completed, 1, 70 * M},   {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},             {Col::Resolved, 1, 70 * M},     {Col::InProgress, 1, 60 * M},
        {Col::Postponed, 0, 0},           {Col::Suspended, 1, 5 * M},     {Col::Other, 0, 0},
        {Col::WithoutConditions, 1, 20 * M}, {Col::CarriedNext, 3, 85 * M},
    };
    verifyRows(table, {{QStringLiteral("CUC"), cucRow},
                       {QStringLiteral("TPSL"), tpslRow},
                       {QStringLiteral("MSO"), msoRow},
                       {QStringLiteral("VHO"), vhoRow},
                       {QStringLiteral("PROVINCE"), province}});
    QCOMPARE(table.rows().size(), 14);
    QCOMPARE(table.rows().last().unit.code, QStringLiteral("PROVINCE"));
    QCOMPARE(table.units.first().unit.id, cuc); // the Cục is a unit of its own, first
    QCOMPARE(table.units.first().unit.kind, Unit::Kind::Province);
}

void tst_StatisticsEngine::invalidPeriodIsRefused()
{
    TestDatabase db;
    QString error;
    QVERIFY(!StatisticsEngine(db.database().sql()).compute(StatisticalPeriod(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_StatisticsEngine)
#include "tst_statisticsengine.moc"
