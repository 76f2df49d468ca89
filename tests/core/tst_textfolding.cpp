// Searching ignores Vietnamese diacritics and case (DESIGN.md, "Conventions"):
// lower case, marks dropped, đ/Đ → d (đ has no decomposition under NFD),
// runs of white space collapsed to one space.
#include "TextFolding.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextFolding : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldIsIdempotent_data() { fold_data(); }
    void foldIsIdempotent();
    void searchFindsNameWithoutMarks();
    void clean_data();
    void clean();
    void identityKey_data();
    void identityKey();
    void firstControl();
};

void TestTextFolding::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    // đ and Đ: a separate letter, not a d with a mark.
    QTest::newRow("đ") << u"đ"_s << u"d"_s;
    QTest::newRow("Đ") << u"Đ"_s << u"d"_s;
    QTest::newRow("Đinh Văn Đức") << u"Đinh Văn Đức"_s << u"dinh van duc"_s;
    QTest::newRow("ĐỖ THỊ ĐÀO") << u"ĐỖ THỊ ĐÀO"_s << u"do thi dao"_s;
    QTest::newRow("Đặng, đồng") << u"Đặng đồng"_s << u"dang dong"_s;

    QTest::newRow("Nguyễn Văn Hùng") << u"Nguyễn Văn Hùng"_s << u"nguyen van hung"_s;
    QTest::newRow("Lò Thị") << u"Lò Thị"_s << u"lo thi"_s;
    QTest::newRow("Cầm Thị Lan") << u"Cầm Thị Lan"_s << u"cam thi lan"_s;
    QTest::newRow("Quàng Văn Sơn") << u"Quàng Văn Sơn"_s << u"quang van son"_s;
    QTest::newRow("Lường Văn Thủy") << u"Lường Văn Thủy"_s << u"luong van thuy"_s;
    QTest::newRow("Quỳnh Nhai") << u"Quỳnh Nhai"_s << u"quynh nhai"_s;
    QTest::newRow("Sốp Cộp") << u"Sốp Cộp"_s << u"sop cop"_s;
    QTest::newRow("old and new tone placement") << u"Hoà Hòa Thuý Thúy"_s << u"hoa hoa thuy thuy"_s;

    // Every vowel with every tone mark, lower case …
    QTest::newRow("a") << u"a à á ả ã ạ"_s << u"a a a a a a"_s;
    QTest::newRow("ă") << u"ă ằ ắ ẳ ẵ ặ"_s << u"a a a a a a"_s;
    QTest::newRow("â") << u"â ầ ấ ẩ ẫ ậ"_s << u"a a a a a a"_s;
    QTest::newRow("e") << u"e è é ẻ ẽ ẹ"_s << u"e e e e e e"_s;
    QTest::newRow("ê") << u"ê ề ế ể ễ ệ"_s << u"e e e e e e"_s;
    QTest::newRow("i") << u"i ì í ỉ ĩ ị"_s << u"i i i i i i"_s;
    QTest::newRow("o") << u"o ò ó ỏ õ ọ"_s << u"o o o o o o"_s;
    QTest::newRow("ô") << u"ô ồ ố ổ ỗ ộ"_s << u"o o o o o o"_s;
    QTest::newRow("ơ") << u"ơ ờ ớ ở ỡ ợ"_s << u"o o o o o o"_s;
    QTest::newRow("u") << u"u ù ú ủ ũ ụ"_s << u"u u u u u u"_s;
    QTest::newRow("ư") << u"ư ừ ứ ử ữ ự"_s << u"u u u u u u"_s;
    QTest::newRow("y") << u"y ỳ ý ỷ ỹ ỵ"_s << u"y y y y y y"_s;
    // … and upper case.
    QTest::newRow("A") << u"A À Á Ả Ã Ạ"_s << u"a a a a a a"_s;
    QTest::newRow("Ă") << u"Ă Ằ Ắ Ẳ Ẵ Ặ"_s << u"a a a a a a"_s;
    QTest::newRow("Â") << u"Â Ầ Ấ Ẩ Ẫ Ậ"_s << u"a a a a a a"_s;
    QTest::newRow("E") << u"E È É Ẻ Ẽ Ẹ"_s << u"e e e e e e"_s;
    QTest::newRow("Ê") << u"Ê Ề Ế Ể Ễ Ệ"_s << u"e e e e e e"_s;
    QTest::newRow("I") << u"I Ì Í Ỉ Ĩ Ị"_s << u"i i i i i i"_s;
    QTest::newRow("O") << u"O Ò Ó Ỏ Õ Ọ"_s << u"o o o o o o"_s;
    QTest::newRow("Ô") << u"Ô Ồ Ố Ổ Ỗ Ộ"_s << u"o o o o o o"_s;
    QTest::newRow("Ơ") << u"Ơ Ờ Ớ Ở Ỡ Ợ"_s << u"o o o o o o"_s;
    QTest::newRow("U") << u"U Ù Ú Ủ Ũ Ụ"_s << u"u u u u u u"_s;
    QTest::newRow("Ư") << u"Ư Ừ Ứ Ử Ữ Ự"_s << u"u u u u u u"_s;
    QTest::newRow("Y") << u"Y Ỳ Ý Ỷ Ỹ Ỵ"_s << u"y y y y y y"_s;
    QTest::newRow("upper-case name") << u"NGUYỄN VĂN HÙNG"_s << u"nguyen van hung"_s;

    // Decomposed input (NFD, as some keyboards and macOS file names give it).
    QTest::newRow("NFD Nguyễn Văn Hùng") << u"Nguye\u0302\u0303n Va\u0306n Hu\u0300ng"_s << u"nguyen van hung"_s;
    QTest::newRow("NFD ự") << u"u\u031B\u0323"_s << u"u"_s;
    QTest::newRow("NFD with Đ") << u"\u0110o\u0302\u0303 Thi\u0323"_s << u"do thi"_s;

    QTest::newRow("runs of spaces collapse") << u"Nguyễn   Văn  Hùng"_s << u"nguyen van hung"_s;
    QTest::newRow("leading and trailing spaces") << u"   Lò Thị  "_s << u"lo thi"_s;
    QTest::newRow("tabs and line breaks") << u"Lò\tThị\r\nLan"_s << u"lo thi lan"_s;
    QTest::newRow("no-break space") << u"Lò\u00A0Thị"_s << u"lo thi"_s;
    QTest::newRow("only spaces") << u"   "_s << QString();
    QTest::newRow("empty") << QString() << QString();

    QTest::newRow("decision number") << u"12/QĐ-CCTHADS"_s << u"12/qd-ccthads"_s;
    QTest::newRow("judgment number") << u"Số 05/2021/DS-ST"_s << u"so 05/2021/ds-st"_s;
    QTest::newRow("plain ASCII") << u"Abc 123"_s << u"abc 123"_s;
}

