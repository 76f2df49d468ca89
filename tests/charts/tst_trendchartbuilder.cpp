// The trend over the years on the demo province: StatisticsSeries gives one
// table per year with results (2019–2022; the inherited backlog years before
// them are left out), and TrendChartBuilder draws one point per year, each the
// engine's rate of that year, with the year's target, for the province and a
// chosen unit.

#include "Language.h"
#include "StatisticsEngine.h"
#include "StatisticsSeries.h"
#include "TestDatabase.h"
#include "TrendChartBuilder.h"

#include <QBarCategoryAxis>
#include <QLineSeries>
#include <QTest>

Q_DECLARE_METATYPE(Charts::Measure)

class tst_TrendChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneTablePerYearWithResults();
    void onePointPerYear_data();
    void onePointPerYear();
    void emptyDatabaseHasNoYears();

private:
    std::unique_ptr<TestDatabase> m_db;
    QList<StatisticsTable> m_years;
};

void tst_TrendChartBuilder::initTestCase()
{
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    const auto years = StatisticsSeries(m_db->database().sql()).years(&error);
    QVERIFY2(years, qPrintable(error));
    m_years = *years;
}

void tst_TrendChartBuilder::oneTablePerYearWithResults()
{
    QList<int> years;
    for (const StatisticsTable &table : m_years)
        years << table.period.statisticalYear();
    QCOMPARE(years, (QList<int>{2019, 2020, 2021, 2022}));
    // Each is exactly the engine's table of that year.
    QString error;
    const StatisticsEngine engine(m_db->database().sql());
    for (const StatisticsTable &table : m_years) {
        const auto direct = engine.compute(StatisticalPeriod::year(table.period.statisticalYear()), &error);
        QVERIFY2(direct, qPrintable(error));
        QCOMPARE(table.period, direct->period);
        QCOMPARE(table.province.figures, direct->province.figures);
        QCOMPARE(table.province.caseTarget, direct->province.caseTarget);
    }
    QCOMPARE(m_years.at(2).province.caseRate(), std::optional<int>(8542));
    QCOMPARE(m_years.at(2).province.caseTarget, std::optional<int>(8250));
}

void tst_TrendChartBuilder::onePointPerYear_data()
{
    QTest::addColumn<Charts::Measure>("measure");
    QTest::addColumn<QString>("unitCode");
    QTest::newRow("cases, province") << Charts::Measure::Cases << QString();
    QTest::newRow("cases, Mường La") << Charts::Measure::Cases << QStringLiteral("MLA");
    QTest::newRow("money, Sốp Cộp") << Charts::Measure::Money << QStringLiteral("SCO");
}

void tst_TrendChartBuilder::onePointPerYear()
{
    QFETCH(Charts::Measure, measure);
    QFETCH(QString, unitCode);
    const qint64 unitId = unitCode.isEmpty() ? 0 : m_db->unitId(unitCode);
    QVERIFY(unitCode.isEmpty() || unitId != 0);
    const auto result = TrendChartBuilder::build(m_years, measure, unitId);
    QCOMPARE(result.categories, (QStringList{QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021"),
                                             QStringLiteral("2022")}));
    QCOMPARE(result.periodAxis->categories(), result.categories);
    const bool cases = measure == Charts::Measure::Cases;
    const auto check = [&](const RateLine &line, const auto &rowOf) {
        QCOMPARE(line.points.size(), m_years.size());
        QCOMPARE(line.rateSeries->count(), m_years.size());
        QVERIFY(line.targetSeries);
        QCOMPARE(line.targetSeries->count(), m_years.size());
        for (int i = 0; i < m_years.size(); ++i) {
            const StatisticsRow &row = rowOf(m_years.at(i));
            const auto rate = cases ? row.caseRate() : row.moneyRate();
            const auto target = cases ? row.caseTarget : row.moneyTarget;
            QVERIFY(rate && target);
            QCOMPARE(line.points.at(i).rate, rate);
            QCOMPARE(line.points.at(i).target, target);
            QCOMPARE(line.rateSeries->at(i), QPointF(i, *rate / 100.0));
            QCOMPARE(line.targetSeries->at(i), QPointF(i, *target / 100.0));
            QVERIFY(!line.points.at(i).toolTip.isEmpty());
        }
    };
    check(result.province, [](const StatisticsTable &t) -> const StatisticsRow & { return t.province; });
    QCOMPARE(result.unit.has_value(), unitId != 0);
    if (result.unit) {
        QCOMPARE(result.unit->unit.id, unitId);
        check(*result.unit, [&](const StatisticsTable &t) -> const StatisticsRow & { return *t.row(unitCode); });
    }
}

void tst_TrendChartBuilder::emptyDatabaseHasNoYears()
{
    TestDatabase empty;
    QString error;
    const auto years = StatisticsSeries(empty.database().sql()).years(&error);
    QVERIFY2(years, qPrintable(error));
    QVERIFY(years->isEmpty());
    const auto result = TrendChartBuilder::build(*years, Charts::Measure::Cases, 0);
    QVERIFY(result.chart);
    QCOMPARE(result.province.rateSeries->count(), 0);
    QVERIFY(!result.province.targetSeries);
}

QTEST_MAIN(tst_TrendChartBuilder)
#include "tst_trendchartbuilder.moc"
