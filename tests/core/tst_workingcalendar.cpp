// Working-day arithmetic on the shipped calendar (README, "Working days"):
// "N ngày làm việc" counts working days after the start day; "N ngày" counts
// calendar days and, by BLDS 2015 Điều 148 k.5, a last day that is a day off
// moves to the next working day. Admin days override the shipped ones.
#include "Language.h"
#include "WorkingCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = AdminCalendarDay::Kind;
using End = WorkingCalendar::PeriodEnd;

Q_DECLARE_METATYPE(AdminCalendarDayList)

namespace {
WorkingCalendar shipped(const AdminCalendarDayList &adminDays = {})
{
    QString error;
    const auto calendar = WorkingCalendar::shipped(adminDays, &error);
    if (!calendar)
        qFatal("%s", qPrintable(error));
    return *calendar;
}

// 2025: 30/4 and 1/5 fall on Wednesday and Thursday; the government swapped
// Friday 2/5 off for Saturday 26/4 worked.
const AdminCalendarDayList kSwap2025 = {
    {QDate(2025, 4, 26), Kind::WorkingDay, u"Làm bù cho thứ Sáu 02/5/2025"_s},
    {QDate(2025, 5, 2), Kind::DayOff, u"Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)"_s},
};
// 2024: the decision gave Tết from Thursday 8/2 to Wednesday 14/2, a day
// before the shipped rule (Friday 9/2 – Thursday 15/2).
const AdminCalendarDayList kTet2024 = {
    {QDate(2024, 2, 8), Kind::DayOff, u"Tết Nguyên đán (theo quyết định)"_s},
    {QDate(2024, 2, 15), Kind::WorkingDay, {}},
};
} // namespace

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void coverage();
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void addDays_data();
    void addDays();
    void addMonths_data();
    void addMonths();
    void invalidArguments();
    void lastAdminEntryWins();
    void weekendsOnlyWithoutHolidays();
    void holidayNames();
    void holidayNamesInEnglish();
    void cleanupTestCase();
};

void TestWorkingCalendar::coverage()
{
    const WorkingCalendar calendar = shipped();
    QCOMPARE(calendar.firstYear(), 2019);
    QCOMPARE(calendar.lastYear(), 2035);
    QVERIFY(calendar.covers(QDate(2019, 1, 1)));
    QVERIFY(calendar.covers(QDate(2035, 12, 31)));
    QVERIFY(!calendar.covers(QDate(2018, 12, 31)));
    QVERIFY(!calendar.covers(QDate(2036, 1, 1)));
    QVERIFY(calendar.publicHoliday(QDate(2026, 2, 17)));
    QCOMPARE(calendar.publicHoliday(QDate(2026, 2, 17))->lunar, u"1/1"_s);
}

void TestWorkingCalendar::isWorkingDay_data()
{
    QTest::addColumn<AdminCalendarDayList>("admin");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    const AdminCalendarDayList none;
    QTest::newRow("Fri 13/02/2026 before Tết") << none << QDate(2026, 2, 13) << true;
    QTest::newRow("Mon 16/02/2026 29 Tết") << none << QDate(2026, 2, 16) << false;
    QTest::newRow("Fri 20/02/2026 mùng 4") << none << QDate(2026, 2, 20) << false;
    QTest::newRow("Mon 23/02/2026 back") << none << QDate(2026, 2, 23) << true;
    QTest::newRow("Mon 02/05/2022 nghỉ bù 30/4") << none << QDate(2022, 5, 2) << false;
    QTest::newRow("Tue 03/05/2022 nghỉ bù 1/5") << none << QDate(2022, 5, 3) << false;
    QTest::newRow("Wed 04/05/2022") << none << QDate(2022, 5, 4) << true;
    QTest::newRow("Tue 02/05/2023 nghỉ bù Giỗ Tổ") << none << QDate(2023, 5, 2) << false;
    QTest::newRow("Mon 04/09/2023 nghỉ bù 2/9") << none << QDate(2023, 9, 4) << false;
    QTest::newRow("Tue 03/09/2019 (one day of Quốc khánh)") << none << QDate(2019, 9, 3) << true;
    QTest::newRow("Fri 03/09/2021 second day of Quốc khánh") << none << QDate(2021, 9, 3) << false;
    QTest::newRow("a plain Saturday") << none << QDate(2025, 4, 26) << false;
    QTest::newRow("that Saturday worked") << kSwap2025 << QDate(2025, 4, 26) << true;
    QTest::newRow("Fri 02/05/2025 swapped off") << kSwap2025 << QDate(2025, 5, 2) << false;
    QTest::newRow("Fri 02/05/2025 without the swap") << none << QDate(2025, 5, 2) << true;
    QTest::newRow("Tết 2024 decided: Thu 08/02 off") << kTet2024 << QDate(2024, 2, 8) << false;
    QTest::newRow("Tết 2024 decided: Thu 15/02 worked") << kTet2024 << QDate(2024, 2, 15) << true;
    QTest::newRow("Tết 2024 by the rule: Thu 15/02 nghỉ bù") << none << QDate(2024, 2, 15) << false;
    QTest::newRow("outside the shipped years, a weekday") << none << QDate(2036, 1, 1) << true;
}

