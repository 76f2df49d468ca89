// The generator of resources/data/holidays-vn.csv (tools/holidays): the
// shipped file is its output byte for byte, and its rules give the days off
// of BLLĐ 2012 Điều 115 / BLLĐ 2019 Điều 111–112 as decided in known years.
#include "HolidayFile.h"
#include "HolidayRules.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<QDate> datesOf(const PublicHolidayList &days, HolidayName name, int year)
{
    QList<QDate> dates;
    for (const PublicHoliday &h : days) {
        if (h.name == name && h.date.year() == year)
            dates.append(h.date);
    }
    return dates;
}

const PublicHoliday *find(const PublicHolidayList &days, QDate date)
{
    for (const PublicHoliday &h : days) {
        if (h.date == date)
            return &h;
    }
    return nullptr;
}
} // namespace

class TestHolidayRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shippedFileIsTheGeneratorOutput();
    void everyYearHasItsDays_data();
    void everyYearHasItsDays();
    void quocKhanh_data();
    void quocKhanh();
    void compensatoryDays_data();
    void compensatoryDays();
    void compensatoryDaysAreWorkdays();
    void tet2026();
    void basisFollowsTheCodeInForce();

private:
    PublicHolidayList m_days;
};

void TestHolidayRules::initTestCase()
{
    m_days = HolidayRules::generate();
    QVERIFY(!m_days.isEmpty());
}

void TestHolidayRules::shippedFileIsTheGeneratorOutput()
{
    QFile file(HolidayFile::resourcePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray shipped = file.readAll();
    QVERIFY2(shipped == HolidayRules::csv(),
             "resources/data/holidays-vn.csv is not the generator's output: "
             "cmake --build build --target regenerate-holidays");
    PublicHolidayList parsed;
    QString error;
    QVERIFY2(HolidayFile::parse(shipped, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, m_days);
}

void TestHolidayRules::everyYearHasItsDays_data()
{
    QTest::addColumn<int>("year");
    for (int year = HolidayRules::kFirstYear; year <= HolidayRules::kLastYear; ++year)
        QTest::addRow("%d", year) << year;
}

void TestHolidayRules::everyYearHasItsDays()
{
    QFETCH(int, year);
    QCOMPARE(datesOf(m_days, HolidayName::TetDuongLich, year), QList<QDate>{QDate(year, 1, 1)});
    QCOMPARE(datesOf(m_days, HolidayName::TetNguyenDan, year).size(), 5);
    QCOMPARE(datesOf(m_days, HolidayName::GioTo, year).size(), 1);
    QCOMPARE(datesOf(m_days, HolidayName::ChienThang, year), QList<QDate>{QDate(year, 4, 30)});
    QCOMPARE(datesOf(m_days, HolidayName::QuocTeLaoDong, year), QList<QDate>{QDate(year, 5, 1)});
    QCOMPARE(datesOf(m_days, HolidayName::QuocKhanh, year).size(), year >= 2021 ? 2 : 1);
    // Tết: the last day of the old year, then days 1–4 of the new one.
    const QList<QDate> tet = datesOf(m_days, HolidayName::TetNguyenDan, year);
    QStringList lunar;
    for (const QDate &d : tet)
        lunar.append(find(m_days, d)->lunar);
    QVERIFY2(lunar.first() == "29/12"_L1 || lunar.first() == "30/12"_L1, qPrintable(lunar.first()));
    QCOMPARE(lunar.mid(1), (QStringList{u"1/1"_s, u"2/1"_s, u"3/1"_s, u"4/1"_s}));
    QCOMPARE(tet.first().daysTo(tet.last()), 4);
}

void TestHolidayRules::quocKhanh_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("days");
    // BLLĐ 2012 Điều 115: one day.
    QTest::newRow("2019") << 2019 << QList<QDate>{QDate(2019, 9, 2)};
    QTest::newRow("2020") << 2020 << QList<QDate>{QDate(2020, 9, 2)};
    // BLLĐ 2019 Điều 112: 2/9 and the adjacent day the Prime Minister chose.
    QTest::newRow("2021 Thu: after") << 2021 << QList<QDate>{QDate(2021, 9, 2), QDate(2021, 9, 3)};
    QTest::newRow("2022 Fri: before") << 2022 << QList<QDate>{QDate(2022, 9, 1), QDate(2022, 9, 2)};
    QTest::newRow("2023 Sat: before") << 2023 << QList<QDate>{QDate(2023, 9, 1), QDate(2023, 9, 2)};
    QTest::newRow("2024 Mon: after") << 2024 << QList<QDate>{QDate(2024, 9, 2), QDate(2024, 9, 3)};
    QTest::newRow("2025 Tue: before") << 2025 << QList<QDate>{QDate(2025, 9, 1), QDate(2025, 9, 2)};
}

void TestHolidayRules::quocKhanh()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, days);
    QCOMPARE(datesOf(m_days, HolidayName::QuocKhanh, year), days);
}

