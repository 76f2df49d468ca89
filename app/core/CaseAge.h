#pragma once

#include "RegisterGrid.h"
#include "StatisticalPeriod.h"
#include "Unit.h"

#include <QCoreApplication>

#include <array>

// How long the cases still pending at a period's end (its carried_next: in
// progress, on hold or without conditions) have been on the books since their
// acceptance, in the bands inspections ask about, and the period's clearance
// rate: cases resolved ÷ cases newly accepted (above 100 % the backlog shrinks).
namespace CaseAge {
enum class Band { UnderOneYear, OneToTwoYears, TwoToFiveYears, OverFiveYears };
constexpr int kBandCount = 4;

QList<Band> bands();
QString key(Band band);         // "under_1y", "1_2y", "2_5y", "over_5y"
QString displayName(Band band); // translated: "dưới 1 năm", …
// The band of a case accepted on `accepted`, at `at`: full years between them.
Band bandOf(QDate accepted, QDate at);

struct Row
{
    Unit unit; // the province: StatisticsTable::provinceUnit()
    std::array<qint64, kBandCount> pending{};
    qint64 resolved = 0;
    qint64 newAccepted = 0;

    qint64 pendingTotal() const;
    std::optional<Rates::Hundredths> clearanceRate() const; // resolved ÷ new_accepted
    Row &operator+=(const Row &other);
};

struct Table
{
    StatisticalPeriod period;
    QList<Row> units;
    Row province;

    QList<Row> rows() const { return units + QList<Row>{province}; }
    // Columns: each band, pending, resolved, new_accepted, clearance_rate.
    RegisterGrid grid() const;
};
} // namespace CaseAge