void TestWorkingCalendar::isWorkingDay()
{
    QFETCH(AdminCalendarDayList, admin);
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(shipped(admin).isWorkingDay(date), working);
}

void TestWorkingCalendar::addWorkingDays_data()
{
    QTest::addColumn<AdminCalendarDayList>("admin");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("due");
    const AdminCalendarDayList none;
    QTest::newRow("0 days: the day itself") << none << QDate(2026, 2, 14) << 0 << QDate(2026, 2, 14);
    QTest::newRow("1 from Thu 12/02/2026") << none << QDate(2026, 2, 12) << 1 << QDate(2026, 2, 13);
    QTest::newRow("1 from Fri 13/02/2026 across Tết") << none << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 23);
    QTest::newRow("3 from Wed 11/02/2026") << none << QDate(2026, 2, 11) << 3 << QDate(2026, 2, 23);
    QTest::newRow("5 from Tue 10/02/2026") << none << QDate(2026, 2, 10) << 5 << QDate(2026, 2, 24);
    QTest::newRow("1 from mùng 1 (a day off)") << none << QDate(2026, 2, 17) << 1 << QDate(2026, 2, 23);
    QTest::newRow("2 from Thu 28/04/2022 across 30/4–3/5") << none << QDate(2022, 4, 28) << 2 << QDate(2022, 5, 4);
    QTest::newRow("2 from Thu 27/04/2023 across 29/4–3/5") << none << QDate(2023, 4, 27) << 2 << QDate(2023, 5, 4);
    QTest::newRow("1 from Thu 31/08/2023 across 1/9–4/9") << none << QDate(2023, 8, 31) << 1 << QDate(2023, 9, 5);
    QTest::newRow("1 from Fri 31/08/2029 across 2/9 Sun") << none << QDate(2029, 8, 31) << 1 << QDate(2029, 9, 5);
    QTest::newRow("10 from Mon 26/08/2024") << none << QDate(2024, 8, 26) << 10 << QDate(2024, 9, 11);
    QTest::newRow("1 from Fri 25/04/2025, plain") << none << QDate(2025, 4, 25) << 1 << QDate(2025, 4, 28);
    QTest::newRow("1 from Fri 25/04/2025, Saturday worked") << kSwap2025 << QDate(2025, 4, 25) << 1
                                                            << QDate(2025, 4, 26);
    QTest::newRow("1 from Tue 29/04/2025, plain") << none << QDate(2025, 4, 29) << 1 << QDate(2025, 5, 2);
    QTest::newRow("1 from Tue 29/04/2025, Friday off") << kSwap2025 << QDate(2025, 4, 29) << 1 << QDate(2025, 5, 5);
    QTest::newRow("1 from Wed 07/02/2024, by the rule") << none << QDate(2024, 2, 7) << 1 << QDate(2024, 2, 8);
    QTest::newRow("1 from Wed 07/02/2024, as decided") << kTet2024 << QDate(2024, 2, 7) << 1 << QDate(2024, 2, 15);
}

void TestWorkingCalendar::addWorkingDays()
{
    QFETCH(AdminCalendarDayList, admin);
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, due);
    const WorkingCalendar calendar = shipped(admin);
    QCOMPARE(calendar.addWorkingDays(from, n), due);
    if (n > 0)
        QVERIFY(calendar.isWorkingDay(due));
}

void TestWorkingCalendar::addDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("counted");
    QTest::addColumn<QDate>("article148"); // BLDS 2015 Điều 148 k.5
    QTest::newRow("ends on a working day") << QDate(2026, 2, 3) << 10 << QDate(2026, 2, 13) << QDate(2026, 2, 13);
    QTest::newRow("ends on Sat before Tết") << QDate(2026, 2, 4) << 10 << QDate(2026, 2, 14) << QDate(2026, 2, 23);
    QTest::newRow("ends on mùng 4") << QDate(2026, 2, 10) << 10 << QDate(2026, 2, 20) << QDate(2026, 2, 23);
    QTest::newRow("ends on 30/4/2022 (Sat)") << QDate(2022, 4, 20) << 10 << QDate(2022, 4, 30) << QDate(2022, 5, 4);
    QTest::newRow("ends on nghỉ bù 03/05/2022") << QDate(2022, 4, 23) << 10 << QDate(2022, 5, 3) << QDate(2022, 5, 4);
    QTest::newRow("ends on 1/9/2023") << QDate(2023, 8, 22) << 10 << QDate(2023, 9, 1) << QDate(2023, 9, 5);
    QTest::newRow("ends on a plain Sunday") << QDate(2024, 3, 7) << 10 << QDate(2024, 3, 17) << QDate(2024, 3, 18);
    QTest::newRow("0 days on a Sunday") << QDate(2024, 3, 17) << 0 << QDate(2024, 3, 17) << QDate(2024, 3, 18);
    QTest::newRow("across the year end") << QDate(2022, 12, 22) << 10 << QDate(2023, 1, 1) << QDate(2023, 1, 3);
}

