#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Vietnam's public holidays (ngày nghỉ lễ, tết), as shipped in
// resources/data/holidays-vn.csv for 2019–2035 (written by thads-holidays,
// tools/holidays). Keys are the stable spellings used in that file.
enum class HolidayName {
    TetDuongLich,  // tet_duong_lich: 1/1
    TetNguyenDan,  // tet_nguyen_dan: Tết Âm lịch, 5 days
    GioTo,         // gio_to: Giỗ Tổ Hùng Vương, 10/3 lunar
    ChienThang,    // chien_thang: Ngày Chiến thắng, 30/4
    QuocTeLaoDong, // quoc_te_lao_dong: Ngày Quốc tế Lao động, 1/5
    QuocKhanh,     // quoc_khanh: 2/9 (and, from 2021, a day next to it)
    NghiBu,        // nghi_bu: a compensatory day off for a holiday on a weekend
};

namespace HolidayNames {
QList<HolidayName> all();
QString key(HolidayName name);
bool fromKey(const QString &key, HolidayName *name);
QString displayName(HolidayName name); // translated
} // namespace HolidayNames

// One row of the holidays file: a day off of the shipped calendar.
struct PublicHoliday
{
    QDate date;
    HolidayName name = HolidayName::TetDuongLich;
    QString lunar;     // "d/m" of the lunar calendar for Tết and Giỗ Tổ, else empty
    QDate compensates; // for NghiBu: the holiday that fell on a weekend
    QString basis;     // the legal basis, as written in the file (Vietnamese)

    friend bool operator==(const PublicHoliday &, const PublicHoliday &) = default;
};
using PublicHolidayList = QList<PublicHoliday>;
