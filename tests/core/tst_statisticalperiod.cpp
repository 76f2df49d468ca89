// Statistical years and cumulative periods (DESIGN.md, "Periods"): the year
// "năm Y" runs from 01/10/(Y−1) to 30/09/Y; "kỳ N tháng" ends on the last day
// of the N-th month; an as-of date D runs from the 1 October before D to D.
#include "StatisticalPeriod.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StatisticalPeriod)

class TestStatisticalPeriod : public QObject
{
    Q_OBJECT

private slots:
    void statisticalYearOf_data();
    void statisticalYearOf();
    void year_data();
    void year();
    void monthsEnd_data();
    void monthsEnd();
    void twelveMonthsIsTheYear();
    void throughMonth();
    void asOf_data();
    void asOf();
    void contains_data();
    void contains();
    void invalid_data();
    void invalid();
};

void TestStatisticalPeriod::statisticalYearOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::newRow("30/09/2021 closes 2021") << QDate(2021, 9, 30) << 2021;
    QTest::newRow("01/10/2021 opens 2022") << QDate(2021, 10, 1) << 2022;
    QTest::newRow("01/10/2020 opens 2021") << QDate(2020, 10, 1) << 2021;
    QTest::newRow("30/09/2020 closes 2020") << QDate(2020, 9, 30) << 2020;
    QTest::newRow("31/12/2020 is in 2021") << QDate(2020, 12, 31) << 2021;
    QTest::newRow("01/01/2021 is in 2021") << QDate(2021, 1, 1) << 2021;
    QTest::newRow("29/02/2020 is in 2020") << QDate(2020, 2, 29) << 2020;
}

void TestStatisticalPeriod::statisticalYearOf()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QCOMPARE(StatisticalPeriod::statisticalYearOf(date), year);
}

void TestStatisticalPeriod::year_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::newRow("2021") << 2021 << QDate(2020, 10, 1) << QDate(2021, 9, 30);
    QTest::newRow("2020") << 2020 << QDate(2019, 10, 1) << QDate(2020, 9, 30);
    QTest::newRow("first year") << 1990 << QDate(1989, 10, 1) << QDate(1990, 9, 30);
    QTest::newRow("last year") << 2200 << QDate(2199, 10, 1) << QDate(2200, 9, 30);
}

void TestStatisticalPeriod::year()
{
    QFETCH(int, year);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    const StatisticalPeriod period = StatisticalPeriod::year(year);
    QVERIFY(period.isValid());
    QCOMPARE(period.kind(), StatisticalPeriod::Kind::Year);
    QCOMPARE(period.statisticalYear(), year);
    QCOMPARE(period.monthCount(), 12);
    QCOMPARE(period.start(), start);
    QCOMPARE(period.end(), end);
    QCOMPARE(period.key(), QString::number(year));
}

void TestStatisticalPeriod::monthsEnd_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("key");
    QTest::newRow("1 month") << 2021 << 1 << QDate(2020, 10, 31) << u"2021-m01"_s;
    QTest::newRow("2 months") << 2021 << 2 << QDate(2020, 11, 30) << u"2021-m02"_s;
    QTest::newRow("3 months") << 2021 << 3 << QDate(2020, 12, 31) << u"2021-m03"_s;
    QTest::newRow("4 months") << 2021 << 4 << QDate(2021, 1, 31) << u"2021-m04"_s;
    QTest::newRow("5 months, 2021") << 2021 << 5 << QDate(2021, 2, 28) << u"2021-m05"_s;
    QTest::newRow("5 months, leap 2020") << 2020 << 5 << QDate(2020, 2, 29) << u"2020-m05"_s;
    QTest::newRow("5 months, leap 2024") << 2024 << 5 << QDate(2024, 2, 29) << u"2024-m05"_s;
    QTest::newRow("5 months, 2100 is not leap") << 2100 << 5 << QDate(2100, 2, 28) << u"2100-m05"_s;
    QTest::newRow("6 months") << 2021 << 6 << QDate(2021, 3, 31) << u"2021-m06"_s;
    QTest::newRow("7 months") << 2021 << 7 << QDate(2021, 4, 30) << u"2021-m07"_s;
    QTest::newRow("9 months") << 2021 << 9 << QDate(2021, 6, 30) << u"2021-m09"_s;
    QTest::newRow("11 months") << 2021 << 11 << QDate(2021, 8, 31) << u"2021-m11"_s;
}

void TestStatisticalPeriod::monthsEnd()
{
    QFETCH(int, year);
    QFETCH(int, months);
    QFETCH(QDate, end);
    QFETCH(QString, key);
    const StatisticalPeriod period = StatisticalPeriod::months(year, months);
    QVERIFY(period.isValid());
    QCOMPARE(period.kind(), StatisticalPeriod::Kind::Months);
    QCOMPARE(period.statisticalYear(), year);
    QCOMPARE(period.monthCount(), months);
    QCOMPARE(period.start(), QDate(year - 1, 10, 1)); // every period starts on 1 October
    QCOMPARE(period.end(), end);
    QCOMPARE(period.key(), key);
}

