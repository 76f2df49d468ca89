// The year's progress: StatisticsSeries gives the cumulative tables at the end
// of each month from October (kỳ 1 … 12 tháng), cut at the period's end and at
// today, and ProgressChartBuilder draws one point per month, each the engine's
// rate of that period. Sơn La 2021 stands at 76,56 % at the end of June and
// ends the year at 85,42 % against its 82,50 % target.

#include "Language.h"
#include "ProgressChartBuilder.h"
#include "StatisticsEngine.h"
#include "StatisticsSeries.h"
#include "TestDatabase.h"

#include <QBarCategoryAxis>
#include <QLineSeries>
#include <QTest>

Q_DECLARE_METATYPE(StatisticalPeriod)

class tst_ProgressChartBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void monthPeriods_data();
    void monthPeriods();
    void sonLa2021MonthByMonth();
    void unitLineIsTheUnitsRows();
    void periodNotBegunHasNoPoints();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void tst_ProgressChartBuilder::initTestCase()
{
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void tst_ProgressChartBuilder::monthPeriods_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("lastEnd");
    QTest::addColumn<bool>("lastIsMonthEnd");
    const QDate later(2026, 11, 25);
    QTest::newRow("year") << StatisticalPeriod::year(2021) << later << 12 << QDate(2021, 9, 30) << true;
    QTest::newRow("9 months") << StatisticalPeriod::months(2021, 9) << later << 9 << QDate(2021, 6, 30) << true;
    QTest::newRow("1 month") << StatisticalPeriod::months(2021, 1) << later << 1 << QDate(2020, 10, 31) << true;
    QTest::newRow("as of 15/03") << StatisticalPeriod::asOf(QDate(2021, 3, 15)) << later << 6 << QDate(2021, 3, 15) << false;
    QTest::newRow("as of 31/03") << StatisticalPeriod::asOf(QDate(2021, 3, 31)) << later << 6 << QDate(2021, 3, 31) << true;
    QTest::newRow("as of 01/10") << StatisticalPeriod::asOf(QDate(2020, 10, 1)) << later << 1 << QDate(2020, 10, 1) << false;
    QTest::newRow("year running, today 25/11") << StatisticalPeriod::year(2027) << QDate(2026, 11, 25) << 2
                                               << QDate(2026, 11, 25) << false;
    QTest::newRow("year running, today 31/10") << StatisticalPeriod::year(2027) << QDate(2026, 10, 31) << 1
                                               << QDate(2026, 10, 31) << true;
    QTest::newRow("year not begun") << StatisticalPeriod::year(2028) << QDate(2026, 11, 25) << 0 << QDate() << false;
    QTest::newRow("no today") << StatisticalPeriod::year(2021) << QDate() << 12 << QDate(2021, 9, 30) << true;
}

void tst_ProgressChartBuilder::monthPeriods()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(QDate, today);
    QFETCH(int, count);
    QFETCH(QDate, lastEnd);
    QFETCH(bool, lastIsMonthEnd);
    const QList<StatisticalPeriod> periods = StatisticsSeries::monthPeriods(period, today);
    QCOMPARE(periods.size(), count);
    for (int i = 0; i < periods.size(); ++i) {
        QCOMPARE(periods.at(i).start(), period.start());
        QCOMPARE(periods.at(i).statisticalYear(), period.statisticalYear());
        if (i + 1 < periods.size() || lastIsMonthEnd)
            QCOMPARE(periods.at(i), StatisticalPeriod::months(period.statisticalYear(), i + 1));
    }
    if (count > 0) {
        QCOMPARE(periods.last().end(), lastEnd);
        QCOMPARE(periods.last().kind() == StatisticalPeriod::Kind::AsOf, !lastIsMonthEnd);
    }
}

