#pragma once

#include "Holiday.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// A day an administrator enters: the government's actual decision where it
// differs from the shipped rule (the days of Tết, a bridge between a holiday
// and a weekend) and the Saturday worked in exchange for a bridge.
struct AdminCalendarDay
{
    enum class Kind {
        DayOff,     // a day off although the shipped calendar has a working day
        WorkingDay, // a working day although it is a weekend or a shipped holiday
    };
    QDate date;
    Kind kind = Kind::DayOff;
    QString note; // e.g. the announcement ("Thông báo 6150/TB-BLĐTBXH"); shown as the day's name

    friend bool operator==(const AdminCalendarDay &, const AdminCalendarDay &) = default;
};
using AdminCalendarDayList = QList<AdminCalendarDay>;

// The working days of a THADS office. A day is a working day unless it is a
// Saturday or Sunday (the 40-hour week of state agencies, Quyết định
// 188/1999/QĐ-TTg), or a public holiday of the shipped file, or its
// compensatory day off — and an admin day overrides all three (the last entry
// of a date wins). Outside the shipped years (covers() is false) only
// weekends and admin days are known.
//
// Periods, after Bộ luật Dân sự 2015 Điều 147 k.2: the day a period is counted
// from is never part of it.
// - "N ngày làm việc" (N working days): addWorkingDays(X, N) is the N-th
//   working day after X; the act is due by the end of that day. Such a period
//   always ends on a working day.
// - "N ngày" (N calendar days): addDays(X, N, end) is X + N; with
//   PeriodEnd::NextWorkingDay a last day that is not a working day is
//   replaced by the next working day (BLDS 2015 Điều 148 k.5, which applies
//   to every period a law states in days unless that law says otherwise,
//   Điều 145 k.1). PeriodEnd::AsCounted keeps X + N, for a date that is a
//   plain count (e.g. "N days overdue"), not the end of a legal period.
// - "N tháng" (N months): addMonths, the corresponding day of the last month,
//   or its last day when it has none (Điều 148 k.3), then the same choice.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    enum class PeriodEnd {
        AsCounted,      // the day reached by counting, whatever it is
        NextWorkingDay, // BLDS 2015 Điều 148 k.5
    };

    WorkingCalendar() = default; // weekends only
    explicit WorkingCalendar(const PublicHolidayList &holidays, const AdminCalendarDayList &adminDays = {});
    // The shipped holidays (:/data/holidays-vn.csv) with these admin days; no
    // calendar and a message naming the line and column when the file is malformed.
    static std::optional<WorkingCalendar> shipped(const AdminCalendarDayList &adminDays, QString *error);

    // The years the holidays cover (0 when none are loaded).
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    bool covers(QDate date) const;

    static bool isWeekend(QDate date);
    bool isWorkingDay(QDate date) const;
    // The first working day on or after `date`.
    QDate nextWorkingDay(QDate date) const;

    // The n-th working day after `from` (n ≥ 0; `from` itself for n = 0).
    // An invalid date for an invalid `from` or a negative n.
    QDate addWorkingDays(QDate from, int n) const;
    // from + n calendar days (n ≥ 0), then `end` applied.
    QDate addDays(QDate from, int n, PeriodEnd end) const;
    // The same day n months later (n ≥ 0; the month's last day when it has no
    // such day), then `end` applied.
    QDate addMonths(QDate from, int n, PeriodEnd end) const;

    // Why `date` is a day off, translated: the holiday's name ("Quốc khánh",
    // "Nghỉ bù Quốc khánh"), an admin day's note; empty on a working day and
    // on a plain weekend.
    QString holidayName(QDate date) const;
    // The shipped holiday on `date`, whether or not an admin day overrides it.
    std::optional<PublicHoliday> publicHoliday(QDate date) const;

private:
    QDate endOn(QDate last, PeriodEnd end) const;

    QHash<qint64, PublicHoliday> m_holidays;     // by Julian day
    QHash<qint64, AdminCalendarDay> m_adminDays; // by Julian day
    int m_firstYear = 0;
    int m_lastYear = 0;
};
