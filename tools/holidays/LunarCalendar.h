#pragma once

#include <QDate>

// The Vietnamese lunisolar calendar (âm lịch), computed by Hồ Ngọc Đức's
// algorithm ("Âm lịch Việt Nam", the astronomical new moon and the sun's
// longitude after Jean Meeus, Astronomical Algorithms) for the meridian of
// UTC+7 — the time zone that makes Vietnam's calendar differ from China's
// (UTC+8) in some years, e.g. Tết 1985.
//
// A lunar month starts on the day (at UTC+7) of a new moon; month 11 is the
// one that holds the winter solstice; a year with 13 months between two
// months 11 repeats the first month that holds no major solar term (trung
// khí) as a leap month. Used only by the holidays generator (thads-holidays):
// the application reads the dates it wrote into resources/data/holidays-vn.csv.
namespace LunarCalendar {

inline constexpr double kVietnamTimeZone = 7.0;

struct LunarDate
{
    int day = 0;
    int month = 0; // 1–12
    int year = 0;  // the solar year in which this lunar year's month 1 begins
    bool leap = false;

    bool isValid() const { return day > 0; }
    friend bool operator==(const LunarDate &, const LunarDate &) = default;
};

LunarDate fromSolar(QDate date, double timeZone = kVietnamTimeZone);
// An invalid QDate when the date does not exist (a leap month the year does not
// have, or day 30 of a 29-day month).
QDate toSolar(const LunarDate &lunar, double timeZone = kVietnamTimeZone);

// The day of a new moon (in the given zone), as a Julian day number, for the
// k-th new moon after 1900-01-01.
qint64 newMoonDay(int k, double timeZone = kVietnamTimeZone);

} // namespace LunarCalendar
