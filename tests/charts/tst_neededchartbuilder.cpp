// "Needed to reach target" on a hand-computed table: for each unit below its
// target, ⌈target × with_conditions ÷ 100⌉ − resolved more cases (or đồng),
// largest first; units at or above their target, or without one, are left out.
//
//   unit   cases: resolved / with, target → needed    money (đ): resolved / with, target → needed
//   A      150 / 200, 82,50 % → ⌈165⌉ − 150 = 15       500.000.000 / 1.000.000.000, 56,00 % → 60.000.000
//   B        3 /   7, 50,00 % → ⌈3,5⌉ − 3 = 1                 333 / 1.000, 33,35 % → ⌈333,5⌉ − 333 = 1
//   C       90 / 100, 80,00 % → 0 (above)                  900 / 1.000, 80,00 % → 0
//   D       10 /  40, no target → left out                  10 / 40, no target → left out
//   E       33 / 100, 33,00 % → 0 (exactly at)             330 / 1.000, 33,00 % → 0
//   F       60 / 100, 70,00 % → 10                  2.000.000.000 / 3.000.000.000, 70,00 % → 100.000.000

#include "ChartInteraction.h"
#include "Language.h"
#include "NeededChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QSignalSpy>
#include <QTest>

namespace {
StatisticsRow unitRow(qint64 id, const QString &code, qint64 resolved, qint64 with, qint64 resolvedMoney,
                      qint64 withMoney, std::optional<int> target, std::optional<int> moneyTarget)
{
    StatisticsRow row;
    row.unit.id = id;
    row.unit.code = code;
    row.unit.nameVi = row.unit.shortVi = row.unit.nameEn = QStringLiteral("Unit ") + code;
    row.figures.addCases(StatColumn::Completed, resolved);
    row.figures.addCases(StatColumn::InProgress, with - resolved);
    row.figures.addMoney(StatColumn::Completed, resolvedMoney);
    row.figures.addMoney(StatColumn::InProgress, withMoney - resolvedMoney);
    row.figures.deriveTotals();
    row.caseTarget = target;
    row.moneyTarget = moneyTarget;
    return row;
}

StatisticsTable fixture()
{
    StatisticsTable table;
    table.period = StatisticalPeriod::year(2021);
    table.units = {
        unitRow(1, QStringLiteral("A"), 150, 200, 500'000'000, 1'000'000'000, 8250, 5600),
        unitRow(2, QStringLiteral("B"), 3, 7, 333, 1'000, 5000, 3335),
        unitRow(3, QStringLiteral("C"), 90, 100, 900, 1'000, 8000, 8000),
        unitRow(4, QStringLiteral("D"), 10, 40, 10, 40, std::nullopt, std::nullopt),
        unitRow(5, QStringLiteral("E"), 33, 100, 330, 1'000, 3300, 3300),
        unitRow(6, QStringLiteral("F"), 60, 100, 2'000'000'000, 3'000'000'000, 7000, 7000),
    };
    for (const StatisticsRow &row : table.units)
        table.province.figures += row.figures;
    table.province.unit = StatisticsTable::provinceUnit();
    return table;
}

QStringList codes(const QList<NeededBar> &bars)
{
    QStringList list;
    for (const NeededBar &bar : bars)
        list << bar.unit.code;
    return list;
}
} // namespace

class tst_NeededChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::install(Language::Vietnamese); }
    void casesNeeded();
    void moneyNeeded();
    void chartDrawsTheNeeds();
    void nobodyBelowTarget();
};

void tst_NeededChartBuilder::casesNeeded()
{
    const QList<NeededBar> bars = NeededChartBuilder::bars(fixture(), Charts::Measure::Cases);
    QCOMPARE(codes(bars), (QStringList{QStringLiteral("A"), QStringLiteral("F"), QStringLiteral("B")}));
    QCOMPARE(bars.at(0).needed, 15);
    QCOMPARE(bars.at(1).needed, 10);
    QCOMPARE(bars.at(2).needed, 1);
    QCOMPARE(bars.at(0).target, 8250);
    QCOMPARE(bars.at(0).rate, std::optional<int>(7500));
    QVERIFY2(bars.at(0).toolTip.contains(QStringLiteral("15")), qPrintable(bars.at(0).toolTip));
}

void tst_NeededChartBuilder::moneyNeeded()
{
    const QList<NeededBar> bars = NeededChartBuilder::bars(fixture(), Charts::Measure::Money);
    QCOMPARE(codes(bars), (QStringList{QStringLiteral("F"), QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(bars.at(0).needed, 100'000'000);
    QCOMPARE(bars.at(1).needed, 60'000'000);
    QCOMPARE(bars.at(2).needed, 1);
    QVERIFY2(bars.at(1).toolTip.contains(QStringLiteral("60.000.000")), qPrintable(bars.at(1).toolTip));
}

void tst_NeededChartBuilder::chartDrawsTheNeeds()
{
    const auto cases = NeededChartBuilder::build(fixture(), Charts::Measure::Cases);
    QCOMPARE(cases.set->count(), 3);
    // Largest on top: Qt's category 0 is the bottom bar.
    QCOMPARE(cases.unitAxis->categories(),
             (QStringList{QStringLiteral("Unit B"), QStringLiteral("Unit F"), QStringLiteral("Unit A")}));
    QCOMPARE(cases.set->at(0), 1.0);
    QCOMPARE(cases.set->at(1), 10.0);
    QCOMPARE(cases.set->at(2), 15.0);

    const auto money = NeededChartBuilder::build(fixture(), Charts::Measure::Money);
    QCOMPARE(money.set->at(2), 100.0); // million đồng
    QCOMPARE(money.set->at(1), 60.0);
    QCOMPARE(money.set->at(0), 0.01); // 1 đ, rounded up to 10.000 đ
    QCOMPARE(NeededChartBuilder::barValue(7'057'790'123, Charts::Measure::Money), 7057.80);
    QCOMPARE(NeededChartBuilder::barValue(7'057'790'000, Charts::Measure::Money), 7057.79);

    QSignalSpy spy(ChartInteraction::of(cases.chart.get()), &ChartInteraction::drillDownRequested);
    emit cases.set->clicked(2);
    QCOMPARE(spy.size(), 1);
    const auto drill = spy.at(0).at(0).value<Charts::DrillDown>();
    QCOMPARE(drill.unitId, 1);
    QCOMPARE(drill.states, Charts::unresolvedStates());
}

void tst_NeededChartBuilder::nobodyBelowTarget()
{
    StatisticsTable table = fixture();
    table.units = {table.units.at(2), table.units.at(3), table.units.at(4)};
    QVERIFY(NeededChartBuilder::bars(table, Charts::Measure::Cases).isEmpty());
    QVERIFY(NeededChartBuilder::bars(table, Charts::Measure::Money).isEmpty());
    const auto result = NeededChartBuilder::build(table, Charts::Measure::Cases);
    QVERIFY(result.chart);
    QCOMPARE(result.set->count(), 0);
}

QTEST_MAIN(tst_NeededChartBuilder)
#include "tst_neededchartbuilder.moc"
