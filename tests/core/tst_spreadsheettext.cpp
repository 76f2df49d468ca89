// Which texts a spreadsheet would take for a formula, and the CSV line that
// keeps them text: =, +, -, @, a tab or a carriage return first; plain numbers stay numbers.

#include "Format.h"
#include "SpreadsheetText.h"

#include <QTest>

class TestSpreadsheetText : public QObject
{
    Q_OBJECT

private slots:
    void neutralises_data();
    void neutralises();
    void csvLineNeutralisesAndQuotes();
};

void TestSpreadsheetText::neutralises_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("csv");
    QTest::newRow("equals") << "=1+2" << "'=1+2";
    QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\")" << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("plus") << "+84 912 345 678" << "'+84 912 345 678";
    QTest::newRow("minus formula") << "-1+cmd|' /C calc'!A0" << "'-1+cmd|' /C calc'!A0";
    QTest::newRow("at") << "@SUM(A1:A9)" << "'@SUM(A1:A9)";
    QTest::newRow("tab") << "\t=1" << "'\t=1";
    QTest::newRow("carriage return") << "\r=1" << "'\r=1";
    QTest::newRow("negative number") << "-2.92" << "-2.92";
    QTest::newRow("negative whole number") << "-140" << "-140";
    QTest::newRow("signed number") << "+2.92" << "+2.92";
    QTest::newRow("a name") << "Nguyễn Văn Hùng" << "Nguyễn Văn Hùng";
    QTest::newRow("equals later") << "Lò Thị = Lan" << "Lò Thị = Lan";
    QTest::newRow("dash only") << "-" << "'-";
    QTest::newRow("empty") << "" << "";
}

void TestSpreadsheetText::neutralises()
{
    QFETCH(QString, text);
    QFETCH(QString, csv);
    QCOMPARE(SpreadsheetText::neutralised(text), csv);
    QCOMPARE(SpreadsheetText::looksLikeFormula(text), csv != text);
}

void TestSpreadsheetText::csvLineNeutralisesAndQuotes()
{
    QCOMPARE(MachineFormat::csvLine({QStringLiteral("MCH"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                     QStringLiteral("-2.92"), QStringLiteral("\r=1")}),
             QStringLiteral("MCH,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-2.92,\"'\r=1\"\n"));
}

QTEST_GUILESS_MAIN(TestSpreadsheetText)
#include "tst_spreadsheettext.moc"