void TestHolidayRules::compensatoryDays_data()
{
    QTest::addColumn<QDate>("holiday");
    QTest::addColumn<QDate>("compensatory");
    QTest::newRow("Giỗ Tổ Sun 14/04/2019") << QDate(2019, 4, 14) << QDate(2019, 4, 15);
    QTest::newRow("Tết Dương lịch Sat 01/01/2022") << QDate(2022, 1, 1) << QDate(2022, 1, 3);
    QTest::newRow("30/4/2022 Sat") << QDate(2022, 4, 30) << QDate(2022, 5, 2);
    QTest::newRow("1/5/2022 Sun, after the first") << QDate(2022, 5, 1) << QDate(2022, 5, 3);
    QTest::newRow("Tết Dương lịch Sun 01/01/2023") << QDate(2023, 1, 1) << QDate(2023, 1, 2);
    QTest::newRow("Giỗ Tổ Sat 29/04/2023, past 1/5") << QDate(2023, 4, 29) << QDate(2023, 5, 2);
    QTest::newRow("30/4/2023 Sun") << QDate(2023, 4, 30) << QDate(2023, 5, 3);
    QTest::newRow("Quốc khánh Sat 02/09/2023") << QDate(2023, 9, 2) << QDate(2023, 9, 4);
    QTest::newRow("Tết Sat 10/02/2024, after Tết") << QDate(2024, 2, 10) << QDate(2024, 2, 14);
    QTest::newRow("Tết Sun 11/02/2024") << QDate(2024, 2, 11) << QDate(2024, 2, 15);
}

void TestHolidayRules::compensatoryDays()
{
    QFETCH(QDate, holiday);
    QFETCH(QDate, compensatory);
    const PublicHoliday *h = find(m_days, compensatory);
    QVERIFY(h);
    QCOMPARE(h->name, HolidayName::NghiBu);
    QCOMPARE(h->compensates, holiday);
}

// Exactly one compensatory day for each holiday on a weekend, on a weekday
// that is no holiday, and none for a holiday on a weekday.
void TestHolidayRules::compensatoryDaysAreWorkdays()
{
    int weekendHolidays = 0;
    int compensatory = 0;
    for (const PublicHoliday &h : std::as_const(m_days)) {
        const bool weekend = h.date.dayOfWeek() >= Qt::Saturday;
        if (h.name == HolidayName::NghiBu) {
            ++compensatory;
            QVERIFY2(!weekend, qPrintable(h.date.toString(Qt::ISODate)));
            QVERIFY(h.compensates < h.date);
            QVERIFY(find(m_days, h.compensates));
        } else if (weekend) {
            ++weekendHolidays;
        }
    }
    QCOMPARE(compensatory, weekendHolidays);
}

void TestHolidayRules::tet2026()
{
    // Bính Ngọ: 29 tháng Chạp (Mon 16/02) and mùng 1–4 (Tue 17/02 – Fri 20/02),
    // as decided: 9 days off with the two weekends, 14/02–22/02.
    const QList<QDate> tet = datesOf(m_days, HolidayName::TetNguyenDan, 2026);
    QCOMPARE(tet, (QList<QDate>{QDate(2026, 2, 16), QDate(2026, 2, 17), QDate(2026, 2, 18), QDate(2026, 2, 19),
                                QDate(2026, 2, 20)}));
    QCOMPARE(find(m_days, QDate(2026, 2, 16))->lunar, u"29/12"_s);
    QCOMPARE(find(m_days, QDate(2026, 2, 23)), nullptr);
}

void TestHolidayRules::basisFollowsTheCodeInForce()
{
    QCOMPARE(find(m_days, QDate(2020, 9, 2))->basis, u"Bộ luật Lao động 2012 Điều 115 khoản 1 điểm đ"_s);
    QCOMPARE(find(m_days, QDate(2021, 1, 1))->basis, u"Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a"_s);
    QCOMPARE(find(m_days, QDate(2019, 4, 15))->basis, u"Bộ luật Lao động 2012 Điều 115 khoản 3"_s);
    QCOMPARE(find(m_days, QDate(2022, 5, 3))->basis, u"Bộ luật Lao động 2019 Điều 111 khoản 3"_s);
    QCOMPARE(find(m_days, QDate(2024, 4, 18))->basis, u"Bộ luật Lao động 2019 Điều 112 khoản 1 điểm e"_s);
}

QTEST_APPLESS_MAIN(TestHolidayRules)
#include "tst_holidayrules.moc"
