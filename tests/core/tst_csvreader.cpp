// CSV as spreadsheets write it (RFC 4180, UTF-8 with an optional byte-order
// mark), each record with the line it starts on.
#include "CsvReader.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void error_data();
    void error();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("LF") << "a,b\nc,d\n"_ba << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}} << QList<int>{1, 2};
    QTest::newRow("no final line break") << "a,b\nc,d"_ba << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                                         << QList<int>{1, 2};
    QTest::newRow("BOM stripped") << "\xEF\xBB\xBFma,ten\n1,x\n"_ba << Rows{{u"ma"_s, u"ten"_s}, {u"1"_s, u"x"_s}}
                                  << QList<int>{1, 2};
    QTest::newRow("BOM and CRLF") << "\xEF\xBB\xBFma\r\n1\r\n"_ba << Rows{{u"ma"_s}, {u"1"_s}} << QList<int>{1, 2};
    QTest::newRow("Vietnamese text") << QStringLiteral(u"Cầm Thị Lan,Đông\n").toUtf8()
                                     << Rows{{u"Cầm Thị Lan"_s, u"Đông"_s}} << QList<int>{1};

    QTest::newRow("quoted comma") << QStringLiteral(u"\"Sơn La, Việt Nam\",2\n").toUtf8()
                                  << Rows{{u"Sơn La, Việt Nam"_s, u"2"_s}} << QList<int>{1};
    QTest::newRow("doubled quotes") << "\"QD \"\"12\"\"\",x\n"_ba << Rows{{u"QD \"12\""_s, u"x"_s}}
                                    << QList<int>{1};
    QTest::newRow("only a doubled quote") << "\"\"\"\",x\n"_ba << Rows{{u"\""_s, u"x"_s}} << QList<int>{1};
    QTest::newRow("line break in quotes") << "a,\"one\ntwo\"\nb,c\n"_ba
                                          << Rows{{u"a"_s, u"one\ntwo"_s}, {u"b"_s, u"c"_s}} << QList<int>{1, 3};
    QTest::newRow("two line breaks in quotes") << "a,\"1\n2\n3\"\nb\nc\n"_ba
                                               << Rows{{u"a"_s, u"1\n2\n3"_s}, {u"b"_s}, {u"c"_s}}
                                               << QList<int>{1, 4, 5};
    QTest::newRow("CRLF file, LF in quotes") << "a,\"x\ny\"\r\nb,c\r\n"_ba
                                             << Rows{{u"a"_s, u"x\ny"_s}, {u"b"_s, u"c"_s}} << QList<int>{1, 3};
    QTest::newRow("quoted line break then blank line") << "\"x\ny\"\n\nz\n"_ba << Rows{{u"x\ny"_s}, {u"z"_s}}
                                                       << QList<int>{1, 4};

    QTest::newRow("empty fields") << "a,,c\n,,\n"_ba << Rows{{u"a"_s, QString(), u"c"_s}, {QString(), QString(), QString()}}
                                  << QList<int>{1, 2};
    QTest::newRow("trailing comma") << "a,b,\n"_ba << Rows{{u"a"_s, u"b"_s, QString()}} << QList<int>{1};
    QTest::newRow("empty quoted field") << "\"\",x\n"_ba << Rows{{QString(), u"x"_s}} << QList<int>{1};
    QTest::newRow("blank lines skipped") << "a\n\nb\r\n\r\n\nc\n"_ba << Rows{{u"a"_s}, {u"b"_s}, {u"c"_s}}
                                         << QList<int>{1, 3, 6};
    QTest::newRow("leading blank lines") << "\n\na,b\n"_ba << Rows{{u"a"_s, u"b"_s}} << QList<int>{3};
    QTest::newRow("empty file") << QByteArray() << Rows{} << QList<int>{};
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba << Rows{} << QList<int>{};
    QTest::newRow("tab in a field") << "a\tb,c\n"_ba << Rows{{u"a\tb"_s, u"c"_s}} << QList<int>{1};
    QTest::newRow("CRLF inside quotes") << "\"x\r\ny\",z\r\n"_ba << Rows{{u"x\r\ny"_s, u"z"_s}} << QList<int>{1};
    QTest::newRow("quoted field at the end of the file") << "a,\"b\""_ba << Rows{{u"a"_s, u"b"_s}} << QList<int>{1};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, data);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);

    QList<CsvReader::Record> records;
    QString error;
    QVERIFY2(CsvReader::parse(data, &records, &error), qPrintable(error));
    QList<QStringList> fields;
    QList<int> starts;
    for (const CsvReader::Record &record : records) {
        fields << record.fields;
        starts << record.line;
    }
    QCOMPARE(fields, rows);
    QCOMPARE(starts, lines);
}

void TestCsvReader::error_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unclosed quote on line 1") << "\"abc,d\n"_ba << 1 << u"quoted"_s;
    QTest::newRow("unclosed quote on line 2") << "a,b\nc,\"open\nmore\n"_ba << 2 << u"quoted"_s;
    QTest::newRow("unclosed quote after a multi-line record") << "a,\"x\ny\"\nb,\"z\n"_ba << 3 << u"quoted"_s;
    QTest::newRow("invalid byte") << "a,\xFF,b\n"_ba << 1 << u"UTF-8"_s;
    QTest::newRow("Latin-1 text") << "Nguy\xEAn,1\n"_ba << 1 << u"UTF-8"_s;
    QTest::newRow("truncated sequence at the end") << "a,\xC3"_ba << 1 << u"UTF-8"_s;
    QTest::newRow("invalid byte names its line") << "a,b\nc,d\ne,\xFF\n"_ba << 3 << u"UTF-8"_s;

    // Strictly RFC 4180: nothing is guessed, the line and the column are named.
    QTest::newRow("unescaped quotes inside a quoted field")
        << QStringLiteral(u"ma,ten\n1,\"Nguyễn \"Văn\" A\"\n").toUtf8() << 2 << u"column 2: a quote inside a quoted field"_s;
    QTest::newRow("quote inside an unquoted field") << "a,b\nx,Nguyen \"Van\"\n"_ba << 2
                                                    << u"column 2: a quote inside a field"_s;
    QTest::newRow("text after a closing quote") << "\"a\"b,c\n"_ba << 1 << u"column 1"_s;
    QTest::newRow("NUL") << QByteArray("a,b\nc,d\0e\n", 10) << 2 << u"U+0000"_s;
    QTest::newRow("ESC in a quoted field") << "a,\"x\x1By\"\n"_ba << 1 << u"column 2: the control character U+001B"_s;
    QTest::newRow("BEL") << "a\x07,b\n"_ba << 1 << u"U+0007"_s;
    QTest::newRow("DEL") << "a,b\x7f\n"_ba << 1 << u"U+007F"_s;
    QTest::newRow("C1 control") << QStringLiteral(u"a,b\u0085\n").toUtf8() << 1 << u"U+0085"_s;
    QTest::newRow("lone carriage return between fields") << "a,b\rc,d\n"_ba << 1 << u"carriage return"_s;
    QTest::newRow("lone carriage return in quotes") << "a,\"x\ry\"\n"_ba << 1 << u"column 2: a carriage return"_s;
    QTest::newRow("carriage return at the end") << "a,b\r"_ba << 1 << u"carriage return"_s;
}

void TestCsvReader::error()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    QList<CsvReader::Record> records;
    QString error;
    int errorLine = 0;
    QVERIFY(!CsvReader::parse(data, &records, &error, &errorLine));
    QCOMPARE(errorLine, line);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
