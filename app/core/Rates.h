#pragma once

#include <QtGlobal>

#include <optional>

// Resolution rates and targets, in hundredths of a percent (8542 = 85,42 %),
// computed exactly in integers (DESIGN.md, "Rates and targets").
namespace Rates {

using Hundredths = int;

// part ÷ whole × 100, rounded half-up to two decimals; empty when whole is 0.
std::optional<Hundredths> rate(qint64 part, qint64 whole);

// rate − target: "vượt 2,92 %" is +292; empty unless both are known.
std::optional<Hundredths> points(std::optional<Hundredths> rate, std::optional<Hundredths> target);

// How many more cases (or đồng) must be resolved to reach the target:
// max(0, ⌈target × whole ÷ 100⌉ − part).
qint64 needed(Hundredths target, qint64 whole, qint64 part);

} // namespace Rates
