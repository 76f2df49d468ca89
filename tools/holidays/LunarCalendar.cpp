#include "LunarCalendar.h"

#include <cmath>
#include <numbers>

// A transcription of Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm
// lịch"): the same constants and the same flooring, so that its published
// tables are reproduced day for day.
namespace {
constexpr double kPi = std::numbers::pi;
constexpr double kDegree = kPi / 180.0;
constexpr double kSynodicMonth = 29.530588853;
constexpr double kNewMoon1900 = 2415021.076998695; // Julian day of the new moon of 1900-01-01

qint64 floorToInt(double x)
{
    return static_cast<qint64>(std::floor(x));
}

// Julian day (fractional) of the k-th new moon after 1900-01-01.
double newMoon(int k)
{
    const double t = k / 1236.85; // Julian centuries from 1900 January 0.5
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kDegree); // mean new moon
    const double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;     // sun's mean anomaly
    const double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;  // moon's mean anomaly
    const double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;     // moon's argument of latitude
    double c1 = (0.1734 - 0.000393 * t) * std::sin(m * kDegree) + 0.0021 * std::sin(2 * kDegree * m);
    c1 = c1 - 0.4068 * std::sin(mpr * kDegree) + 0.0161 * std::sin(kDegree * 2 * mpr);
    c1 = c1 - 0.0004 * std::sin(kDegree * 3 * mpr);
    c1 = c1 + 0.0104 * std::sin(kDegree * 2 * f) - 0.0051 * std::sin(kDegree * (m + mpr));
    c1 = c1 - 0.0074 * std::sin(kDegree * (m - mpr)) + 0.0004 * std::sin(kDegree * (2 * f + m));
    c1 = c1 - 0.0004 * std::sin(kDegree * (2 * f - m)) - 0.0006 * std::sin(kDegree * (2 * f + mpr));
    c1 = c1 + 0.0010 * std::sin(kDegree * (2 * f - mpr)) + 0.0005 * std::sin(kDegree * (2 * mpr + m));
    const double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                                  : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd1 + c1 - deltaT;
}

// The sun's apparent longitude in radians, [0, 2π), at Julian day jdn (UT).
double sunLongitude(double jdn)
{
    const double t = (jdn - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UT
    const double t2 = t * t;
    const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
    const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;                     // mean longitude
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kDegree * m);
    dl += (0.019993 - 0.000101 * t) * std::sin(kDegree * 2 * m) + 0.000290 * std::sin(kDegree * 3 * m);
    double l = (l0 + dl) * kDegree;
    l -= kPi * 2 * static_cast<double>(floorToInt(l / (kPi * 2)));
    return l;
}

// Which of the 12 major solar terms (0–11, 30° each) the sun is in at the
// start of the local day dayNumber.
int sunSector(qint64 dayNumber, double timeZone)
{
    return static_cast<int>(floorToInt(sunLongitude(dayNumber - 0.5 - timeZone / 24) / kPi * 6));
}

// The first day of lunar month 11 (the month holding the winter solstice) of
// solar year `year`.
qint64 lunarMonth11(int year, double timeZone)
{
    const double off = static_cast<double>(QDate(year, 12, 31).toJulianDay() - 2415021);
    const int k = static_cast<int>(floorToInt(off / kSynodicMonth));
    qint64 nm = LunarCalendar::newMoonDay(k, timeZone);
    if (sunSector(nm, timeZone) >= 9) // the sun is already past 270°: take the month before
        nm = LunarCalendar::newMoonDay(k - 1, timeZone);
    return nm;
}

// In a 13-month year starting at month 11 `a11`, the offset (in months after
// a11) of the leap month: the first month without a major solar term.
int leapMonthOffset(qint64 a11, double timeZone)
{
    const int k = static_cast<int>(floorToInt((a11 - kNewMoon1900) / kSynodicMonth + 0.5));
    int i = 1; // from the month after month 11
    int arc = sunSector(LunarCalendar::newMoonDay(k + i, timeZone), timeZone);
    int last = 0;
    do {
        last = arc;
        ++i;
        arc = sunSector(LunarCalendar::newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
}
} // namespace

qint64 LunarCalendar::newMoonDay(int k, double timeZone)
{
    return floorToInt(newMoon(k) + 0.5 + timeZone / 24);
}

LunarCalendar::LunarDate LunarCalendar::fromSolar(QDate date, double timeZone)
{
    if (!date.isValid())
        return {};
    const qint64 dayNumber = date.toJulianDay();
    const int k = static_cast<int>(floorToInt((dayNumber - kNewMoon1900) / kSynodicMonth));
    qint64 monthStart = newMoonDay(k + 1, timeZone);
    if (monthStart > dayNumber)
        monthStart = newMoonDay(k, timeZone);
    const int yy = date.year();
    qint64 a11 = lunarMonth11(yy, timeZone);
    qint64 b11 = a11;
    LunarDate lunar;
    if (a11 >= monthStart) {
        lunar.year = yy;
        a11 = lunarMonth11(yy - 1, timeZone);
    } else {
        lunar.year = yy + 1;
        b11 = lunarMonth11(yy + 1, timeZone);
    }
    lunar.day = static_cast<int>(dayNumber - monthStart + 1);
    const int diff = static_cast<int>(floorToInt((monthStart - a11) / 29.0));
    lunar.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11, timeZone);
        if (diff >= leapDiff) {
            lunar.month = diff + 10;
            lunar.leap = diff == leapDiff;
        }
    }
    if (lunar.month > 12)
        lunar.month -= 12;
    if (lunar.month >= 11 && diff < 4)
        lunar.year -= 1;
    return lunar;
}

QDate LunarCalendar::toSolar(const LunarDate &lunar, double timeZone)
{
    if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30)
        return {};
    qint64 a11 = 0;
    qint64 b11 = 0;
    if (lunar.month < 11) {
        a11 = lunarMonth11(lunar.year - 1, timeZone);
        b11 = lunarMonth11(lunar.year, timeZone);
    } else {
        a11 = lunarMonth11(lunar.year, timeZone);
        b11 = lunarMonth11(lunar.year + 1, timeZone);
    }
    const int k = static_cast<int>(floorToInt(0.5 + (a11 - kNewMoon1900) / kSynodicMonth));
    int off = lunar.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11, timeZone);
        int leapMonth = leapOff - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (lunar.leap && lunar.month != leapMonth)
            return {};
        if (lunar.leap || off >= leapOff)
            off += 1;
    } else if (lunar.leap) {
        return {};
    }
    const qint64 monthStart = newMoonDay(k + off, timeZone);
    const QDate solar = QDate::fromJulianDay(monthStart + lunar.day - 1);
    // Day 30 of a 29-day month would be the next month's first day.
    if (fromSolar(solar, timeZone) != lunar)
        return {};
    return solar;
}
