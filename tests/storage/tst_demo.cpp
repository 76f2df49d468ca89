// The demo province (DemoBuilder), built once: its tables hold DESIGN.md's
// identities for every unit and period, the province is the sum of its units,
// the seed figures of Sơn La 2021 come out to the digit, and the SQL engine
// agrees case by case with the core's replay of every stored log.

#include "CaseRepository.h"
#include "DemoBuilder.h"
#include "StatisticsChecks.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(StatisticalPeriod)

namespace {
constexpr qint64 kEmpty = -999'999'999;
template<typename T>
qint64 opt(const std::optional<T> &value)
{
    return value ? qint64(*value) : kEmpty;
}

QString numbers(const QList<int> &values)
{
    QStringList text;
    for (int v : values)
        text << QString::number(v);
    return QLatin1Char('[') + text.join(QLatin1Char(',')) + QLatin1Char(']');
}
} // namespace

class tst_Demo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTableHoldsTheIdentities_data();
    void everyTableHoldsTheIdentities();
    void seedFiguresOf2021();
    void unitsDifferIn2021();
    void year2023HasOnlyCarriedCases();
    void engineAgreesWithTheCore_data();
    void engineAgreesWithTheCore();
    void seqIsTheReplayOrder();
    void cachedStateFollowsTheLog();

private:
    StatisticsTable compute(const StatisticalPeriod &period);

    std::unique_ptr<TestDatabase> m_db;
    QList<StatisticsChecks::LedgerCase> m_ledgers; // every stored case, as the core reads it
};

void tst_Demo::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QElapsedTimer timer;
    timer.start();
    DemoBuilder builder(m_db->session());
    QString error;
    QVERIFY2(builder.build(&error), qPrintable(error));
    qInfo("demo: %lld cases, %lld events built in %lld ms", builder.caseCount(), builder.eventCount(),
          timer.restart());
    QSqlQuery q(m_db->database().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), builder.caseCount());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_events")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), builder.eventCount());
    QVERIFY(builder.caseCount() > 10'000);
    // Nothing the demo wrote is dated after its last statistical year.
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(event_date) FROM case_events")) && q.next());
    QVERIFY2(q.value(0).toString() <= QLatin1String("2022-09-30"), qPrintable(q.value(0).toString()));
    q.finish();

    m_ledgers = StatisticsChecks::loadLedgers(m_db->session());
    QCOMPARE(qint64(m_ledgers.size()), builder.caseCount());
    qInfo("demo: ledgers read in %lld ms", timer.elapsed());
}

StatisticsTable tst_Demo::compute(const StatisticalPeriod &period)
{
    QString error;
    const auto table = StatisticsEngine(m_db->database().sql()).compute(period, &error);
    if (!table)
        qWarning("%s: %s", qPrintable(period.key()), qPrintable(error));
    return table.value_or(StatisticsTable{});
}

void tst_Demo::everyTableHoldsTheIdentities_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    for (int year = 2017; year <= 2023; ++year)
        QTest::newRow(qPrintable(QStringLiteral("year %1").arg(year))) << StatisticalPeriod::year(year);
    for (int months = 1; months <= 12; ++months)
        QTest::newRow(qPrintable(QStringLiteral("%1 months of 2021").arg(months)))
            << StatisticalPeriod::months(2021, months);
    for (const QDate date : {QDate(2017, 6, 30), QDate(2018, 10, 1), QDate(2020, 9, 30), QDate(2020, 10, 1),
                             QDate(2021, 3, 15), QDate(2021, 12, 31), QDate(2022, 9, 30), QDate(2026, 11, 25)})
        QTest::newRow(qPrintable(QStringLiteral("as of %1").arg(date.toString(Qt::ISODate))))
            << StatisticalPeriod::asOf(date);
}

