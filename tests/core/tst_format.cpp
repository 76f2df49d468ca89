// What people read in the Vietnamese UI (4.963 — 85,42 % — 1.234.567 đ —
// 30/09/2021), what machines read (85.42, ISO dates), and what people may type.
#include "Format.h"
#include "Language.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

using MaybeHundredths = std::optional<Rates::Hundredths>;
Q_DECLARE_METATYPE(MaybeHundredths)

namespace {
const QChar kNbsp(0x00A0);
}

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vietnameseLocale();
    void count_data();
    void count();
    void money_data();
    void money();
    void percent_data();
    void percent();
    void points_data();
    void points();
    void date();
    void machineHundredths_data();
    void machineHundredths();
    void machineDate();
    void parseMoney_data();
    void parseMoney();
    void parseMoneyReadsWhatMoneyWrites();
    void parseDate_data();
    void parseDate();
    void englishOnRequest();
};

void TestFormat::initTestCase()
{
    // The catalogue may not be embedded in a test: only the locale matters here.
    Language::install(Language::Vietnamese);
}

void TestFormat::vietnameseLocale()
{
    QCOMPARE(Language::current(), Language::Vietnamese);
    QCOMPARE(Language::locale().name(), u"vi_VN"_s);
    QCOMPARE(QLocale().name(), u"vi_VN"_s); // install() sets the default locale too
    // Qt's Vietnamese data: the minus is a plain hyphen-minus, points use it as is.
    QCOMPARE(Language::locale().negativeSign(), u"-"_s);
}

void TestFormat::count_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0LL << u"0"_s;
    QTest::newRow("999") << 999LL << u"999"_s;
    QTest::newRow("4963") << 4963LL << u"4.963"_s;
    QTest::newRow("5810") << 5810LL << u"5.810"_s;
    QTest::newRow("1234567") << 1234567LL << u"1.234.567"_s;
    QTest::newRow("-4963") << -4963LL << u"-4.963"_s;
}

void TestFormat::count()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(Format::count(value), text);
}

void TestFormat::money_data()
{
    QTest::addColumn<qint64>("dong");
    QTest::addColumn<QString>("text");
    QTest::newRow("1234567") << 1234567LL << u"1.234.567"_s + kNbsp + u"đ"_s;
    QTest::newRow("0") << 0LL << u"0"_s + kNbsp + u"đ"_s;
    QTest::newRow("10^15") << 1'000'000'000'000'000LL << u"1.000.000.000.000.000"_s + kNbsp + u"đ"_s;
}

void TestFormat::money()
{
    QFETCH(qint64, dong);
    QFETCH(QString, text);
    QCOMPARE(Format::money(dong), text);
    QCOMPARE(Format::currencySymbol(), u"đ"_s);
}

void TestFormat::percent_data()
{
    QTest::addColumn<MaybeHundredths>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("85,42") << MaybeHundredths(8542) << u"85,42"_s + kNbsp + u"%"_s;
    QTest::newRow("56,68") << MaybeHundredths(5668) << u"56,68"_s + kNbsp + u"%"_s;
    QTest::newRow("76,56") << MaybeHundredths(7656) << u"76,56"_s + kNbsp + u"%"_s;
    QTest::newRow("100") << MaybeHundredths(10000) << u"100,00"_s + kNbsp + u"%"_s;
    QTest::newRow("0,05") << MaybeHundredths(5) << u"0,05"_s + kNbsp + u"%"_s;
    QTest::newRow("0") << MaybeHundredths(0) << u"0,00"_s + kNbsp + u"%"_s;
    QTest::newRow("empty") << MaybeHundredths() << QString();
}

void TestFormat::percent()
{
    QFETCH(MaybeHundredths, value);
    QFETCH(QString, text);
    QCOMPARE(Format::percent(value), text);
}

void TestFormat::points_data()
{
    QTest::addColumn<MaybeHundredths>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("+2,92") << MaybeHundredths(292) << u"+2,92"_s;
    QTest::newRow("-1,05") << MaybeHundredths(-105) << u"-1,05"_s;
    QTest::newRow("-0,05") << MaybeHundredths(-5) << u"-0,05"_s;
    QTest::newRow("0") << MaybeHundredths(0) << u"0,00"_s;
    QTest::newRow("empty") << MaybeHundredths() << QString();
}

void TestFormat::points()
{
    QFETCH(MaybeHundredths, value);
    QFETCH(QString, text);
    QCOMPARE(Format::points(value), text);
}

void TestFormat::date()
{
    QCOMPARE(Format::date(QDate(2021, 9, 30)), u"30/09/2021"_s);
    QCOMPARE(Format::date(QDate(2020, 10, 1)), u"01/10/2020"_s);
    QCOMPARE(Format::date(QDate()), QString());
}

