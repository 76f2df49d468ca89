// The encodings and separators of CSV files from spreadsheets: UTF-8 with or
// without a byte-order mark, Windows-1258 as Vietnamese Excel saves "CSV"
// (letters as a base and a combining tone mark, composed to NFC), and
// semicolons where the decimal mark is a comma. Windows-1258 bytes are
// written here by hand from the code page's table.
#include "CsvEncoding.h"
#include "CsvReader.h"

#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// "Nguyễn Văn Đông" in Windows-1258: ễ is ê (0xEA) + combining tilde (0xDE),
// ă is 0xE3, Đ is 0xD0, ô is 0xF4.
const QByteArray kNguyenVanDong = "Nguy\xEA\xDEn V\xE3n \xD0\xF4ng"_ba;
// "Lò Thị Hương, Mường La": ò = o + combining grave (0xCC), ị = i + dot below
// (0xF2), ư = 0xFD, ơ = 0xF5.
const QByteArray kLoThiHuong = "Lo\xCC Thi\xF2 H\xFD\xF5ng, M\xFD\xF5\xCCng La"_ba;
} // namespace

class TestCsvEncoding : public QObject
{
    Q_OBJECT

private slots:
    void detectsTheEncoding_data();
    void detectsTheEncoding();
    void decodesWindows1258ToComposedText();
    void theTableAgreesWithIcuWhereQtHasIt();
    void detectsTheSeparator_data();
    void detectsTheSeparator();
    void readsAnExcelFileInWindows1258WithSemicolons();
    void readsUtf8WithSemicolons();
    void utf8ChosenForWindows1258BytesNamesTheLine();
    void anUnassignedByteIsRefusedWithLineAndColumn();
    void optionKeys_data();
    void optionKeys();
};

void TestCsvEncoding::detectsTheEncoding_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<CsvEncoding>("encoding");
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF"_ba + u"Nguyễn Văn Đông"_s.toUtf8() << CsvEncoding::Utf8;
    QTest::newRow("UTF-8 without BOM") << u"Nguyễn Văn Đông,Sơn La"_s.toUtf8() << CsvEncoding::Utf8;
    QTest::newRow("ASCII") << "unit,decision_no\nMSO,1/QD\n"_ba << CsvEncoding::Utf8;
    QTest::newRow("empty") << QByteArray() << CsvEncoding::Utf8;
    QTest::newRow("Windows-1258") << kNguyenVanDong << CsvEncoding::Windows1258;
    QTest::newRow("Windows-1258, a longer line") << kLoThiHuong << CsvEncoding::Windows1258;
    QTest::newRow("Windows-1258 after UTF-8-looking ASCII lines")
        << "unit;decision_no\nMSO;1/QD\n"_ba + kNguyenVanDong << CsvEncoding::Windows1258;
}

void TestCsvEncoding::detectsTheEncoding()
{
    QFETCH(QByteArray, data);
    QFETCH(CsvEncoding, encoding);
    QCOMPARE(CsvFormats::detectEncoding(data), encoding);
}

void TestCsvEncoding::decodesWindows1258ToComposedText()
{
    QString text, error;
    CsvEncoding used = CsvEncoding::Auto;
    QVERIFY(CsvFormats::decode(kNguyenVanDong, CsvEncoding::Auto, &text, &error, nullptr, &used));
    QCOMPARE(used, CsvEncoding::Windows1258);
    QCOMPARE(text, u"Nguyễn Văn Đông"_s);
    QCOMPARE(text.size(), 15); // ễ is one letter, composed
    QVERIFY(CsvFormats::decode(kLoThiHuong, CsvEncoding::Windows1258, &text, &error));
    QCOMPARE(text, u"Lò Thị Hương, Mường La"_s);
    QCOMPARE(text, text.normalized(QString::NormalizationForm_C));
    // The letters the code page has whole, and the đồng sign.
    QCOMPARE(CsvFormats::fromWindows1258("\xC3\xE3\xD5\xF5\xDD\xFD\xD0\xF0\xFE"_ba), u"ĂăƠơƯưĐđ₫"_s);
    // ASCII stays as it is.
    QCOMPARE(CsvFormats::fromWindows1258("MSO,12/QD-CCTHADS"_ba), u"MSO,12/QD-CCTHADS"_s);
}

