#pragma once

#include "Holiday.h"

#include <QByteArray>
#include <QCoreApplication>

// The shipped holidays file, resources/data/holidays-vn.csv (compiled in as
// :/data/holidays-vn.csv): UTF-8, LF, one row per day off in date order,
//
//   date,name,lunar,compensates,basis
//   2026-02-17,tet_nguyen_dan,1/1,,Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b
//
// date is ISO; name a HolidayNames key; lunar the lunar "day/month" for Tết
// and Giỗ Tổ (empty otherwise); compensates, for nghi_bu only, the date of the
// holiday it makes up for (a listed row before it); basis the legal basis.
// Written only by thads-holidays (tools/holidays); read strictly: a malformed
// file is refused whole, the message naming its line and column.
class HolidayFile
{
    Q_DECLARE_TR_FUNCTIONS(HolidayFile)

public:
    static QString resourcePath(); // ":/data/holidays-vn.csv"

    static QByteArray write(const PublicHolidayList &holidays);
    static bool parse(const QByteArray &data, PublicHolidayList *holidays, QString *error);
    // The file compiled into the program.
    static bool loadShipped(PublicHolidayList *holidays, QString *error);
};
