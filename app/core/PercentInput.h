#pragma once

#include "Rates.h"

#include <QString>

#include <optional>

// Reads a percentage a person typed for a target: "82,50", "82.5", "82,50 %",
// "100"; at most two decimals, from 0 to 100. Empty text is "no target".
namespace PercentInput {
enum class Result { Ok, Empty, Invalid };
Result parse(const QString &text, Rates::Hundredths *value);
} // namespace PercentInput