void tst_Demo::everyTableHoldsTheIdentities()
{
    QFETCH(StatisticalPeriod, period);
    const StatisticsTable table = compute(period);
    QCOMPARE(table.period, period);
    QCOMPARE(table.units.size(), 13);
    const QStringList problems = StatisticsChecks::tableProblems(table);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    // And the engine matches the core's replay in every column, cases and money.
    const auto core = StatisticsChecks::fromLedgers(m_ledgers, period);
    const QStringList differences = StatisticsChecks::compareWithLedgers(table, core);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.mid(0, 20).join(QLatin1Char('\n'))));
}

void tst_Demo::seedFiguresOf2021()
{
    const StatisticsTable year = compute(StatisticalPeriod::year(2021));
    const StatisticsRow &p = year.province;
    QCOMPARE(p.figures.cases(StatColumn::Resolved), qint64(4963));
    QCOMPARE(p.figures.cases(StatColumn::WithConditions), qint64(5810));
    QCOMPARE(opt(p.caseRate()), qint64(8542));   // 85,42 %
    QCOMPARE(opt(p.caseTarget), qint64(8250));   // 82,50 %
    QCOMPARE(opt(p.casePoints()), qint64(292));  // vượt 2,92 %
    QCOMPARE(opt(p.moneyRate()), qint64(5668));  // 56,68 %
    QCOMPARE(opt(p.caseNeeded()), qint64(0));    // the target is reached
    const StatisticsTable nine = compute(StatisticalPeriod::months(2021, 9));
    QCOMPARE(opt(nine.province.caseRate()), qint64(7656)); // 76,56 % at 30/06/2021
    QCOMPARE(opt(nine.province.caseTarget), qint64(8250)); // the year's target
}

void tst_Demo::unitsDifferIn2021()
{
    const StatisticsTable table = compute(StatisticalPeriod::year(2021));
    QCOMPARE(table.units.size(), 13);
    for (int i = 0; i < table.units.size(); ++i) {
        QVERIFY2(table.units.at(i).figures.cases(StatColumn::TotalAccepted) > 0, qPrintable(table.units.at(i).unit.code));
        for (int j = i + 1; j < table.units.size(); ++j)
            QVERIFY2(!(table.units.at(i).figures == table.units.at(j).figures),
                     qPrintable(table.units.at(i).unit.code + QLatin1Char('=') + table.units.at(j).unit.code));
    }
    int above = 0, below = 0;
    QSet<qint64> rates;
    for (const StatisticsRow &row : table.units) {
        QVERIFY2(row.caseTarget && row.casePoints(), qPrintable(row.unit.code));
        above += *row.casePoints() > 0;
        below += *row.casePoints() < 0;
        rates.insert(opt(row.caseRate()));
    }
    QVERIFY2(above > 0 && below > 0, qPrintable(QStringLiteral("%1 above, %2 below").arg(above).arg(below)));
    QVERIFY(rates.size() > 6);
}

void tst_Demo::year2023HasOnlyCarriedCases()
{
    const StatisticsTable table = compute(StatisticalPeriod::year(2023));
    const StatisticsFigures &f = table.province.figures;
    QCOMPARE(f.cases(StatColumn::NewAccepted), qint64(0));
    QVERIFY(f.cases(StatColumn::CarriedOver) > 0);
    QCOMPARE(f.cases(StatColumn::Resolved), qint64(0)); // nothing happens after 30/09/2022
    QCOMPARE(f.money(StatColumn::Completed), qint64(0));
    // What 2022 carried to the next period is what 2023 carried over.
    const StatisticsTable y2022 = compute(StatisticalPeriod::year(2022));
    QCOMPARE(f.cases(StatColumn::CarriedOver), y2022.province.figures.cases(StatColumn::CarriedNext));
    QCOMPARE(f.money(StatColumn::CarriedOver), y2022.province.figures.money(StatColumn::CarriedNext));
}

void tst_Demo::engineAgreesWithTheCore_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::newRow("9 months of 2021") << StatisticalPeriod::months(2021, 9);
    QTest::newRow("year 2021") << StatisticalPeriod::year(2021);
    QTest::newRow("year 2020") << StatisticalPeriod::year(2020);
}