void TestTextFolding::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::fold(text), folded);
}

void TestTextFolding::foldIsIdempotent()
{
    QFETCH(QString, folded);
    QCOMPARE(TextFolding::fold(folded), folded);
}

void TestTextFolding::searchFindsNameWithoutMarks()
{
    const QString name = TextFolding::fold(u"Nguyễn Văn Hùng"_s);
    QVERIFY(name.contains(TextFolding::fold(u"nguyen van"_s)));
    QVERIFY(name.contains(TextFolding::fold(u"NGUYỄN"_s)));
    QVERIFY(TextFolding::fold(u"Đinh Văn Đức"_s).contains(TextFolding::fold(u"duc"_s)));
}

void TestTextFolding::clean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::newRow("already clean") << u"Nguyễn Văn A"_s << u"Nguyễn Văn A"_s;
    QTest::newRow("decomposed becomes composed")
        << QStringLiteral(u"Nguyễn").normalized(QString::NormalizationForm_D) << u"Nguyễn"_s;
    QTest::newRow("only a byte-order mark") << u"\uFEFF"_s << QString(u""_s);
    QTest::newRow("zero-width space at the end") << u"12/QĐ\u200B"_s << u"12/QĐ"_s;
    QTest::newRow("joiners and soft hyphen") << u"Lò\u200C Thị\u200D\u00AD"_s << u"Lò Thị"_s;
    QTest::newRow("word joiner and spaces") << u"  \u2060Sơn La \t"_s << u"Sơn La"_s;
    QTest::newRow("null stays empty, not null") << QString() << QString(u""_s);
}

void TestTextFolding::clean()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    const QString cleaned = TextFolding::clean(text);
    QCOMPARE(cleaned, stored);
    QVERIFY(!cleaned.isNull());
    QCOMPARE(TextFolding::clean(cleaned), cleaned);
}

void TestTextFolding::identityKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const QString number = u"12/QĐ-CCTHADS"_s;
    QTest::newRow("lower case") << number << u"12/qđ-ccthads"_s << true;
    QTest::newRow("NFD") << number << number.normalized(QString::NormalizationForm_D) << true;
    QTest::newRow("trailing zero-width space") << number << number + u"\u200B"_s << true;
    QTest::newRow("surrounding spaces") << number << u" "_s + number + u" "_s << true;
    QTest::newRow("another number") << number << u"13/QĐ-CCTHADS"_s << false;
    // Marks are part of the number: QĐ and QD are different numbers.
    QTest::newRow("đ is not d") << number << u"12/QD-CCTHADS"_s << false;
}

void TestTextFolding::identityKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(TextFolding::identityKey(a) == TextFolding::identityKey(b), same);
}

void TestTextFolding::firstControl()
{
    QCOMPARE(TextFolding::firstControl(u"a\tb"_s, false), QChar());
    QCOMPARE(TextFolding::firstControl(u"a\nb"_s, true), QChar());
    QCOMPARE(TextFolding::firstControl(u"a\nb"_s, false), QChar(u'\n'));
    QCOMPARE(TextFolding::firstControl(u"a\u001Bb\u0007"_s, true), QChar(0x1B));
    QCOMPARE(TextFolding::firstControl(QString(QChar(0)), true), QChar(0));
}

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
