#include "Rates.h"

// Money sums of a whole province can exceed what qint64 holds once multiplied
// by 10 000, so the products are taken in 128 bits.
__extension__ using Wide = __int128;

std::optional<Rates::Hundredths> Rates::rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    // round(part × 10000 ÷ whole) half-up == ⌊(2 × part × 10000 + whole) ÷ (2 × whole)⌋ for part ≥ 0
    const Wide numerator = Wide(2) * part * 10000 + whole;
    const Wide denominator = Wide(2) * whole;
    Wide quotient = numerator / denominator;
    if (numerator % denominator != 0 && numerator < 0)
        --quotient; // floor, not truncation, should a part ever be negative
    return static_cast<Hundredths>(quotient);
}

std::optional<Rates::Hundredths> Rates::points(std::optional<Hundredths> rate, std::optional<Hundredths> target)
{
    if (!rate || !target)
        return std::nullopt;
    return *rate - *target;
}

qint64 Rates::needed(Hundredths target, qint64 whole, qint64 part)
{
    // ⌈target/100 × whole ÷ 100⌉ = ⌈target × whole ÷ 10000⌉
    const Wide product = Wide(target) * whole;
    const Wide required = (product + 9999) / 10000;
    const Wide missing = required - part;
    return missing > 0 ? static_cast<qint64>(missing) : 0;
}
