#pragma once

#include "StatisticalPeriod.h"

#include <QList>
#include <QString>

// The statistics circulars, each one rule set, picked by a period's end date
// (DESIGN.md, "Rule sets by date"): Thông tư 06/2019/TT-BTP to 25/07/2024,
// 05/2024/TT-BTP from 26/07/2024, 05/2026/TT-BTP from 01/07/2026. The report
// names the circular of its period; the event types and columns each set adds
// are asked of it as they come.
enum class RuleSet { Circular06_2019, Circular05_2024, Circular05_2026 };

namespace RuleSets {
QList<RuleSet> all();
QString key(RuleSet set);      // "06/2019", "05/2024", "05/2026"
QString circular(RuleSet set); // the document's number: "06/2019/TT-BTP"
QDate effectiveFrom(RuleSet set); // empty for 06/2019: the earliest THADS knows, also before it
RuleSet on(QDate date);
RuleSet of(const StatisticalPeriod &period); // the rule set in force at its end
} // namespace RuleSets
