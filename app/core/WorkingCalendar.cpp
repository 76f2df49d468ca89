#include "WorkingCalendar.h"

#include "HolidayFile.h"

WorkingCalendar::WorkingCalendar(const PublicHolidayList &holidays, const AdminCalendarDayList &adminDays)
{
    for (const PublicHoliday &h : holidays) {
        if (!h.date.isValid())
            continue;
        m_holidays.insert(h.date.toJulianDay(), h);
        const int year = h.date.year();
        m_firstYear = m_firstYear == 0 ? year : std::min(m_firstYear, year);
        m_lastYear = std::max(m_lastYear, year);
    }
    for (const AdminCalendarDay &day : adminDays) {
        if (day.date.isValid())
            m_adminDays.insert(day.date.toJulianDay(), day); // the last entry of a date wins
    }
}

std::optional<WorkingCalendar> WorkingCalendar::shipped(const AdminCalendarDayList &adminDays, QString *error)
{
    PublicHolidayList holidays;
    if (!HolidayFile::loadShipped(&holidays, error))
        return std::nullopt;
    return WorkingCalendar(holidays, adminDays);
}

bool WorkingCalendar::covers(QDate date) const
{
    return date.isValid() && m_firstYear != 0 && date.year() >= m_firstYear && date.year() <= m_lastYear;
}

bool WorkingCalendar::isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const auto admin = m_adminDays.constFind(date.toJulianDay());
    if (admin != m_adminDays.constEnd())
        return admin->kind == AdminCalendarDay::Kind::WorkingDay;
    return !isWeekend(date) && !m_holidays.contains(date.toJulianDay());
}

QDate WorkingCalendar::nextWorkingDay(QDate date) const
{
    if (!date.isValid())
        return {};
    while (!isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

QDate WorkingCalendar::addWorkingDays(QDate from, int n) const
{
    if (!from.isValid() || n < 0)
        return {};
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

QDate WorkingCalendar::endOn(QDate last, PeriodEnd end) const
{
    return end == PeriodEnd::NextWorkingDay ? nextWorkingDay(last) : last;
}

QDate WorkingCalendar::addDays(QDate from, int n, PeriodEnd end) const
{
    if (!from.isValid() || n < 0)
        return {};
    return endOn(from.addDays(n), end);
}

QDate WorkingCalendar::addMonths(QDate from, int n, PeriodEnd end) const
{
    if (!from.isValid() || n < 0)
        return {};
    return endOn(from.addMonths(n), end); // QDate clamps to the month's last day (Điều 148 k.3)
}

QString WorkingCalendar::holidayName(QDate date) const
{
    if (!date.isValid())
        return {};
    const auto admin = m_adminDays.constFind(date.toJulianDay());
    if (admin != m_adminDays.constEnd()) {
        if (admin->kind == AdminCalendarDay::Kind::WorkingDay)
            return {};
        return admin->note.trimmed().isEmpty() ? tr("Announced day off") : admin->note.trimmed();
    }
    const auto holiday = m_holidays.constFind(date.toJulianDay());
    if (holiday == m_holidays.constEnd())
        return {};
    if (holiday->name == HolidayName::NghiBu) {
        const auto made = m_holidays.constFind(holiday->compensates.toJulianDay());
        if (made != m_holidays.constEnd() && made->name != HolidayName::NghiBu)
            return tr("Compensatory day off for %1").arg(HolidayNames::displayName(made->name));
    }
    return HolidayNames::displayName(holiday->name);
}

std::optional<PublicHoliday> WorkingCalendar::publicHoliday(QDate date) const
{
    const auto holiday = m_holidays.constFind(date.isValid() ? date.toJulianDay() : 0);
    if (holiday == m_holidays.constEnd())
        return std::nullopt;
    return *holiday;
}
