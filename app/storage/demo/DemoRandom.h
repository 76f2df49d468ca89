#pragma once

#include <QDate>
#include <QStringList>

#include <cstdint>

// A small, fully specified generator (SplitMix64), so the demo province is the
// same on every machine and compiler — std:: distributions are not.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // 0 … n-1
    qint64 below(qint64 n) { return n <= 0 ? 0 : static_cast<qint64>(next() % static_cast<std::uint64_t>(n)); }
    // lo … hi, both included
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    // true with probability perTenThousand / 10 000
    bool chance(int perTenThousand) { return below(10000) < perTenThousand; }
    QDate dateBetween(QDate from, QDate to) { return to <= from ? from : from.addDays(below(from.daysTo(to) + 1)); }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }
    // A value spread evenly on a log scale between lo and hi, rounded to `step`.
    qint64 logBetween(qint64 lo, qint64 hi, qint64 step);

    template<typename List>
    void shuffle(List &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(i + 1));
    }

private:
    std::uint64_t m_state;
};

inline qint64 DemoRandom::logBetween(qint64 lo, qint64 hi, qint64 step)
{
    // Multiply up from lo by a random factor chosen in 1/1000ths of the range's
    // doublings: integer steps only, so every platform gets the same value.
    qint64 value = lo;
    int doublings = 0;
    for (qint64 v = lo; v * 2 <= hi; v *= 2)
        ++doublings;
    const qint64 thousandths = below(doublings * 1000 + 1);
    for (qint64 i = 0; i < thousandths / 1000; ++i)
        value *= 2;
    // 2^(f/1000) ≈ 1 + 0.693 f/1000 + 0.240 (f/1000)^2, close enough for spreading amounts
    const qint64 f = thousandths % 1000;
    value = value + value * (693 * f + 240 * f * f / 1000) / 1000000;
    value = std::min(value, hi);
    return std::max<qint64>(step, value / step * step);
}
