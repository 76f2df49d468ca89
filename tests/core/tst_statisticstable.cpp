// The statistics table type (DESIGN.md, "Which cases a period counts" and
// "Rates and targets"): derived columns from the leaves, the identities every
// table must satisfy, rates against targets, and finding a row.
#include "Language.h"
#include "StatisticsTable.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

using MaybeHundredths = std::optional<Rates::Hundredths>;
using MaybeAmount = std::optional<qint64>;
Q_DECLARE_METATYPE(StatColumn)
Q_DECLARE_METATYPE(StatisticsFigures)
Q_DECLARE_METATYPE(MaybeHundredths)
Q_DECLARE_METATYPE(MaybeAmount)

char *toString(StatColumn column) { return qstrdup(qPrintable(StatColumns::key(column))); }

namespace {
// Leaves chosen so that the derived figures are easy to check by hand:
// cases give the Sơn La 2021 rate, 4 963 ÷ 5 810; money gives 43,5 ÷ 72,5 = 60 %.
StatisticsFigures leaves()
{
    StatisticsFigures f;
    const auto both = [&f](StatColumn c, qint64 cases, qint64 money) {
        f.addCases(c, cases);
        f.addMoney(c, money);
    };
    both(StatColumn::CarriedOver, 1200, 30'000'000'000);
    both(StatColumn::NewAccepted, 4900, 70'000'000'000);
    both(StatColumn::Entrusted, 40, 1'000'000'000);
    both(StatColumn::Withdrawn, 10, 500'000'000);
    both(StatColumn::Completed, 4500, 40'000'000'000);
    both(StatColumn::Terminated, 463, 2'000'000'000);
    f.addMoney(StatColumn::Reduced, 1'500'000'000);
    both(StatColumn::InProgress, 600, 20'000'000'000);
    both(StatColumn::Postponed, 120, 5'000'000'000);
    both(StatColumn::Suspended, 80, 3'000'000'000);
    both(StatColumn::Other, 47, 1'000'000'000);
    both(StatColumn::WithoutConditions, 240, 26'000'000'000);
    f.deriveTotals();
    return f;
}

// 228 of 291 cases resolved: 78,35 %; five short of an 80 % target.
StatisticsFigures shortOfTarget()
{
    StatisticsFigures f;
    f.addCases(StatColumn::NewAccepted, 291);
    f.addCases(StatColumn::Completed, 200);
    f.addCases(StatColumn::Terminated, 28);
    f.addCases(StatColumn::InProgress, 63);
    f.deriveTotals();
    return f;
}

StatisticsRow unitRow(qint64 id, const QString &code)
{
    StatisticsRow row;
    row.unit.id = id;
    row.unit.code = code;
    return row;
}
} // namespace

class TestStatisticsTable : public QObject
{
    Q_OBJECT

private slots:
    void deriveTotals_data();
    void deriveTotals();
    void derivedFiguresSatisfyEveryIdentity();
    void tamperedLeafBreaksIdentity_data();
    void tamperedLeafBreaksIdentity();
    void provinceIsTheSumOfUnits();
    void rowRates_data();
    void rowRates();
    void rowByCode_data();
    void rowByCode();
    void rowsAreUnitsThenProvince();
    void provinceRowIsNotTheDepartmentInEnglish();
};

void TestStatisticsTable::deriveTotals_data()
{
    QTest::addColumn<StatColumn>("column");
    QTest::addColumn<qint64>("cases");
    QTest::addColumn<qint64>("money");
    using C = StatColumn;
    QTest::newRow("carried_over") << C::CarriedOver << 1200LL << 30'000'000'000LL;
    QTest::newRow("new_accepted") << C::NewAccepted << 4900LL << 70'000'000'000LL;
    QTest::newRow("total_accepted = carried + new") << C::TotalAccepted << 6100LL << 100'000'000'000LL;
    QTest::newRow("to_enforce = total - entrusted - withdrawn") << C::ToEnforce << 6050LL << 98'500'000'000LL;
    QTest::newRow("reduced has money only") << C::Reduced << 0LL << 1'500'000'000LL;
    QTest::newRow("resolved = completed + terminated (+ reduced)") << C::Resolved << 4963LL << 43'500'000'000LL;
    QTest::newRow("with = resolved + in_progress + holds") << C::WithConditions << 5810LL << 72'500'000'000LL;
    QTest::newRow("without_conditions") << C::WithoutConditions << 240LL << 26'000'000'000LL;
    QTest::newRow("carried_next = to_enforce - resolved") << C::CarriedNext << 1087LL << 55'000'000'000LL;
}

void TestStatisticsTable::deriveTotals()
{
    QFETCH(StatColumn, column);
    QFETCH(qint64, cases);
    QFETCH(qint64, money);
    const StatisticsFigures f = leaves();
    QCOMPARE(f.cases(column), cases);
    QCOMPARE(f.money(column), money);
}

void TestStatisticsTable::derivedFiguresSatisfyEveryIdentity()
{
    QCOMPARE(leaves().invariantBreaches(), QStringList());
    QCOMPARE(shortOfTarget().invariantBreaches(), QStringList());
    QCOMPARE(StatisticsFigures().invariantBreaches(), QStringList());
}

void TestStatisticsTable::tamperedLeafBreaksIdentity_data()
{
    QTest::addColumn<bool>("money"); // which table is tampered
    QTest::addColumn<StatColumn>("column");
    QTest::addColumn<qint64>("delta");
    QTest::addColumn<QString>("identity");
    using C = StatColumn;

    QTest::newRow("cases: without") << false << C::WithoutConditions << 1LL
                                    << u"cases: to_enforce = with + without"_s;
    QTest::newRow("money: without") << true << C::WithoutConditions << -1LL
                                    << u"money: to_enforce = with + without"_s;
    QTest::newRow("cases: in progress") << false << C::InProgress << 1LL
                                        << u"cases: with = resolved + in_progress + postponed + suspended + other"_s;
    QTest::newRow("money: other") << true << C::Other << 1LL
                                  << u"money: with = resolved + in_progress + postponed + suspended + other"_s;
    QTest::newRow("cases: carried over") << false << C::CarriedOver << 1LL << u"cases: total = carried + new"_s;
    QTest::newRow("money: new") << true << C::NewAccepted << 1LL << u"money: total = carried + new"_s;
    QTest::newRow("cases: entrusted") << false << C::Entrusted << 1LL
                                      << u"cases: to_enforce = total - entrusted - withdrawn"_s;
    QTest::newRow("money: withdrawn") << true << C::Withdrawn << 1LL
                                      << u"money: to_enforce = total - entrusted - withdrawn"_s;
    QTest::newRow("cases: carried next") << false << C::CarriedNext << 1LL
                                         << u"cases: carried_next = to_enforce - resolved"_s;
    QTest::newRow("cases: reduced") << false << C::Reduced << 1LL << u"cases: reduced has no case count"_s;
    QTest::newRow("money: negative") << true << C::Postponed << -6'000'000'000LL << u"money: no negative figure"_s;
    // resolved is defined as completed + terminated (+ reduced for money).
    QTest::newRow("cases: completed") << false << C::Completed << 1LL << u"cases: resolved"_s;
    QTest::newRow("money: reduced") << true << C::Reduced << 1LL << u"money: resolved"_s;
}

void TestStatisticsTable::tamperedLeafBreaksIdentity()
{
    QFETCH(bool, money);
    QFETCH(StatColumn, column);
    QFETCH(qint64, delta);
    QFETCH(QString, identity);

    StatisticsFigures f = leaves();
    if (money)
        f.addMoney(column, delta);
    else
        f.addCases(column, delta);
    const QStringList breaches = f.invariantBreaches();
    QVERIFY2(!breaches.isEmpty(), "the tampered figures pass every identity");
    QVERIFY2(std::any_of(breaches.cbegin(), breaches.cend(),
                         [&identity](const QString &breach) { return breach.startsWith(identity); }),
             qPrintable(breaches.join(u" | "_s)));
}

void TestStatisticsTable::provinceIsTheSumOfUnits()
{
    StatisticsFigures province = leaves();
    province += shortOfTarget();
    QCOMPARE(province.cases(StatColumn::NewAccepted), 4900LL + 291LL);
    QCOMPARE(province.cases(StatColumn::Resolved), 4963LL + 228LL);
    QCOMPARE(province.cases(StatColumn::WithConditions), 5810LL + 291LL);
    QCOMPARE(province.money(StatColumn::Resolved), 43'500'000'000LL);
    QCOMPARE(province.invariantBreaches(), QStringList());
    StatisticsFigures rederived = province;
    rederived.deriveTotals();
    QVERIFY(rederived == province); // summing derived rows equals deriving the summed leaves
}

void TestStatisticsTable::rowRates_data()
{
    QTest::addColumn<StatisticsFigures>("figures");
    QTest::addColumn<MaybeHundredths>("caseTarget");
    QTest::addColumn<MaybeHundredths>("moneyTarget");
    QTest::addColumn<MaybeHundredths>("caseRate");
    QTest::addColumn<MaybeHundredths>("moneyRate");
    QTest::addColumn<MaybeHundredths>("casePoints");
    QTest::addColumn<MaybeHundredths>("moneyPoints");
    QTest::addColumn<MaybeAmount>("caseNeeded");
    QTest::addColumn<MaybeAmount>("moneyNeeded");
    const MaybeHundredths noTarget;
    const MaybeHundredths empty;
    const MaybeAmount none;

    // Cases 85,42 % − 82,50 = +2,92; money 60,00 % − 65,00 = −5,00 and
    // ⌈65 % × 72 500 000 000⌉ − 43 500 000 000 = 3 625 000 000 đ still needed.
    QTest::newRow("with targets") << leaves() << MaybeHundredths(8250) << MaybeHundredths(6500)
                                  << MaybeHundredths(8542) << MaybeHundredths(6000) << MaybeHundredths(292)
                                  << MaybeHundredths(-500) << MaybeAmount(0) << MaybeAmount(3'625'000'000);
    QTest::newRow("without targets") << leaves() << noTarget << noTarget << MaybeHundredths(8542)
                                     << MaybeHundredths(6000) << empty << empty << none << none;
    QTest::newRow("five cases short") << shortOfTarget() << MaybeHundredths(8000) << MaybeHundredths(8000)
                                      << MaybeHundredths(7835) << empty << MaybeHundredths(-165) << empty
                                      << MaybeAmount(5) << MaybeAmount(0);
    QTest::newRow("nothing with conditions") << StatisticsFigures() << MaybeHundredths(8250)
                                             << MaybeHundredths(6500) << empty << empty << empty << empty
                                             << MaybeAmount(0) << MaybeAmount(0);
}

void TestStatisticsTable::rowRates()
{
    QFETCH(StatisticsFigures, figures);
    QFETCH(MaybeHundredths, caseTarget);
    QFETCH(MaybeHundredths, moneyTarget);
    StatisticsRow row;
    row.figures = figures;
    row.caseTarget = caseTarget;
    row.moneyTarget = moneyTarget;

    QTEST(row.caseRate(), "caseRate");
    QTEST(row.moneyRate(), "moneyRate");
    QTEST(row.casePoints(), "casePoints");
    QTEST(row.moneyPoints(), "moneyPoints");
    QTEST(row.caseNeeded(), "caseNeeded");
    QTEST(row.moneyNeeded(), "moneyNeeded");
}

void TestStatisticsTable::rowByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("unitIndex"); // -1: the province row; -2: no row
    QTest::newRow("PROVINCE") << u"PROVINCE"_s << -1;
    QTest::newRow("province") << u"province"_s << -1;
    QTest::newRow("Province") << u"Province"_s << -1;
    QTest::newRow("CUC") << u"CUC"_s << 0;
    QTest::newRow("TPSL") << u"TPSL"_s << 1;
    QTest::newRow("tpsl") << u"tpsl"_s << 1;
    QTest::newRow("qNh") << u"qNh"_s << 2;
    QTest::newRow("unknown") << u"XYZ"_s << -2;
    QTest::newRow("empty") << QString() << -2;
}

void TestStatisticsTable::rowByCode()
{
    QFETCH(QString, code);
    QFETCH(int, unitIndex);
    StatisticsTable table;
    table.period = StatisticalPeriod::year(2021);
    table.units = {unitRow(1, u"CUC"_s), unitRow(2, u"TPSL"_s), unitRow(3, u"QNH"_s)};
    table.province.unit = StatisticsTable::provinceUnit();

    const StatisticsRow *row = table.row(code);
    if (unitIndex == -2) {
        QCOMPARE(row, nullptr);
    } else if (unitIndex == -1) {
        QCOMPARE(row, &table.province);
        QVERIFY(row->isProvince());
    } else {
        QCOMPARE(row, &table.units.at(unitIndex));
        QVERIFY(!row->isProvince());
    }
}

void TestStatisticsTable::rowsAreUnitsThenProvince()
{
    StatisticsTable table;
    table.units = {unitRow(1, u"CUC"_s), unitRow(2, u"TPSL"_s)};
    table.province.unit = StatisticsTable::provinceUnit();
    const QList<StatisticsRow> rows = table.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).unit.code, u"CUC"_s);
    QCOMPARE(rows.at(1).unit.code, u"TPSL"_s);
    QCOMPARE(rows.at(2).unit.code, u"PROVINCE"_s);
    QVERIFY(rows.at(2).isProvince());
}

void TestStatisticsTable::provinceRowIsNotTheDepartmentInEnglish()
{
    // The department (Cục) is a unit of kind province; the total row must read differently.
    Unit department;
    department.id = 1;
    department.code = u"CUC"_s;
    department.kind = Unit::Kind::Province;
    department.nameEn = u"Provincial Civil Judgment Enforcement Department of Son La"_s;
    Language::install(Language::English);
    const QString departmentName = department.shortName();
    const QString provinceName = StatisticsTable::provinceUnit().shortName();
    Language::install(Language::Vietnamese);
    QCOMPARE(departmentName, u"Provincial Dept."_s);
    QCOMPARE(provinceName, u"Whole province"_s);
}

QTEST_GUILESS_MAIN(TestStatisticsTable)
#include "tst_statisticstable.moc"
