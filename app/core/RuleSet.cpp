#include "RuleSet.h"

#include "EnumTable.h"

namespace {
struct RuleSetRow
{
    RuleSet value;
    const char *key;
    const char *circular;
    QDate from;
};

const std::array<RuleSetRow, 3> &rows()
{
    static const std::array<RuleSetRow, 3> table = {
        RuleSetRow{RuleSet::Circular06_2019, "06/2019", "06/2019/TT-BTP", QDate()}, // the first THADS knows
        RuleSetRow{RuleSet::Circular05_2024, "05/2024", "05/2024/TT-BTP", QDate(2024, 7, 26)},
        RuleSetRow{RuleSet::Circular05_2026, "05/2026", "05/2026/TT-BTP", QDate(2026, 7, 1)},
    };
    return table;
}
} // namespace

QList<RuleSet> RuleSets::all()
{
    return EnumTable::values(rows());
}

QString RuleSets::key(RuleSet set)
{
    return QString::fromLatin1(EnumTable::row(rows(), set).key);
}

QString RuleSets::circular(RuleSet set)
{
    return QString::fromLatin1(EnumTable::row(rows(), set).circular);
}

QDate RuleSets::effectiveFrom(RuleSet set)
{
    return EnumTable::row(rows(), set).from;
}

RuleSet RuleSets::on(QDate date)
{
    RuleSet found = RuleSet::Circular06_2019;
    for (const RuleSetRow &row : rows()) {
        if (row.from.isValid() && date >= row.from)
            found = row.value;
    }
    return found;
}

RuleSet RuleSets::of(const StatisticalPeriod &period)
{
    return on(period.end());
}
