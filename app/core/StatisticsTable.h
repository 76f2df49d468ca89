#pragma once

#include "CaseState.h"
#include "Rates.h"
#include "StatisticalPeriod.h"
#include "Unit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// The columns of the official tables (DESIGN.md), in the order of the CLI output.
enum class StatColumn {
    TotalAccepted,
    CarriedOver,
    NewAccepted,
    Entrusted,
    Withdrawn,
    ToEnforce,
    WithConditions,
    Completed,
    Terminated,
    Reduced, // money only
    Resolved,
    InProgress,
    Postponed,
    Suspended,
    Other,
    WithoutConditions,
    CarriedNext,
};

namespace StatColumns {
constexpr int kCount = static_cast<int>(StatColumn::CarriedNext) + 1;
QList<StatColumn> all();
QString key(StatColumn column);          // "total_accepted", …
QString displayName(StatColumn column);  // translated header, e.g. "Tổng số thụ lý"
bool hasCaseCount(StatColumn column);    // false for Reduced
// The leaf column a case in this state falls in.
StatColumn forState(CaseState state);
} // namespace StatColumns

// One row of both tables: case counts and money (đồng) per column. The engine
// fills the leaf columns; the sums (total, to_enforce, resolved, with, next)
// are derived here, once.
class StatisticsFigures
{
public:
    qint64 cases(StatColumn column) const { return m_cases[index(column)]; }
    qint64 money(StatColumn column) const { return m_money[index(column)]; }

    void addCases(StatColumn leaf, qint64 count) { m_cases[index(leaf)] += count; }
    void addMoney(StatColumn leaf, qint64 dong) { m_money[index(leaf)] += dong; }
    // Recomputes the derived columns from the leaves.
    void deriveTotals();

    StatisticsFigures &operator+=(const StatisticsFigures &other);
    bool operator==(const StatisticsFigures &other) const = default;

    // Every identity of DESIGN.md that does not hold, in words (empty when all hold).
    QStringList invariantBreaches() const;

private:
    static std::size_t index(StatColumn column) { return static_cast<std::size_t>(column); }

    std::array<qint64, StatColumns::kCount> m_cases{};
    std::array<qint64, StatColumns::kCount> m_money{};
};

struct StatisticsRow
{
    Unit unit; // for the province row: code "PROVINCE", id 0
    StatisticsFigures figures;
    std::optional<Rates::Hundredths> caseTarget;
    std::optional<Rates::Hundredths> moneyTarget;

    bool isProvince() const { return unit.id == 0; }
    std::optional<Rates::Hundredths> caseRate() const;
    std::optional<Rates::Hundredths> moneyRate() const;
    std::optional<Rates::Hundredths> casePoints() const { return Rates::points(caseRate(), caseTarget); }
    std::optional<Rates::Hundredths> moneyPoints() const { return Rates::points(moneyRate(), moneyTarget); }
    std::optional<qint64> caseNeeded() const;  // empty without a target
    std::optional<qint64> moneyNeeded() const; // đồng
};

// What the statistics engine returns for a period: one row per unit in the
// official order, and the province row, which is their sum.
struct StatisticsTable
{
    StatisticalPeriod period;
    QList<StatisticsRow> units;
    StatisticsRow province;

    static QString provinceCode() { return QStringLiteral("PROVINCE"); }
    static Unit provinceUnit(); // the pseudo-unit of the province row, named in the UI language

    // The row of a unit code, or of PROVINCE; nullptr when absent.
    const StatisticsRow *row(const QString &unitCode) const;
    // All rows as printed: units, then the province.
    QList<StatisticsRow> rows() const { return units + QList<StatisticsRow>{province}; }
};