void TestFormat::machineHundredths_data()
{
    QTest::addColumn<MaybeHundredths>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("85.42") << MaybeHundredths(8542) << u"85.42"_s;
    QTest::newRow("-1.05") << MaybeHundredths(-105) << u"-1.05"_s;
    QTest::newRow("0.05") << MaybeHundredths(5) << u"0.05"_s;
    QTest::newRow("-0.05") << MaybeHundredths(-5) << u"-0.05"_s;
    QTest::newRow("0.00") << MaybeHundredths(0) << u"0.00"_s;
    QTest::newRow("100.00") << MaybeHundredths(10000) << u"100.00"_s;
    QTest::newRow("empty") << MaybeHundredths() << QString();
}

void TestFormat::machineHundredths()
{
    QFETCH(MaybeHundredths, value);
    QFETCH(QString, text);
    QCOMPARE(MachineFormat::hundredths(value), text); // never the Vietnamese comma
}

void TestFormat::machineDate()
{
    QCOMPARE(MachineFormat::date(QDate(2021, 9, 30)), u"2021-09-30"_s);
    QCOMPARE(MachineFormat::date(QDate()), QString());
}

void TestFormat::parseMoney_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<qint64>("dong");

    QTest::newRow("plain") << u"1234567"_s << true << 1234567LL;
    QTest::newRow("grouped with dots") << u"1.234.567"_s << true << 1234567LL;
    QTest::newRow("with đ") << u"1.234.567 đ"_s << true << 1234567LL;
    QTest::newRow("with đ, no space") << u"1.234.567đ"_s << true << 1234567LL;
    QTest::newRow("with a no-break space and đ") << u"1.234.567"_s + kNbsp + u"đ"_s << true << 1234567LL;
    QTest::newRow("surrounding spaces") << u"  1234567 "_s << true << 1234567LL;
    QTest::newRow("0") << u"0"_s << true << 0LL;

    QTest::newRow("negative") << u"-5"_s << false << 0LL;
    QTest::newRow("decimal comma") << u"12,5"_s << false << 0LL;
    QTest::newRow("decimal point") << u"1.5"_s << false << 0LL;
    QTest::newRow("groups not of three") << u"1.23.456"_s << false << 0LL;
    QTest::newRow("dots and commas mixed") << u"1.234,567"_s << false << 0LL;
    QTest::newRow("letters") << u"abc"_s << false << 0LL;
    QTest::newRow("empty") << QString() << false << 0LL;
    QTest::newRow("only the symbol") << u"đ"_s << false << 0LL;
    QTest::newRow("beyond qint64") << u"99999999999999999999"_s << false << 0LL;
}

void TestFormat::parseMoney()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    QFETCH(qint64, dong);
    qint64 parsed = -1;
    QCOMPARE(Format::parseMoney(text, &parsed), accepted);
    if (accepted)
        QCOMPARE(parsed, dong);
    else
        QCOMPARE(parsed, -1LL); // left alone
}

void TestFormat::parseMoneyReadsWhatMoneyWrites()
{
    for (qint64 dong : {0LL, 999LL, 1000LL, 1234567LL, 1'000'000'000'000'000LL}) {
        qint64 parsed = -1;
        QVERIFY2(Format::parseMoney(Format::money(dong), &parsed), qPrintable(Format::money(dong)));
        QCOMPARE(parsed, dong);
    }
}

void TestFormat::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/MM/yyyy") << u"30/09/2021"_s << QDate(2021, 9, 30);
    QTest::newRow("d/M/yyyy is day first") << u"1/2/2021"_s << QDate(2021, 2, 1);
    QTest::newRow("ISO") << u"2021-09-30"_s << QDate(2021, 9, 30);
    QTest::newRow("surrounding spaces") << u" 30/09/2021 "_s << QDate(2021, 9, 30);
    QTest::newRow("29/02 of a leap year") << u"29/02/2020"_s << QDate(2020, 2, 29);
    QTest::newRow("31/02") << u"31/02/2021"_s << QDate();
    QTest::newRow("29/02 of a common year") << u"29/02/2021"_s << QDate();
    QTest::newRow("slashes in ISO order") << u"2021/09/30"_s << QDate();
    QTest::newRow("dashes in day order") << u"30-09-2021"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("letters") << u"abc"_s << QDate();
}

void TestFormat::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(Format::parseDate(text), date);
}

void TestFormat::englishOnRequest()
{
    Language::install(Language::English);
    const QString count = Format::count(4963);
    const QString money = Format::money(1234567);
    const QString percent = Format::percent(8542);
    Language::install(Language::Vietnamese);

    QCOMPARE(count, u"4,963"_s);
    QCOMPARE(money, u"1,234,567"_s + kNbsp + u"VND"_s);
    QCOMPARE(percent, u"85.42"_s + kNbsp + u"%"_s);
    QCOMPARE(Format::count(4963), u"4.963"_s); // back to Vietnamese
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
