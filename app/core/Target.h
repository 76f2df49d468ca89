#pragma once

#include "Rates.h"

#include <QDate>
#include <QString>

#include <optional>

// The resolution targets (chỉ tiêu) set for one statistical year, for one unit
// or — with unitId 0 — for the province as a whole, by a decision (decisionId)
// or, as before decisions were recorded, without one (0).
struct Target
{
    int year = 0;
    qint64 unitId = 0;
    std::optional<Rates::Hundredths> cases;
    std::optional<Rates::Hundredths> money;
    qint64 decisionId = 0;

    bool isProvince() const { return unitId == 0; }
};

// The document that sets a year's targets (quyết định giao chỉ tiêu), in force
// from a date; a revision during the year is a later decision of the same year,
// replacing from its date the targets it sets (DESIGN.md).
struct TargetDecision
{
    qint64 id = 0;
    int year = 0;
    QString number; // 125/QĐ-TCTHADS
    QDate decidedOn;
    QString issuer; // Tổng cục trưởng Tổng cục THADS
    QDate effectiveFrom;
};
