#include "HolidayRules.h"

#include "HolidayFile.h"
#include "LunarCalendar.h"

#include <QSet>

#include <algorithm>

namespace {
// The Labour Code in force on `date`: 2019 from 01/01/2021, 2012 before.
bool labourCode2019(QDate date)
{
    return date >= QDate(2021, 1, 1);
}

// The legal basis of holiday point `point` (a–e of khoản 1).
QString basis(QDate date, const char *point)
{
    const QString article = labourCode2019(date) ? QStringLiteral("Bộ luật Lao động 2019 Điều 112 khoản 1 điểm ")
                                                 : QStringLiteral("Bộ luật Lao động 2012 Điều 115 khoản 1 điểm ");
    return article + QString::fromUtf8(point);
}

QString compensationBasis(QDate holiday)
{
    return labourCode2019(holiday) ? QStringLiteral("Bộ luật Lao động 2019 Điều 111 khoản 3")
                                   : QStringLiteral("Bộ luật Lao động 2012 Điều 115 khoản 3");
}

QString lunarDayMonth(QDate date)
{
    const LunarCalendar::LunarDate lunar = LunarCalendar::fromSolar(date);
    return QStringLiteral("%1/%2").arg(lunar.day).arg(lunar.month);
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() == Qt::Saturday || date.dayOfWeek() == Qt::Sunday;
}

PublicHoliday holiday(QDate date, HolidayName name, const char *point, const QString &lunar = {})
{
    PublicHoliday h;
    h.date = date;
    h.name = name;
    h.lunar = lunar;
    h.basis = basis(date, point);
    return h;
}

void addYear(int year, PublicHolidayList *days)
{
    days->append(holiday(QDate(year, 1, 1), HolidayName::TetDuongLich, "a"));

    const QDate tet = LunarCalendar::toSolar({1, 1, year, false});
    Q_ASSERT(tet.isValid());
    days->append(holiday(tet.addDays(-1), HolidayName::TetNguyenDan, "b", lunarDayMonth(tet.addDays(-1))));
    for (int d = 0; d < 4; ++d)
        days->append(holiday(tet.addDays(d), HolidayName::TetNguyenDan, "b", lunarDayMonth(tet.addDays(d))));

    const QDate gioTo = LunarCalendar::toSolar({10, 3, year, false});
    Q_ASSERT(gioTo.isValid());
    days->append(holiday(gioTo, HolidayName::GioTo, "e", QStringLiteral("10/3")));

    days->append(holiday(QDate(year, 4, 30), HolidayName::ChienThang, "c"));
    days->append(holiday(QDate(year, 5, 1), HolidayName::QuocTeLaoDong, "d"));

    const QDate national(year, 9, 2);
    days->append(holiday(national, HolidayName::QuocKhanh, "đ"));
    if (labourCode2019(national)) {
        const int weekday = national.dayOfWeek();
        const bool before = weekday == Qt::Tuesday || weekday == Qt::Friday || weekday == Qt::Saturday;
        days->append(holiday(national.addDays(before ? -1 : 1), HolidayName::QuocKhanh, "đ"));
    }
}
} // namespace

PublicHolidayList HolidayRules::generate(int firstYear, int lastYear)
{
    PublicHolidayList days;
    for (int year = firstYear; year <= lastYear; ++year)
        addYear(year, &days);
    std::stable_sort(days.begin(), days.end(),
                     [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; });

    QSet<qint64> off;
    for (const PublicHoliday &h : std::as_const(days)) {
        // Two holidays on one day would need a decision the law does not make.
        Q_ASSERT(!off.contains(h.date.toJulianDay()));
        off.insert(h.date.toJulianDay());
    }
    PublicHolidayList compensatory;
    for (const PublicHoliday &h : std::as_const(days)) {
        if (!isWeekend(h.date))
            continue;
        QDate day = h.date.addDays(1);
        while (isWeekend(day) || off.contains(day.toJulianDay()))
            day = day.addDays(1);
        off.insert(day.toJulianDay());
        PublicHoliday bu;
        bu.date = day;
        bu.name = HolidayName::NghiBu;
        bu.compensates = h.date;
        bu.basis = compensationBasis(h.date);
        compensatory.append(bu);
    }
    days.append(compensatory);
    std::stable_sort(days.begin(), days.end(),
                     [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; });
    return days;
}

QByteArray HolidayRules::csv(int firstYear, int lastYear)
{
    return HolidayFile::write(generate(firstYear, lastYear));
}