void TestCsvEncoding::theTableAgreesWithIcuWhereQtHasIt()
{
    QStringDecoder icu("windows-1258");
    if (!icu.isValid())
        QSKIP("this Qt has no Windows-1258 converter (built without ICU); the table stands alone");
    for (int b = 0; b < 256; ++b) {
        const QByteArray byte(1, char(b));
        QStringDecoder decoder("windows-1258");
        const QString expected = decoder(byte);
        QCOMPARE(CsvFormats::fromWindows1258(byte), expected);
    }
}

void TestCsvEncoding::detectsTheSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CsvSeparator>("separator");
    QTest::newRow("comma") << u"unit,decision_no,date\nMSO,1;2,x\n"_s << CsvSeparator::Comma;
    QTest::newRow("semicolon") << u"unit;decision_no;date\nMSO;1,2;x\n"_s << CsvSeparator::Semicolon;
    QTest::newRow("one column") << u"unit\nMSO\n"_s << CsvSeparator::Comma;
    QTest::newRow("semicolons inside quotes do not count")
        << u"\"a;b;c\",d\n"_s << CsvSeparator::Comma;
    QTest::newRow("commas inside quotes do not count")
        << u"\"Tòa án, huyện\";\"b\";c\n"_s << CsvSeparator::Semicolon;
    QTest::newRow("a quoted line break is inside the header")
        << u"\"a\nb\";c;d\ne,f,g,h,i\n"_s << CsvSeparator::Semicolon;
}

void TestCsvEncoding::detectsTheSeparator()
{
    QFETCH(QString, text);
    QFETCH(CsvSeparator, separator);
    QCOMPARE(CsvFormats::detectSeparator(text), separator);
}

void TestCsvEncoding::readsAnExcelFileInWindows1258WithSemicolons()
{
    // As Excel saves "CSV" on a Vietnamese Windows: CP1258, semicolons, CRLF.
    const QByteArray data = "unit;obligor;amount_due\r\n"_ba + "MSO;"_ba + kNguyenVanDong
        + ";\"1.500.000\"\r\n"_ba + "YCH;\""_ba + kLoThiHuong + "\";0\r\n"_ba;
    QList<CsvReader::Record> records;
    QString error;
    CsvFormat used;
    QVERIFY2(CsvReader::parse(data, CsvFormat{}, &records, &error, nullptr, &used), qPrintable(error));
    QCOMPARE(used, (CsvFormat{CsvEncoding::Windows1258, CsvSeparator::Semicolon}));
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(1).fields, (QStringList{u"MSO"_s, u"Nguyễn Văn Đông"_s, u"1.500.000"_s}));
    QCOMPARE(records.at(2).fields, (QStringList{u"YCH"_s, u"Lò Thị Hương, Mường La"_s, u"0"_s}));
    QCOMPARE(records.at(2).line, 3);
    // Chosen rather than detected, the same.
    QVERIFY(CsvReader::parse(data, CsvFormat{CsvEncoding::Windows1258, CsvSeparator::Semicolon}, &records, &error));
    QCOMPARE(records.at(1).fields.at(1), u"Nguyễn Văn Đông"_s);
    // Read with commas, a semicolon file's header is one column, and a field
    // quoted after a semicolon is a quote inside a field: refused, not guessed.
    int line = 0;
    QVERIFY(!CsvReader::parse(data, CsvFormat{CsvEncoding::Auto, CsvSeparator::Comma}, &records, &error, &line));
    QCOMPARE(line, 2);
    QVERIFY(CsvReader::parse(data.left(data.indexOf('\n') + 1), CsvFormat{CsvEncoding::Auto, CsvSeparator::Comma},
                             &records, &error));
    QCOMPARE(records.at(0).fields, QStringList{u"unit;obligor;amount_due"_s});
}

