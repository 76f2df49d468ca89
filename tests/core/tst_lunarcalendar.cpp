// The Vietnamese lunar calendar (UTC+7, Hồ Ngọc Đức's algorithm) that the
// holidays generator uses, against dates known independently: the Tết and
// Giỗ Tổ of the government's announcements, and the leap months of the
// published calendars (checked again with PyEphem's ephemeris, README).
#include "LunarCalendar.h"

#include <QTest>

using LunarCalendar::LunarDate;

class TestLunarCalendar : public QObject
{
    Q_OBJECT

private slots:
    void tetNguyenDan_data();
    void tetNguyenDan();
    void gioTo_data();
    void gioTo();
    void leapMonth_data();
    void leapMonth();
    void roundTripEveryDay();
    void monthsAreWholeMoons();
    void impossibleDates_data();
    void impossibleDates();
};

void TestLunarCalendar::tetNguyenDan_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("tet");
    QTest::newRow("Kỷ Hợi 2019") << 2019 << QDate(2019, 2, 5);
    QTest::newRow("Canh Tý 2020") << 2020 << QDate(2020, 1, 25);
    QTest::newRow("Tân Sửu 2021") << 2021 << QDate(2021, 2, 12);
    QTest::newRow("Nhâm Dần 2022") << 2022 << QDate(2022, 2, 1);
    QTest::newRow("Quý Mão 2023") << 2023 << QDate(2023, 1, 22);
    QTest::newRow("Giáp Thìn 2024") << 2024 << QDate(2024, 2, 10);
    QTest::newRow("Ất Tỵ 2025") << 2025 << QDate(2025, 1, 29);
    QTest::newRow("Bính Ngọ 2026") << 2026 << QDate(2026, 2, 17);
    QTest::newRow("Đinh Mùi 2027") << 2027 << QDate(2027, 2, 6);
    // The new moon is at 23:07 on 2 February at UTC+7, 00:07 on 3 February at
    // UTC+8: Vietnam's Tết is a day before China's Spring Festival.
    QTest::newRow("Canh Tuất 2030 (UTC+7)") << 2030 << QDate(2030, 2, 2);
    // The best-known difference: Vietnam 21/01/1985, China 20/02/1985.
    QTest::newRow("Ất Sửu 1985 (UTC+7)") << 1985 << QDate(1985, 1, 21);
}

void TestLunarCalendar::tetNguyenDan()
{
    QFETCH(int, year);
    QFETCH(QDate, tet);
    QCOMPARE(LunarCalendar::toSolar({1, 1, year, false}), tet);
    QCOMPARE(LunarCalendar::fromSolar(tet), (LunarDate{1, 1, year, false}));
    QCOMPARE(LunarCalendar::fromSolar(tet.addDays(-1)).month, 12);
    QCOMPARE(LunarCalendar::fromSolar(tet.addDays(-1)).year, year - 1);
}

void TestLunarCalendar::gioTo_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("gioTo");
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 14);
    QTest::newRow("2020") << 2020 << QDate(2020, 4, 2);
    QTest::newRow("2021") << 2021 << QDate(2021, 4, 21);
    QTest::newRow("2022") << 2022 << QDate(2022, 4, 10);
    QTest::newRow("2023, after leap month 2") << 2023 << QDate(2023, 4, 29);
    QTest::newRow("2024") << 2024 << QDate(2024, 4, 18);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 7);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 26);
}

void TestLunarCalendar::gioTo()
{
    QFETCH(int, year);
    QFETCH(QDate, gioTo);
    QCOMPARE(LunarCalendar::toSolar({10, 3, year, false}), gioTo);
    QCOMPARE(LunarCalendar::fromSolar(gioTo), (LunarDate{10, 3, year, false}));
}

void TestLunarCalendar::leapMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month"); // the leap month, 0 for none
    QTest::newRow("2019") << 2019 << 0;
    QTest::newRow("2020: 4") << 2020 << 4;
    QTest::newRow("2023: 2") << 2023 << 2;
    QTest::newRow("2025: 6") << 2025 << 6;
    QTest::newRow("2028: 5") << 2028 << 5;
    QTest::newRow("2031: 3") << 2031 << 3;
    QTest::newRow("2033: 11") << 2033 << 11;
}

void TestLunarCalendar::leapMonth()
{
    QFETCH(int, year);
    QFETCH(int, month);
    int found = 0;
    for (QDate d = LunarCalendar::toSolar({1, 1, year, false}); d < LunarCalendar::toSolar({1, 1, year + 1, false});
         d = d.addDays(1)) {
        const LunarDate lunar = LunarCalendar::fromSolar(d);
        if (lunar.leap && lunar.day == 1) {
            QCOMPARE(found, 0);
            found = lunar.month;
            QCOMPARE(LunarCalendar::toSolar(lunar), d);
        }
    }
    QCOMPARE(found, month);
}

// Every day of 2018–2036 converts to a lunar date and back to itself.
void TestLunarCalendar::roundTripEveryDay()
{
    for (QDate d(2018, 1, 1); d <= QDate(2036, 12, 31); d = d.addDays(1)) {
        const LunarDate lunar = LunarCalendar::fromSolar(d);
        QVERIFY2(lunar.isValid(), qPrintable(d.toString(Qt::ISODate)));
        QVERIFY2(LunarCalendar::toSolar(lunar) == d, qPrintable(d.toString(Qt::ISODate)));
    }
}

// Lunar days run 1, 2, … and a month has 29 or 30 of them (and no day 30 when it has 29).
void TestLunarCalendar::monthsAreWholeMoons()
{
    LunarDate previous = LunarCalendar::fromSolar(QDate(2018, 12, 31));
    for (QDate d(2019, 1, 1); d <= QDate(2035, 12, 31); d = d.addDays(1)) {
        const LunarDate lunar = LunarCalendar::fromSolar(d);
        if (lunar.day == 1) {
            QVERIFY2(previous.day == 29 || previous.day == 30, qPrintable(d.toString(Qt::ISODate)));
            if (previous.day == 29) // no day 30 in a short month
                QVERIFY(!LunarCalendar::toSolar({30, previous.month, previous.year, previous.leap}).isValid());
        } else
            QCOMPARE(lunar.day, previous.day + 1);
        previous = lunar;
    }
}

void TestLunarCalendar::impossibleDates_data()
{
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");
    QTest::newRow("no leap month in 2024") << 1 << 4 << 2024 << true;
    QTest::newRow("2023 has leap 2, not leap 3") << 1 << 3 << 2023 << true;
    QTest::newRow("month 13") << 1 << 13 << 2024 << false;
    QTest::newRow("day 31") << 31 << 1 << 2024 << false;
    QTest::newRow("day 0") << 0 << 1 << 2024 << false;
}

void TestLunarCalendar::impossibleDates()
{
    QFETCH(int, day);
    QFETCH(int, month);
    QFETCH(int, year);
    QFETCH(bool, leap);
    QVERIFY(!LunarCalendar::toSolar({day, month, year, leap}).isValid());
}

QTEST_APPLESS_MAIN(TestLunarCalendar)
#include "tst_lunarcalendar.moc"
