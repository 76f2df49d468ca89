// The holidays file is read strictly: a malformed file is refused whole, the
// message naming its line and column; what is written reads back the same.
#include "HolidayFile.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kHeader = "date,name,lunar,compensates,basis\n";
} // namespace

class TestHolidayFile : public QObject
{
    Q_OBJECT

private slots:
    void shippedFileLoads();
    void roundTrip();
    void quotedBasis();
    void malformed_data();
    void malformed();
};

void TestHolidayFile::shippedFileLoads()
{
    PublicHolidayList days;
    QString error;
    QVERIFY2(HolidayFile::loadShipped(&days, &error), qPrintable(error));
    QCOMPARE(days.first().date, QDate(2019, 1, 1));
    QCOMPARE(days.last().date.year(), 2035);
}

void TestHolidayFile::roundTrip()
{
    const PublicHolidayList days = {
        {QDate(2022, 4, 30), HolidayName::ChienThang, {}, {}, u"Bộ luật Lao động 2019 Điều 112 khoản 1 điểm c"_s},
        {QDate(2022, 5, 2), HolidayName::NghiBu, {}, QDate(2022, 4, 30), u"Bộ luật Lao động 2019 Điều 111 khoản 3"_s},
        {QDate(2023, 1, 21), HolidayName::TetNguyenDan, u"30/12"_s, {}, u"Bộ luật Lao động 2019 Điều 112"_s},
    };
    const QByteArray bytes = HolidayFile::write(days);
    QVERIFY(bytes.startsWith(kHeader));
    QVERIFY(bytes.contains("2022-05-02,nghi_bu,,2022-04-30,Bộ luật"));
    PublicHolidayList read;
    QString error;
    QVERIFY2(HolidayFile::parse(bytes, &read, &error), qPrintable(error));
    QCOMPARE(read, days);
}

void TestHolidayFile::quotedBasis()
{
    const PublicHolidayList days = {{QDate(2024, 1, 1), HolidayName::TetDuongLich, {}, {}, u"Điều 112, khoản 1"_s}};
    const QByteArray bytes = HolidayFile::write(days);
    QVERIFY(bytes.contains("\"Điều 112, khoản 1\""));
    PublicHolidayList read;
    QString error;
    QVERIFY2(HolidayFile::parse(bytes, &read, &error), qPrintable(error));
    QCOMPARE(read, days);
}

void TestHolidayFile::malformed_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    const QByteArray ok = "2024-01-01,tet_duong_lich,,,BLLĐ\n";
    QTest::newRow("empty") << QByteArray() << u"holidays file: the file is empty"_s;
    QTest::newRow("header renamed") << QByteArray("date,holiday,lunar,compensates,basis\n")
                                    << u"holidays file, line 1, column 2 (name): the header must name this column \"name\""_s;
    QTest::newRow("header short") << QByteArray("date,name,lunar,compensates\n")
                                  << u"holidays file, line 1, column 5 (basis): the header must name this column \"basis\""_s;
    QTest::newRow("too few fields") << kHeader + ok + "2024-04-30,chien_thang,,\n"
                                    << u"holidays file, line 3, column 5 (basis): this column is missing (a row has 5 columns)"_s;
    QTest::newRow("too many fields") << kHeader + "2024-04-30,chien_thang,,,BLLĐ,x\n"
                                     << u"holidays file, line 2, column 6: a column too many (a row has 5 columns)"_s;
    QTest::newRow("not a date") << kHeader + "2024-02-30,chien_thang,,,BLLĐ\n"
                                << u"holidays file, line 2, column 1 (date): \"2024-02-30\" is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("day first") << kHeader + "30/04/2024,chien_thang,,,BLLĐ\n"
                               << u"holidays file, line 2, column 1 (date): \"30/04/2024\" is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("out of order") << kHeader + "2024-04-30,chien_thang,,,BLLĐ\n" + ok
                                  << u"holidays file, line 3, column 1 (date): 2024-01-01 is not after the row before (one row per day, in date order)"_s;
    QTest::newRow("twice") << kHeader + ok + ok
                           << u"holidays file, line 3, column 1 (date): 2024-01-01 is not after the row before (one row per day, in date order)"_s;
    QTest::newRow("unknown name") << kHeader + "2024-04-30,reunification,,,BLLĐ\n"
                                  << u"holidays file, line 2, column 2 (name): \"reunification\" is not a holiday name"_s;
    QTest::newRow("bad lunar") << kHeader + "2024-02-10,tet_nguyen_dan,1/13,,BLLĐ\n"
                               << u"holidays file, line 2, column 3 (lunar): \"1/13\" is not a lunar day/month"_s;
    QTest::newRow("Tết without lunar") << kHeader + "2024-02-10,tet_nguyen_dan,,,BLLĐ\n"
                                       << u"holidays file, line 2, column 3 (lunar): a day of Tet needs its lunar date"_s;
    QTest::newRow("Giỗ Tổ not 10/3") << kHeader + "2024-04-18,gio_to,9/3,,BLLĐ\n"
                                     << u"holidays file, line 2, column 3 (lunar): Hung Kings Commemoration Day is on 10/3 of the lunar calendar"_s;
    QTest::newRow("nghỉ bù without its day") << kHeader + "2024-04-29,nghi_bu,,,BLLĐ\n"
                                             << u"holidays file, line 2, column 4 (compensates): \"\" is not a date (YYYY-MM-DD)"_s;
    QTest::newRow("nghỉ bù for no holiday") << kHeader + ok + "2024-04-29,nghi_bu,,2024-04-28,BLLĐ\n"
                                            << u"holidays file, line 3, column 4 (compensates): 2024-04-28 is not a holiday listed before this row"_s;
    QTest::newRow("compensates on a holiday") << kHeader + "2024-04-30,chien_thang,,2024-04-28,BLLĐ\n"
                                              << u"holidays file, line 2, column 4 (compensates): only a compensatory day off makes up for another day"_s;
    QTest::newRow("no basis") << kHeader + "2024-04-30,chien_thang,,, \n"
                              << u"holidays file, line 2, column 5 (basis): the legal basis is missing"_s;
    QTest::newRow("stray quote") << kHeader + "2024-04-30,chien_thang,,,BL\"LĐ\n"
                                 << u"holidays file, line 2: "_s;
}

void TestHolidayFile::malformed()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    PublicHolidayList days = {{QDate(2000, 1, 1), HolidayName::TetDuongLich, {}, {}, u"kept"_s}};
    const PublicHolidayList before = days;
    QString error;
    QVERIFY(!HolidayFile::parse(file, &days, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    if (!message.endsWith(u' '))
        QCOMPARE(error, message);
    QCOMPARE(days, before); // refused whole
}

QTEST_APPLESS_MAIN(TestHolidayFile)
#include "tst_holidayfile.moc"