void TestCsvEncoding::readsUtf8WithSemicolons()
{
    const QByteArray data = "\xEF\xBB\xBF"_ba + u"Đơn vị;Người phải thi hành án\nMSO;Nguyễn Văn Đông\n"_s.toUtf8();
    QList<CsvReader::Record> records;
    QString error;
    CsvFormat used;
    QVERIFY2(CsvReader::parse(data, CsvFormat{}, &records, &error, nullptr, &used), qPrintable(error));
    QCOMPARE(used, (CsvFormat{CsvEncoding::Utf8, CsvSeparator::Semicolon}));
    QCOMPARE(records.at(0).fields, (QStringList{u"Đơn vị"_s, u"Người phải thi hành án"_s}));
    QCOMPARE(records.at(1).fields, (QStringList{u"MSO"_s, u"Nguyễn Văn Đông"_s}));
}

void TestCsvEncoding::utf8ChosenForWindows1258BytesNamesTheLine()
{
    const QByteArray data = "unit,obligor\nMSO,Lo Van A\nYCH,"_ba + kNguyenVanDong + "\n"_ba;
    QList<CsvReader::Record> records;
    QString error;
    int line = 0;
    QVERIFY(!CsvReader::parse(data, CsvFormat{CsvEncoding::Utf8, CsvSeparator::Auto}, &records, &error, &line));
    QCOMPARE(line, 3);
    QVERIFY2(error.contains(u"UTF-8"_s) && error.contains(u"Windows-1258"_s), qPrintable(error));
}

void TestCsvEncoding::anUnassignedByteIsRefusedWithLineAndColumn()
{
    // 0x81 is no character in Windows-1258: it reads as the control U+0081, refused where it is.
    const QByteArray data = "unit,obligor\nMSO,A\xE3\x81\n"_ba;
    QList<CsvReader::Record> records;
    QString error;
    int line = 0;
    QVERIFY(!CsvReader::parse(data, CsvFormat{}, &records, &error, &line));
    QCOMPARE(line, 2);
    QVERIFY2(error.contains(u"column 2"_s) && error.contains(u"U+0081"_s), qPrintable(error));
}

void TestCsvEncoding::optionKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("isEncoding");
    QTest::addColumn<int>("value"); // -1: refused
    QTest::newRow("utf-8") << u"utf-8"_s << true << int(CsvEncoding::Utf8);
    QTest::newRow("UTF8") << u"UTF8"_s << true << int(CsvEncoding::Utf8);
    QTest::newRow("windows-1258") << u"windows-1258"_s << true << int(CsvEncoding::Windows1258);
    QTest::newRow("cp1258") << u"CP1258"_s << true << int(CsvEncoding::Windows1258);
    QTest::newRow("auto encoding") << u"auto"_s << true << int(CsvEncoding::Auto);
    QTest::newRow("latin1") << u"latin1"_s << true << -1;
    QTest::newRow(",") << u","_s << false << int(CsvSeparator::Comma);
    QTest::newRow(";") << u";"_s << false << int(CsvSeparator::Semicolon);
    QTest::newRow("semicolon") << u"semicolon"_s << false << int(CsvSeparator::Semicolon);
    QTest::newRow("auto separator") << u"auto"_s << false << int(CsvSeparator::Auto);
    QTest::newRow("tab") << u"\t"_s << false << -1;
}

void TestCsvEncoding::optionKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, isEncoding);
    QFETCH(int, value);
    if (isEncoding) {
        CsvEncoding encoding = CsvEncoding::Auto;
        QCOMPARE(CsvFormats::encodingFromKey(key, &encoding), value >= 0);
        if (value >= 0) {
            QCOMPARE(int(encoding), value);
            QVERIFY(CsvFormats::encodingFromKey(CsvFormats::key(encoding), &encoding));
        }
    } else {
        CsvSeparator separator = CsvSeparator::Auto;
        QCOMPARE(CsvFormats::separatorFromKey(key, &separator), value >= 0);
        if (value >= 0) {
            QCOMPARE(int(separator), value);
            QVERIFY(CsvFormats::separatorFromKey(CsvFormats::key(separator), &separator));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvEncoding)
#include "tst_csvencoding.moc"
