#!/usr/bin/env python3
"""Checks the lunar dates of resources/data/holidays-vn.csv against PyEphem.

An independent second opinion on the generator's lunar calendar: new moons and
the sun's longitude from PyEphem's ephemeris (Debian: python3-ephem), not from
Hồ Ngọc Đức's series, with the months numbered by the rules of the Vietnamese
calendar (UTC+7): a month starts on the local day of a new moon, month 11 holds
the winter solstice, and in a 13-month year the first month after month 11
without a major solar term (the sun crossing a multiple of 30°) is the leap month.

Usage: tools/holidays/check-with-ephem.py [resources/data/holidays-vn.csv]
Prints one line per year and exits 1 when Tết (1/1) or Giỗ Tổ (10/3) differ.
Not run by CTest (it needs python3-ephem); tst_lunarcalendar holds the results.
"""
import csv
import datetime
import math
import sys

import ephem

ZONE = datetime.timedelta(hours=7)


def local_day(moment):
    return (ephem.Date(moment).datetime() + ZONE).date()


def local_midnight(day):  # the ephem.Date of 00:00 at UTC+7 on `day`
    return ephem.Date(day.strftime('%Y/%m/%d')) - 7 / 24.0


def sun_sector(moment):  # which 30° sector of ecliptic longitude the sun is in
    sun = ephem.Sun()
    sun.compute(moment)
    return math.floor(math.degrees(float(ephem.Ecliptic(sun, epoch=moment).lon)) / 30)


def new_moon_days(start, end):
    days, moment = [], ephem.next_new_moon(local_midnight(start))
    while local_day(moment) <= end:
        days.append(local_day(moment))
        moment = ephem.next_new_moon(moment + 1)
    return days


def month11(year):  # first day of the lunar month holding the winter solstice of `year`
    solstice = local_day(ephem.next_solstice('%d/12/1' % year))
    return max(d for d in new_moon_days(datetime.date(year, 10, 15), solstice) if d <= solstice)


def months(year):
    """[(first day, month, leap)] from month 11 of year-1 to the month before month 11 of year."""
    a11, b11 = month11(year - 1), month11(year)
    starts = new_moon_days(a11, b11)
    assert starts[0] == a11 and starts[-1] == b11
    leap_left = len(starts) == 14  # 13 months between a11 and b11
    result, number = [], 10
    for first, following in zip(starts, starts[1:]):
        no_major_term = sun_sector(local_midnight(first)) == sun_sector(local_midnight(following))
        if result and leap_left and no_major_term:
            result.append((first, number, True))
            leap_left = False
        else:
            number = number % 12 + 1
            result.append((first, number, False))
    return result


def lunar_to_solar(day, month, year):
    for first, number, leap in months(year):
        if number == month and not leap and first.year == year:
            return first + datetime.timedelta(days=day - 1)
    raise ValueError((day, month, year))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'resources/data/holidays-vn.csv'
    rows = list(csv.DictReader(open(path, encoding='utf-8')))
    tet = {r['date'][:4]: r['date'] for r in rows if r['lunar'] == '1/1'}
    gio_to = {r['date'][:4]: r['date'] for r in rows if r['name'] == 'gio_to'}
    differences = 0
    for year in sorted(tet):
        y = int(year)
        expected = (lunar_to_solar(1, 1, y).isoformat(), lunar_to_solar(10, 3, y).isoformat())
        shipped = (tet[year], gio_to.get(year))
        same = expected == shipped
        differences += not same
        print(year, 'Tết', shipped[0], 'Giỗ Tổ', shipped[1], 'ok' if same else 'PyEphem: %s %s' % expected)
    print('%d years, %d differ' % (len(tet), differences))
    return 1 if differences else 0


if __name__ == '__main__':
    sys.exit(main())