void TestWorkingCalendar::addDays()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, counted);
    QFETCH(QDate, article148);
    const WorkingCalendar calendar = shipped();
    QCOMPARE(calendar.addDays(from, n, End::AsCounted), counted);
    QCOMPARE(calendar.addDays(from, n, End::NextWorkingDay), article148);
}

void TestWorkingCalendar::addMonths_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("counted");
    QTest::addColumn<QDate>("article148");
    QTest::newRow("6 months to mùng 1 Tết 2026") << QDate(2025, 8, 17) << 6 << QDate(2026, 2, 17) << QDate(2026, 2, 23);
    QTest::newRow("no 31/2: the month's last day (k.3), a Saturday")
        << QDate(2025, 8, 31) << 6 << QDate(2026, 2, 28) << QDate(2026, 3, 2);
    QTest::newRow("12 months to a weekday") << QDate(2024, 10, 1) << 12 << QDate(2025, 10, 1) << QDate(2025, 10, 1);
}

void TestWorkingCalendar::addMonths()
{
    QFETCH(QDate, from);
    QFETCH(int, n);
    QFETCH(QDate, counted);
    QFETCH(QDate, article148);
    const WorkingCalendar calendar = shipped();
    QCOMPARE(calendar.addMonths(from, n, End::AsCounted), counted);
    QCOMPARE(calendar.addMonths(from, n, End::NextWorkingDay), article148);
}

void TestWorkingCalendar::invalidArguments()
{
    const WorkingCalendar calendar = shipped();
    QVERIFY(!calendar.addWorkingDays(QDate(2026, 2, 1), -1).isValid());
    QVERIFY(!calendar.addWorkingDays(QDate(), 1).isValid());
    QVERIFY(!calendar.addDays(QDate(2026, 2, 1), -1, End::AsCounted).isValid());
    QVERIFY(!calendar.addMonths(QDate(), 1, End::NextWorkingDay).isValid());
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(calendar.holidayName(QDate()).isEmpty());
}

void TestWorkingCalendar::lastAdminEntryWins()
{
    const QDate saturday(2025, 6, 7);
    const WorkingCalendar worked = shipped({{saturday, Kind::DayOff, {}}, {saturday, Kind::WorkingDay, {}}});
    QVERIFY(worked.isWorkingDay(saturday));
    const WorkingCalendar off = shipped({{saturday, Kind::WorkingDay, {}}, {saturday, Kind::DayOff, {}}});
    QVERIFY(!off.isWorkingDay(saturday));
}

void TestWorkingCalendar::weekendsOnlyWithoutHolidays()
{
    const WorkingCalendar calendar;
    QVERIFY(!calendar.covers(QDate(2026, 2, 17)));
    QVERIFY(calendar.isWorkingDay(QDate(2026, 2, 17)));
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 2, 14)));
    QCOMPARE(calendar.addWorkingDays(QDate(2026, 2, 13), 1), QDate(2026, 2, 16));
}

void TestWorkingCalendar::holidayNames()
{
    QVERIFY(Language::install(Language::Vietnamese));
    const WorkingCalendar calendar = shipped(kSwap2025);
    QCOMPARE(calendar.holidayName(QDate(2024, 1, 1)), u"Tết Dương lịch"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 2, 17)), u"Tết Nguyên đán"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 4, 26)), u"Giỗ Tổ Hùng Vương"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 4, 30)), u"Ngày Chiến thắng"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 5, 1)), u"Ngày Quốc tế Lao động"_s);
    QCOMPARE(calendar.holidayName(QDate(2026, 9, 2)), u"Quốc khánh"_s);
    QCOMPARE(calendar.holidayName(QDate(2022, 5, 3)), u"Nghỉ bù Ngày Quốc tế Lao động"_s);
    QCOMPARE(calendar.holidayName(QDate(2025, 5, 2)), u"Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)"_s);
    QCOMPARE(shipped({{QDate(2025, 5, 2), Kind::DayOff, {}}}).holidayName(QDate(2025, 5, 2)),
             u"Ngày nghỉ theo thông báo"_s);
    QVERIFY(calendar.holidayName(QDate(2025, 4, 26)).isEmpty()); // a Saturday worked
    QVERIFY(calendar.holidayName(QDate(2025, 4, 27)).isEmpty()); // a plain Sunday
    QVERIFY(calendar.holidayName(QDate(2025, 4, 28)).isEmpty()); // a working day
}

void TestWorkingCalendar::holidayNamesInEnglish()
{
    QVERIFY(Language::install(Language::English));
    const WorkingCalendar calendar = shipped();
    QCOMPARE(calendar.holidayName(QDate(2026, 2, 17)), u"Lunar New Year (Tet)"_s);
    QCOMPARE(calendar.holidayName(QDate(2023, 9, 4)), u"Compensatory day off for National Day"_s);
}

void TestWorkingCalendar::cleanupTestCase()
{
    Language::install(Language::Vietnamese);
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "tst_workingcalendar.moc"
