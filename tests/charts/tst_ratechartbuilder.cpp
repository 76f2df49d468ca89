// RateChartBuilder on the demo province: every bar is the engine's rate of
// its unit, in the set of met / not met that its points say, each target tick
// at the unit's target; the order is the official one or by rate; a click
// asks for the unit's unresolved cases of the period.

#include "ChartInteraction.h"
#include "Format.h"
#include "Language.h"
#include "RateChartBuilder.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Charts::Measure)

class tst_RateChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void barsAreTheEnginesRates_data();
    void barsAreTheEnginesRates();
    void officialOrderAndOrderByRate();
    void tooltipIsInVietnamese();
    void clickAsksForUnresolvedCases();
    void emptyTableGivesAnEmptyChart();

private:
    std::unique_ptr<TestDatabase> m_db;
    StatisticsTable m_2021;
};

void tst_RateChartBuilder::initTestCase()
{
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const auto table = StatisticsEngine(m_db->database().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    m_2021 = *table;
    QCOMPARE(m_2021.units.size(), 13);
}

void tst_RateChartBuilder::barsAreTheEnginesRates_data()
{
    QTest::addColumn<Charts::Measure>("measure");
    QTest::newRow("cases") << Charts::Measure::Cases;
    QTest::newRow("money") << Charts::Measure::Money;
}

void tst_RateChartBuilder::barsAreTheEnginesRates()
{
    QFETCH(Charts::Measure, measure);
    const auto result = RateChartBuilder::build(m_2021, measure, RateChartBuilder::Order::Official);
    QCOMPARE(result.bars.size(), m_2021.units.size());
    QCOMPARE(result.unitAxis->count(), m_2021.units.size());
    QCOMPARE(result.series->barSets().size(), 3);
    int marks = 0;
    for (int i = 0; i < m_2021.units.size(); ++i) {
        const StatisticsRow &row = m_2021.units.at(i);
        const bool cases = measure == Charts::Measure::Cases;
        const auto rate = cases ? row.caseRate() : row.moneyRate();
        const auto target = cases ? row.caseTarget : row.moneyTarget;
        const auto points = cases ? row.casePoints() : row.moneyPoints();
        QVERIFY(rate && target && points);
        const RateBar &bar = result.bars.at(i);
        QCOMPARE(bar.unit.id, row.unit.id);
        QCOMPARE(bar.rate, rate);
        QCOMPARE(bar.target, target);
        // Qt draws category 0 at the bottom: bar i (from the top) is category j.
        const int j = Charts::flipped(i, m_2021.units.size());
        QCOMPARE(result.unitAxis->at(j), RateChartBuilder::categoryLabel(bar));
        QVERIFY(result.unitAxis->at(j).startsWith(row.unit.shortName()));
        // The bar stands in exactly one set: met when the points are >= 0.
        QBarSet *owner = *points >= 0 ? result.metSet : result.notMetSet;
        for (QBarSet *set : {result.metSet, result.notMetSet, result.noTargetSet})
            QCOMPARE(set->at(j), set == owner ? *rate / 100.0 : 0.0);
        // The target tick crosses the bar at the target.
        QLineSeries *mark = result.targetMarks.at(marks++);
        QCOMPARE(mark->count(), 2);
        QCOMPARE(mark->at(0).x(), *target / 100.0);
        QCOMPARE(mark->at(1).x(), *target / 100.0);
        QVERIFY(mark->at(0).y() < j && mark->at(1).y() > j);
    }
    // Demo 2021, cases: the Cục (78,35 %), Mường La and Vân Hồ lag.
    if (measure == Charts::Measure::Cases) {
        QStringList lagging;
        for (const RateBar &bar : result.bars) {
            if (bar.met == false)
                lagging << bar.unit.code;
        }
        QCOMPARE(lagging.size(), 3);
        QCOMPARE(result.bars.constFirst().rate, std::optional<int>(7835));
    }
}

void tst_RateChartBuilder::officialOrderAndOrderByRate()
{
    const auto official = RateChartBuilder::bars(m_2021, Charts::Measure::Cases, RateChartBuilder::Order::Official);
    const auto ranked = RateChartBuilder::bars(m_2021, Charts::Measure::Cases, RateChartBuilder::Order::ByRate);
    QCOMPARE(official.size(), ranked.size());
    QStringList officialCodes, rankedCodes;
    for (int i = 0; i < official.size(); ++i) {
        officialCodes << official.at(i).unit.code;
        rankedCodes << ranked.at(i).unit.code;
        QCOMPARE(official.at(i).unit.code, m_2021.units.at(i).unit.code);
        if (i > 0)
            QVERIFY(*ranked.at(i - 1).rate >= *ranked.at(i).rate);
    }
    QVERIFY(officialCodes != rankedCodes);
    QCOMPARE(QSet<QString>(officialCodes.cbegin(), officialCodes.cend()),
             QSet<QString>(rankedCodes.cbegin(), rankedCodes.cend()));
    // Sốp Cộp (90,23 %) leads; the Cục (78,35 %) trails.
    QCOMPARE(ranked.constFirst().rate, std::optional<int>(9023));
    QCOMPARE(ranked.constLast().rate, std::optional<int>(7835));

    // The chart draws them in that order, first on top (the last category).
    const auto chart = RateChartBuilder::build(m_2021, Charts::Measure::Cases, RateChartBuilder::Order::ByRate);
    const int n = int(ranked.size());
    QVERIFY(chart.unitAxis->at(n - 1).startsWith(QStringLiteral("Sốp Cộp")));
    QVERIFY(chart.unitAxis->at(n - 1).endsWith(Format::percent(9023))); // 90,23 %
    for (int i = 0; i < n; ++i) {
        const int j = Charts::flipped(i, n);
        QCOMPARE(chart.unitAxis->at(j), RateChartBuilder::categoryLabel(ranked.at(i)));
        QCOMPARE(chart.metSet->at(j) + chart.notMetSet->at(j), *ranked.at(i).rate / 100.0);
    }
    const auto inOrder = RateChartBuilder::build(m_2021, Charts::Measure::Cases, RateChartBuilder::Order::Official);
    QVERIFY(inOrder.unitAxis->categories() != chart.unitAxis->categories());
}

void tst_RateChartBuilder::tooltipIsInVietnamese()
{
    const auto bars = RateChartBuilder::bars(m_2021, Charts::Measure::Cases, RateChartBuilder::Order::Official);
    const QString tip = bars.constFirst().toolTip; // the Cục: 228 of 291, 78,35 %, target 80,00 %, 5 needed
    QVERIFY2(tip.contains(QStringLiteral("78,35")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("80,00")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("-1,65")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("228")) && tip.contains(QStringLiteral("291")), qPrintable(tip));
    const auto money = RateChartBuilder::bars(m_2021, Charts::Measure::Money, RateChartBuilder::Order::Official);
    QVERIFY2(money.constFirst().toolTip.contains(QStringLiteral("33.053.855.750")), qPrintable(money.constFirst().toolTip));
}

void tst_RateChartBuilder::clickAsksForUnresolvedCases()
{
    const auto result = RateChartBuilder::build(m_2021, Charts::Measure::Cases, RateChartBuilder::Order::ByRate);
    ChartInteraction *interaction = ChartInteraction::of(result.chart.get());
    QVERIFY(interaction);
    QSignalSpy spy(interaction, &ChartInteraction::drillDownRequested);
    QSignalSpy hovers(interaction, &ChartInteraction::hovered);
    // The bottom bar (the lowest rate, the Cục's) is category 0 of its set.
    const int last = int(result.bars.size()) - 1;
    QCOMPARE(result.bars.at(last).met, std::optional<bool>(false));
    emit result.notMetSet->clicked(0);
    QCOMPARE(spy.size(), 1);
    const auto drill = spy.at(0).at(0).value<Charts::DrillDown>();
    QCOMPARE(drill.unitId, result.bars.at(last).unit.id);
    QCOMPARE(drill.period, StatisticalPeriod::year(2021));
    QCOMPARE(drill.states, (QSet<CaseState>{CaseState::InProgress, CaseState::Postponed, CaseState::Suspended,
                                            CaseState::HeldOther}));
    QVERIFY(!drill.description.isEmpty());
    emit result.metSet->hovered(true, last);
    QCOMPARE(hovers.size(), 1);
    QCOMPARE(hovers.at(0).at(0).toString(), result.bars.at(0).toolTip);
    QCOMPARE(hovers.at(0).at(1).toBool(), true);
}

void tst_RateChartBuilder::emptyTableGivesAnEmptyChart()
{
    StatisticsTable empty;
    empty.period = StatisticalPeriod::year(2030);
    const auto result = RateChartBuilder::build(empty, Charts::Measure::Cases, RateChartBuilder::Order::ByRate);
    QVERIFY(result.chart);
    QVERIFY(result.bars.isEmpty());
    // A table whose units counted nothing: bars without a rate, none met or not met.
    StatisticsTable blank = m_2021;
    for (StatisticsRow &row : blank.units)
        row.figures = StatisticsFigures{};
    const auto bars = RateChartBuilder::bars(blank, Charts::Measure::Cases, RateChartBuilder::Order::ByRate);
    for (const RateBar &bar : bars) {
        QVERIFY(!bar.rate);
        QVERIFY(!bar.met);
    }
}

QTEST_MAIN(tst_RateChartBuilder)
#include "tst_ratechartbuilder.moc"
