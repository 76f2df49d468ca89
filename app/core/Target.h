#pragma once

#include "Rates.h"

#include <optional>

// The resolution targets (chỉ tiêu) set for one statistical year, for one unit
// or — with unitId 0 — for the province as a whole.
struct Target
{
    int year = 0;
    qint64 unitId = 0;
    std::optional<Rates::Hundredths> cases;
    std::optional<Rates::Hundredths> money;

    bool isProvince() const { return unitId == 0; }
};
