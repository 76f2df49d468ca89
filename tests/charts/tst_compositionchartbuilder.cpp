// CompositionChartBuilder on the demo province: each unit's stacked bar is
// its cases by state at the period's end, part by part as the engine counted
// them, adding up to the cases to enforce; a click on a part asks for the
// unit's cases in that state.

#include "ChartInteraction.h"
#include "CompositionChartBuilder.h"
#include "Language.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(StatisticalPeriod)

class tst_CompositionChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void partsAreTheEnginesCounts_data();
    void partsAreTheEnginesCounts();
    void clickAsksForThePartsStates();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void tst_CompositionChartBuilder::initTestCase()
{
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void tst_CompositionChartBuilder::partsAreTheEnginesCounts_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::newRow("2021") << StatisticalPeriod::year(2021);
    QTest::newRow("9 months of 2021") << StatisticalPeriod::months(2021, 9);
    QTest::newRow("2019") << StatisticalPeriod::year(2019);
}

void tst_CompositionChartBuilder::partsAreTheEnginesCounts()
{
    QFETCH(StatisticalPeriod, period);
    QString error;
    const auto table = StatisticsEngine(m_db->database().sql()).compute(period, &error);
    QVERIFY2(table, qPrintable(error));
    const auto result = CompositionChartBuilder::build(*table);
    const QList<StatColumn> parts{StatColumn::Resolved,  StatColumn::InProgress, StatColumn::Postponed,
                                  StatColumn::Suspended, StatColumn::Other,      StatColumn::WithoutConditions};
    QCOMPARE(result.parts, parts);
    QCOMPARE(result.series->barSets().size(), parts.size());
    const int n = int(table->units.size());
    QCOMPARE(result.unitAxis->count(), n);
    for (int i = 0; i < n; ++i) {
        const StatisticsRow &row = table->units.at(i);
        const int j = Charts::flipped(i, n);
        QCOMPARE(result.units.at(i).id, row.unit.id);
        QCOMPARE(result.unitAxis->at(j), row.unit.shortName());
        double withConditions = 0;
        double total = 0;
        for (int k = 0; k < parts.size(); ++k) {
            const QBarSet *set = result.series->barSets().at(k);
            QCOMPARE(set->label(), StatColumns::displayName(parts.at(k)));
            QCOMPARE(set->at(j), double(row.figures.cases(parts.at(k))));
            total += set->at(j);
            if (parts.at(k) != StatColumn::WithoutConditions)
                withConditions += set->at(j);
        }
        QCOMPARE(withConditions, double(row.figures.cases(StatColumn::WithConditions)));
        QCOMPARE(total, double(row.figures.cases(StatColumn::ToEnforce)));
    }
}

void tst_CompositionChartBuilder::clickAsksForThePartsStates()
{
    QString error;
    const auto table = StatisticsEngine(m_db->database().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY(table);
    const auto result = CompositionChartBuilder::build(*table);
    QSignalSpy spy(ChartInteraction::of(result.chart.get()), &ChartInteraction::drillDownRequested);
    const int n = int(result.units.size());
    // Postponed (part 2) of the top bar, the Cục; resolved (part 0) of the bottom bar.
    emit result.series->barSets().at(2)->clicked(n - 1);
    emit result.series->barSets().at(0)->clicked(0);
    QCOMPARE(spy.size(), 2);
    const auto postponed = spy.at(0).at(0).value<Charts::DrillDown>();
    QCOMPARE(postponed.unitId, table->units.constFirst().unit.id);
    QCOMPARE(postponed.states, QSet<CaseState>{CaseState::Postponed});
    QCOMPARE(postponed.period, StatisticalPeriod::year(2021));
    const auto resolved = spy.at(1).at(0).value<Charts::DrillDown>();
    QCOMPARE(resolved.unitId, table->units.constLast().unit.id);
    QCOMPARE(resolved.states, (QSet<CaseState>{CaseState::Completed, CaseState::Terminated}));
}

QTEST_MAIN(tst_CompositionChartBuilder)
#include "tst_compositionchartbuilder.moc"
