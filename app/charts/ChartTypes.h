#pragma once

#include "CaseState.h"
#include "StatisticsTable.h"

#include <QMetaType>
#include <QSet>
#include <QString>

#include <optional>

// What the chart builders share: the measure a chart shows, how it reads a
// row of the engine's table for it (reading only; every rate, target and
// "needed" is the table's own), and the drill-down a click asks for.
namespace Charts {

enum class Measure { Cases, Money };

inline std::optional<Rates::Hundredths> rateOf(const StatisticsRow &row, Measure m)
{
    return m == Measure::Cases ? row.caseRate() : row.moneyRate();
}
inline std::optional<Rates::Hundredths> targetOf(const StatisticsRow &row, Measure m)
{
    return m == Measure::Cases ? row.caseTarget : row.moneyTarget;
}
inline std::optional<Rates::Hundredths> pointsOf(const StatisticsRow &row, Measure m)
{
    return m == Measure::Cases ? row.casePoints() : row.moneyPoints();
}
inline std::optional<qint64> neededOf(const StatisticsRow &row, Measure m)
{
    return m == Measure::Cases ? row.caseNeeded() : row.moneyNeeded();
}
inline qint64 valueOf(const StatisticsRow &row, StatColumn column, Measure m)
{
    return m == Measure::Cases ? row.figures.cases(column) : row.figures.money(column);
}
// A rate or target on a chart's percent axis (8542 → 85.42).
inline double percentValue(Rates::Hundredths hundredths)
{
    return hundredths / 100.0;
}
// Whether a row reached its target; empty without a rate or a target.
inline std::optional<bool> metTarget(const StatisticsRow &row, Measure m)
{
    const auto points = pointsOf(row, m);
    return points ? std::optional<bool>(*points >= 0) : std::nullopt;
}

// Qt draws category 0 of a horizontal bar chart at the bottom: bar i of a
// list meant to be read from the top is category count − 1 − i, and back.
inline int flipped(int index, qsizetype count)
{
    return int(count) - 1 - index;
}

// The register view behind a bar: a unit's cases that a period left in some states.
struct DrillDown
{
    qint64 unitId = 0;
    StatisticalPeriod period;
    QSet<CaseState> states;
    QString description; // for the register's banner, translated
};

// The states of "cases with conditions not yet resolved".
inline QSet<CaseState> unresolvedStates()
{
    return {CaseState::InProgress, CaseState::Postponed, CaseState::Suspended, CaseState::HeldOther};
}

} // namespace Charts

Q_DECLARE_METATYPE(Charts::DrillDown)