void tst_ProgressChartBuilder::sonLa2021MonthByMonth()
{
    QString error;
    const QSqlDatabase sql = m_db->database().sql();
    const auto months = StatisticsSeries(sql).months(StatisticalPeriod::year(2021), QDate(2026, 11, 25), &error);
    QVERIFY2(months, qPrintable(error));
    QCOMPARE(months->size(), 12);
    const auto result = ProgressChartBuilder::build(*months, Charts::Measure::Cases);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    QCOMPARE(result.categories.constFirst(), vi.monthName(10, QLocale::ShortFormat) + QStringLiteral("<br>2020"));
    QCOMPARE(result.categories.at(8), vi.monthName(6, QLocale::ShortFormat) + QStringLiteral("<br>2021"));
    QCOMPARE(result.categories.constLast(), vi.monthName(9, QLocale::ShortFormat) + QStringLiteral("<br>2021"));
    QCOMPARE(ProgressChartBuilder::label(QDate(2021, 3, 15)), QStringLiteral("15/03<br>2021"));
    QCOMPARE(result.periodAxis->count(), 12);
    QVERIFY(!result.unit);

    const RateLine &province = result.province;
    QCOMPARE(province.rateSeries->count(), 12);
    const StatisticsEngine engine(sql);
    for (int n = 1; n <= 12; ++n) {
        const auto table = engine.compute(StatisticalPeriod::months(2021, n), &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(province.points.at(n - 1).period, table->period);
        QCOMPARE(province.points.at(n - 1).rate, table->province.caseRate());
        QCOMPARE(province.points.at(n - 1).resolved, table->province.figures.cases(StatColumn::Resolved));
        QCOMPARE(province.rateSeries->at(n - 1).y(), *table->province.caseRate() / 100.0);
    }
    QCOMPARE(province.points.at(8).rate, std::optional<int>(7656)); // 9 tháng: 30/06/2021
    QCOMPARE(province.points.at(11).rate, std::optional<int>(8542));
    // The target line: the year's target at every month.
    QVERIFY(province.targetSeries);
    QCOMPARE(province.targetSeries->count(), 12);
    for (const QPointF &point : province.targetSeries->points())
        QCOMPARE(point.y(), 82.5);
    // June stands below the target line, as does August; the year ends above it.
    QVERIFY(province.points.at(8).rate < province.points.at(8).target);
    QVERIFY(province.points.at(10).rate < province.points.at(11).target);
    QVERIFY(province.points.at(11).rate >= province.points.at(11).target);

    // In money, the same periods.
    const auto money = ProgressChartBuilder::build(*months, Charts::Measure::Money);
    QCOMPARE(money.province.points.at(11).rate, months->constLast().province.moneyRate());
    QCOMPARE(money.province.points.at(11).rate, std::optional<int>(5668));
}

void tst_ProgressChartBuilder::unitLineIsTheUnitsRows()
{
    QString error;
    const auto months = StatisticsSeries(m_db->database().sql())
                            .months(StatisticalPeriod::months(2021, 6), QDate(2026, 11, 25), &error);
    QVERIFY2(months, qPrintable(error));
    QCOMPARE(months->size(), 6);
    const qint64 unit = m_db->unitId(QStringLiteral("MLA"));
    const auto result = ProgressChartBuilder::build(*months, Charts::Measure::Money, unit);
    QVERIFY(result.unit);
    QCOMPARE(result.unit->unit.code, QStringLiteral("MLA"));
    QCOMPARE(result.unit->rateSeries->name(), result.unit->unit.shortName());
    for (int i = 0; i < months->size(); ++i) {
        const StatisticsRow *row = months->at(i).row(QStringLiteral("MLA"));
        QVERIFY(row);
        QCOMPARE(result.unit->points.at(i).rate, row->moneyRate());
        QCOMPARE(result.unit->points.at(i).target, row->moneyTarget);
    }
}

void tst_ProgressChartBuilder::periodNotBegunHasNoPoints()
{
    QString error;
    const auto months = StatisticsSeries(m_db->database().sql())
                            .months(StatisticalPeriod::year(2030), QDate(2026, 11, 25), &error);
    QVERIFY2(months, qPrintable(error));
    QVERIFY(months->isEmpty());
    const auto result = ProgressChartBuilder::build(*months, Charts::Measure::Cases, m_db->unitId(QStringLiteral("MLA")));
    QVERIFY(result.chart);
    QCOMPARE(result.province.rateSeries->count(), 0);
}

QTEST_MAIN(tst_ProgressChartBuilder)
#include "tst_progresschartbuilder.moc"
