// Rates, points and "needed to reach target" (DESIGN.md, "Rates and targets"):
// exact integers in hundredths of a percent, rounded half-up to two decimals.
#include "Rates.h"

#include <QTest>

#include <limits>
#include <optional>

using MaybeHundredths = std::optional<Rates::Hundredths>;
Q_DECLARE_METATYPE(MaybeHundredths)

char *toString(const MaybeHundredths &value)
{
    return qstrdup(value ? QByteArray::number(*value).constData() : "empty");
}

class TestRates : public QObject
{
    Q_OBJECT

private slots:
    void rate_data();
    void rate();
    void points_data();
    void points();
    void needed_data();
    void needed();
};

void TestRates::rate_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<MaybeHundredths>("rate");
    const MaybeHundredths empty;

    // 4963 ÷ 5810 = 85,4216… %
    QTest::newRow("Son La 2021 cases") << 4963LL << 5810LL << MaybeHundredths(8542);
    QTest::newRow("1/3 = 33,333… %") << 1LL << 3LL << MaybeHundredths(3333);
    QTest::newRow("2/3 = 66,666… %") << 2LL << 3LL << MaybeHundredths(6667);
    QTest::newRow("1/8 = 12,5 %") << 1LL << 8LL << MaybeHundredths(1250);
    QTest::newRow("1/16 = 6,25 % exactly") << 1LL << 16LL << MaybeHundredths(625);
    QTest::newRow("1/1600 = 0,0625 % rounds down") << 1LL << 1600LL << MaybeHundredths(6);
    QTest::newRow("1/32 = 3,125 % halfway rounds up") << 1LL << 32LL << MaybeHundredths(313);
    QTest::newRow("3/32 = 9,375 % halfway rounds up") << 3LL << 32LL << MaybeHundredths(938);
    QTest::newRow("1/64 = 1,5625 % rounds down") << 1LL << 64LL << MaybeHundredths(156);
    QTest::newRow("1/20000 = 0,005 % halfway rounds up") << 1LL << 20000LL << MaybeHundredths(1);
    QTest::newRow("1/40000 = 0,0025 % rounds to 0") << 1LL << 40000LL << MaybeHundredths(0);
    QTest::newRow("199/200000 = 0,0995 % rounds up") << 199LL << 200000LL << MaybeHundredths(10);
    QTest::newRow("228/291 = 78,3505… %") << 228LL << 291LL << MaybeHundredths(7835);
    QTest::newRow("all resolved") << 5810LL << 5810LL << MaybeHundredths(10000);
    QTest::newRow("none resolved") << 0LL << 5810LL << MaybeHundredths(0);
    QTest::newRow("whole 0") << 0LL << 0LL << empty;
    QTest::newRow("part over whole 0") << 5LL << 0LL << empty;

    // Money near 10^15 đồng: part × 10 000 no longer fits in 64 bits.
    QTest::newRow("10^15 - 1 of 10^15 rounds to 100 %")
        << 999'999'999'999'999LL << 1'000'000'000'000'000LL << MaybeHundredths(10000);
    QTest::newRow("half of 10^15") << 500'000'000'000'000LL << 1'000'000'000'000'000LL << MaybeHundredths(5000);
    // 854 150 000 000 000 ÷ 10^15 = 85,415 % exactly: halfway, up.
    QTest::newRow("85,415 % of 10^15 halfway rounds up")
        << 854'150'000'000'000LL << 1'000'000'000'000'000LL << MaybeHundredths(8542);
    // 123 456 789 012 345 ÷ 987 654 321 098 765 = 12,4999998860… %
    QTest::newRow("large uneven") << 123'456'789'012'345LL << 987'654'321'098'765LL << MaybeHundredths(1250);
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("qint64 max of itself") << max << max << MaybeHundredths(10000);
}

void TestRates::rate()
{
    QFETCH(qint64, part);
    QFETCH(qint64, whole);
    QFETCH(MaybeHundredths, rate);
    QCOMPARE(Rates::rate(part, whole), rate);
}

void TestRates::points_data()
{
    QTest::addColumn<MaybeHundredths>("rate");
    QTest::addColumn<MaybeHundredths>("target");
    QTest::addColumn<MaybeHundredths>("points");
    const MaybeHundredths empty;
    QTest::newRow("Son La 2021: 85,42 - 82,50") << MaybeHundredths(8542) << MaybeHundredths(8250)
                                                 << MaybeHundredths(292);
    QTest::newRow("below target") << MaybeHundredths(8250) << MaybeHundredths(8542) << MaybeHundredths(-292);
    QTest::newRow("on target") << MaybeHundredths(8250) << MaybeHundredths(8250) << MaybeHundredths(0);
    QTest::newRow("no rate") << empty << MaybeHundredths(8250) << empty;
    QTest::newRow("no target") << MaybeHundredths(8542) << empty << empty;
    QTest::newRow("neither") << empty << empty << empty;
}

void TestRates::points()
{
    QFETCH(MaybeHundredths, rate);
    QFETCH(MaybeHundredths, target);
    QFETCH(MaybeHundredths, points);
    QCOMPARE(Rates::points(rate, target), points);
}

void TestRates::needed_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("needed");

    // ⌈82,50 % × 5810⌉ = ⌈4793,25⌉ = 4794 ≤ 4963
    QTest::newRow("Son La 2021: target reached") << 8250 << 5810LL << 4963LL << 0LL;
    // ⌈80 % × 291⌉ = ⌈232,8⌉ = 233; 233 − 228
    QTest::newRow("five cases short") << 8000 << 291LL << 228LL << 5LL;
    QTest::newRow("exact integer, one short") << 8000 << 10LL << 7LL << 1LL;
    QTest::newRow("exact integer, reached") << 8000 << 10LL << 8LL << 0LL;
    QTest::newRow("above target, never negative") << 8000 << 10LL << 9LL << 0LL;
    // ⌈80,01 % × 3⌉ = ⌈2,4003⌉
    QTest::newRow("just above an integer rounds up") << 8001 << 3LL << 0LL << 3LL;
    QTest::newRow("one ten-thousandth rounds up to 1") << 1 << 1LL << 0LL << 1LL;
    QTest::newRow("100 % of 3") << 10000 << 3LL << 0LL << 3LL;
    QTest::newRow("100 % reached") << 10000 << 7LL << 7LL << 0LL;
    QTest::newRow("target 0") << 0 << 100LL << 0LL << 0LL;
    QTest::newRow("nothing with conditions") << 8000 << 0LL << 0LL << 0LL;
    QTest::newRow("money: 82,50 % of 10^15 đ") << 8250 << 1'000'000'000'000'000LL << 0LL << 825'000'000'000'000LL;
    // 56,68 % × 123 456 789 012 345 = 69 975 308 012 197,146…
    QTest::newRow("money: uneven, rounds up") << 5668 << 123'456'789'012'345LL << 0LL << 69'975'308'012'198LL;
    QTest::newRow("money: 1 đ short") << 5668 << 123'456'789'012'345LL << 69'975'308'012'197LL << 1LL;
}

void TestRates::needed()
{
    QFETCH(int, target);
    QFETCH(qint64, whole);
    QFETCH(qint64, part);
    QFETCH(qint64, needed);
    QCOMPARE(Rates::needed(target, whole, part), needed);
}

QTEST_GUILESS_MAIN(TestRates)
#include "tst_rates.moc"