void TestStatisticalPeriod::twelveMonthsIsTheYear()
{
    const StatisticalPeriod twelve = StatisticalPeriod::months(2021, 12);
    QVERIFY(twelve == StatisticalPeriod::year(2021));
    QCOMPARE(twelve.start(), QDate(2020, 10, 1));
    QCOMPARE(twelve.end(), QDate(2021, 9, 30));
    QCOMPARE(twelve.key(), u"2021"_s);
}

void TestStatisticalPeriod::asOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QString>("key");
    QTest::newRow("15/03/2021") << QDate(2021, 3, 15) << 2021 << QDate(2020, 10, 1) << u"2021-03-15"_s;
    QTest::newRow("30/09/2021") << QDate(2021, 9, 30) << 2021 << QDate(2020, 10, 1) << u"2021-09-30"_s;
    QTest::newRow("01/10/2021 opens a year") << QDate(2021, 10, 1) << 2022 << QDate(2021, 10, 1) << u"2021-10-01"_s;
    QTest::newRow("31/12/2021") << QDate(2021, 12, 31) << 2022 << QDate(2021, 10, 1) << u"2021-12-31"_s;
    QTest::newRow("last day of the last year") << QDate(2200, 9, 30) << 2200 << QDate(2199, 10, 1)
                                               << u"2200-09-30"_s;
}

void TestStatisticalPeriod::asOf()
{
    QFETCH(QDate, date);
    QFETCH(int, year);
    QFETCH(QDate, start);
    QFETCH(QString, key);
    const StatisticalPeriod period = StatisticalPeriod::asOf(date);
    QVERIFY(period.isValid());
    QCOMPARE(period.kind(), StatisticalPeriod::Kind::AsOf);
    QCOMPARE(period.statisticalYear(), year);
    QCOMPARE(period.start(), start);
    QCOMPARE(period.end(), date);
    QCOMPARE(period.key(), key);
}

void TestStatisticalPeriod::contains_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("inside");
    const auto year = StatisticalPeriod::year(2021);
    const auto nine = StatisticalPeriod::months(2021, 9);
    QTest::newRow("year: 30/09/2020") << year << QDate(2020, 9, 30) << false;
    QTest::newRow("year: 01/10/2020") << year << QDate(2020, 10, 1) << true;
    QTest::newRow("year: 30/09/2021") << year << QDate(2021, 9, 30) << true;
    QTest::newRow("year: 01/10/2021") << year << QDate(2021, 10, 1) << false;
    QTest::newRow("9 months: 30/06/2021") << nine << QDate(2021, 6, 30) << true;
    QTest::newRow("9 months: 01/07/2021") << nine << QDate(2021, 7, 1) << false;
}

void TestStatisticalPeriod::contains()
{
    QFETCH(StatisticalPeriod, period);
    QFETCH(QDate, date);
    QFETCH(bool, inside);
    QCOMPARE(period.contains(date), inside);
}

void TestStatisticalPeriod::invalid_data()
{
    QTest::addColumn<StatisticalPeriod>("period");
    QTest::newRow("default") << StatisticalPeriod();
    QTest::newRow("0 months") << StatisticalPeriod::months(2021, 0);
    QTest::newRow("13 months") << StatisticalPeriod::months(2021, 13);
    QTest::newRow("-1 months") << StatisticalPeriod::months(2021, -1);
    QTest::newRow("year 1989") << StatisticalPeriod::year(1989);
    QTest::newRow("year 2201") << StatisticalPeriod::year(2201);
    QTest::newRow("year 0") << StatisticalPeriod::year(0);
    QTest::newRow("6 months of 1989") << StatisticalPeriod::months(1989, 6);
    QTest::newRow("6 months of 2201") << StatisticalPeriod::months(2201, 6);
    QTest::newRow("as of a null date") << StatisticalPeriod::asOf(QDate());
    QTest::newRow("as of 30/02/2021") << StatisticalPeriod::asOf(QDate(2021, 2, 30));
    QTest::newRow("as of 01/10/2200 (year 2201)") << StatisticalPeriod::asOf(QDate(2200, 10, 1));
    QTest::newRow("as of 30/09/1989 (year 1989)") << StatisticalPeriod::asOf(QDate(1989, 9, 30));
}

void TestStatisticalPeriod::invalid()
{
    QFETCH(StatisticalPeriod, period);
    QVERIFY(!period.isValid());
}

void TestStatisticalPeriod::throughMonth()
{
    // October opens the statistical year; September closes it.
    QCOMPARE(StatisticalPeriod::throughMonth(QDate(2020, 10, 31)), StatisticalPeriod::months(2021, 1));
    QCOMPARE(StatisticalPeriod::throughMonth(QDate(2021, 6, 1)), StatisticalPeriod::months(2021, 9));
    QCOMPARE(StatisticalPeriod::throughMonth(QDate(2021, 9, 15)), StatisticalPeriod::year(2021));
}

QTEST_GUILESS_MAIN(TestStatisticalPeriod)
#include "tst_statisticalperiod.moc"