// Per unit, CaseLedger::stateIn summed over the unit's cases gives the
// engine's leaf case counts (and carried over / new).
void tst_Demo::engineAgreesWithTheCore()
{
    QFETCH(StatisticalPeriod, period);
    const StatisticsTable table = compute(period);
    QCOMPARE(table.units.size(), 13);
    QHash<qint64, QHash<CaseState, qint64>> states;
    QHash<qint64, std::pair<qint64, qint64>> carriedAndNew;
    for (const StatisticsChecks::LedgerCase &c : std::as_const(m_ledgers)) {
        const auto state = c.ledger.stateIn(period);
        if (!state)
            continue;
        ++states[c.unitId][*state];
        auto &[carried, fresh] = carriedAndNew[c.unitId];
        ++(c.ledger.acceptedDate() < period.start() ? carried : fresh);
    }
    QStringList differences;
    for (const StatisticsRow &row : table.units) {
        for (CaseState state : CaseStates::all()) {
            const qint64 core = states.value(row.unit.id).value(state);
            const qint64 engine = row.figures.cases(StatColumns::forState(state));
            if (core != engine)
                differences << QStringLiteral("%1 %2: engine %3, ledgers %4")
                                   .arg(row.unit.code, CaseStates::key(state))
                                   .arg(engine)
                                   .arg(core);
        }
        const auto [carried, fresh] = carriedAndNew.value(row.unit.id);
        if (carried != row.figures.cases(StatColumn::CarriedOver) || fresh != row.figures.cases(StatColumn::NewAccepted))
            differences << QStringLiteral("%1 carried/new: engine %2/%3, ledgers %4/%5")
                               .arg(row.unit.code)
                               .arg(row.figures.cases(StatColumn::CarriedOver))
                               .arg(row.figures.cases(StatColumn::NewAccepted))
                               .arg(carried)
                               .arg(fresh);
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(table.province.figures.cases(StatColumn::TotalAccepted) > 1000);
}

void tst_Demo::seqIsTheReplayOrder()
{
    QHash<qint64, QList<int>> seqOf; // case id → seq of its events in the order recorded
    QSqlQuery q(m_db->database().sql());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT case_id, seq FROM case_events ORDER BY case_id, id")));
    while (q.next())
        seqOf[q.value(0).toLongLong()] << q.value(1).toInt();
    int checked = 0, reordered = 0;
    QStringList differences;
    for (const StatisticsChecks::LedgerCase &c : std::as_const(m_ledgers)) {
        const QList<int> positions = c.ledger.replayPositions();
        if (seqOf.value(c.caseId) != positions && differences.size() < 10)
            differences << QStringLiteral("case %1: seq %2, replay %3")
                               .arg(c.caseId)
                               .arg(numbers(seqOf.value(c.caseId)), numbers(positions));
        ++checked;
        QList<int> sorted = positions;
        std::sort(sorted.begin(), sorted.end());
        reordered += sorted != positions;
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QCOMPARE(checked, int(m_ledgers.size()));
    qInfo("seq: %d cases checked, %d of them recorded out of date order", checked, reordered);
}

void tst_Demo::cachedStateFollowsTheLog()
{
    QHash<qint64, std::tuple<QString, qint64, qint64, QString>> cache;
    QSqlQuery q(m_db->database().sql());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT id, state, amount_paid, amount_remaining, closed_date FROM cases")));
    while (q.next())
        cache.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong(),
                                               q.value(3).toLongLong(), q.value(4).toString()});
    QStringList differences;
    for (const StatisticsChecks::LedgerCase &c : std::as_const(m_ledgers)) {
        const CaseStatus status = c.ledger.current();
        const auto expected = std::make_tuple(CaseStates::key(status.state()), status.paid, status.remaining(),
                                              status.terminal ? status.terminalDate.toString(Qt::ISODate) : QString());
        if (cache.value(c.caseId) != expected && differences.size() < 10)
            differences << QStringLiteral("case %1: cached %2, log says %3")
                               .arg(c.caseId)
                               .arg(std::get<0>(cache.value(c.caseId)), std::get<0>(expected));
    }
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Demo)
#include "tst_demo.moc"
