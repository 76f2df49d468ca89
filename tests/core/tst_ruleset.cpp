// Which statistics circular governs a period: the one in force at its end.

#include "RuleSet.h"

#include <QTest>

class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void pickedByThePeriodsEnd();
};

void TestRuleSet::pickedByThePeriodsEnd()
{
    QCOMPARE(RuleSets::on(QDate(2019, 9, 30)), RuleSet::Circular06_2019); // the earliest known, also before it
    QCOMPARE(RuleSets::on(QDate(2024, 7, 25)), RuleSet::Circular06_2019);
    QCOMPARE(RuleSets::on(QDate(2024, 7, 26)), RuleSet::Circular05_2024);
    QCOMPARE(RuleSets::on(QDate(2026, 6, 30)), RuleSet::Circular05_2024);
    QCOMPARE(RuleSets::on(QDate(2026, 7, 1)), RuleSet::Circular05_2026);
    QCOMPARE(RuleSets::of(StatisticalPeriod::year(2021)), RuleSet::Circular06_2019);
    QCOMPARE(RuleSets::of(StatisticalPeriod::year(2024)), RuleSet::Circular05_2024); // ends 30/09/2024
    QCOMPARE(RuleSets::of(StatisticalPeriod::months(2026, 9)), RuleSet::Circular05_2024); // ends 30/06/2026
    QCOMPARE(RuleSets::of(StatisticalPeriod::year(2026)), RuleSet::Circular05_2026); // straddles both: its end decides
    QCOMPARE(RuleSets::circular(RuleSet::Circular05_2026), QStringLiteral("05/2026/TT-BTP"));
    QCOMPARE(RuleSets::all().size(), 3);
}

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
