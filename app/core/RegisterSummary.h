#pragma once

#include "Rates.h"
#include "RegisterKinds.h"
#include "StatisticalPeriod.h"
#include "Unit.h"

#include <QList>

#include <array>
#include <optional>

// What the registers add up to for one unit and one period, as the report and
// the dashboard show it. RegisterStatistics (storage) fills the unit rows; the
// province row is their sum, never a separate count.

// Complaints and denunciations: the petitions a period handles are those
// received in it and those carried over (received before it and not closed
// before it). Settled and withdrawn count petitions within the unit's
// competence closed by the period's end.
struct ComplaintFigures
{
    qint64 carriedOver = 0;
    qint64 received = 0;         // received in the period
    qint64 withinCompetence = 0; // of carried over + received
    qint64 settled = 0;          // within competence, ComplaintResults::isSettled
    qint64 withdrawn = 0;        // within competence
    qint64 complaints = 0;       // received, by kind
    qint64 denunciations = 0;
    qint64 repeated = 0;         // received, by flag
    qint64 crowd = 0;
    qint64 beyondLevel = 0;

    qint64 total() const { return carriedOver + received; }
    qint64 outsideCompetence() const { return total() - withinCompetence; }
    qint64 inProgress() const { return withinCompetence - settled - withdrawn; } // within, open at the end
    // settled ÷ within competence (tỷ lệ giải quyết); empty when nothing is within competence.
    std::optional<Rates::Hundredths> settledRate() const { return Rates::rate(settled, withinCompetence); }

    ComplaintFigures &operator+=(const ComplaintFigures &o);
    bool operator==(const ComplaintFigures &o) const = default;
};

// Citizen reception: the receptions dated in the period.
struct ReceptionFigures
{
    qint64 sessions = 0;
    qint64 people = 0;
    qint64 byLeader = 0;
    qint64 withComplaint = 0; // a complaint was filed

    ReceptionFigures &operator+=(const ReceptionFigures &o);
    bool operator==(const ReceptionFigures &o) const = default;
};

// Coercion: the operations dated in the period.
struct CoercionFigures
{
    qint64 operations = 0;
    qint64 withForces = 0; // at least one person mobilised
    qint64 successful = 0;
    qint64 police = 0;     // people mobilised, summed over the operations
    qint64 commune = 0;
    qint64 otherForces = 0;

    qint64 forces() const { return police + commune + otherForces; }
    CoercionFigures &operator+=(const CoercionFigures &o);
    bool operator==(const CoercionFigures &o) const = default;
};

// Awards: those of the period's statistical year, by level and recipient kind.
struct AwardFigures
{
    qint64 count(AwardLevel level, RecipientKind kind) const
    {
        return counts[std::size_t(level)][std::size_t(kind)];
    }
    void add(AwardLevel level, RecipientKind kind, qint64 n) { counts[std::size_t(level)][std::size_t(kind)] += n; }
    qint64 total(RecipientKind kind) const;
    qint64 total() const { return total(RecipientKind::Collective) + total(RecipientKind::Individual); }

    AwardFigures &operator+=(const AwardFigures &o);
    bool operator==(const AwardFigures &o) const = default;

    std::array<std::array<qint64, 2>, AwardLevels::kCount> counts{};
};

// One register's figures for every unit, in the official order, and the province.
template<typename Figures>
struct RegisterSummary
{
    struct Row
    {
        Unit unit; // the province row: code "PROVINCE", id 0
        Figures figures;
        bool isProvince() const { return unit.id == 0; }
    };

    StatisticalPeriod period;
    QList<Row> units;
    Row province;

    QList<Row> rows() const { return units + QList<Row>{province}; }
    const Row *row(const QString &unitCode) const
    {
        if (unitCode.compare(province.unit.code, Qt::CaseInsensitive) == 0)
            return &province;
        for (const Row &r : units) {
            if (r.unit.code.compare(unitCode, Qt::CaseInsensitive) == 0)
                return &r;
        }
        return nullptr;
    }
    // Sums the unit rows into the province row.
    void sumProvince(const Unit &provinceUnit)
    {
        province = Row{provinceUnit, Figures{}};
        for (const Row &r : std::as_const(units))
            province.figures += r.figures;
    }
};

using ComplaintSummary = RegisterSummary<ComplaintFigures>;
using ReceptionSummary = RegisterSummary<ReceptionFigures>;
using CoercionSummary = RegisterSummary<CoercionFigures>;
using AwardSummary = RegisterSummary<AwardFigures>;
