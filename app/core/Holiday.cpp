#include "Holiday.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct NameRow
{
    HolidayName value;
    const char *key;
    const char *name;
};

constexpr std::array kNames = {
    NameRow{HolidayName::TetDuongLich, "tet_duong_lich", QT_TRANSLATE_NOOP("HolidayName", "New Year's Day")},
    NameRow{HolidayName::TetNguyenDan, "tet_nguyen_dan", QT_TRANSLATE_NOOP("HolidayName", "Lunar New Year (Tet)")},
    NameRow{HolidayName::GioTo, "gio_to", QT_TRANSLATE_NOOP("HolidayName", "Hung Kings Commemoration Day")},
    NameRow{HolidayName::ChienThang, "chien_thang", QT_TRANSLATE_NOOP("HolidayName", "Victory Day")},
    NameRow{HolidayName::QuocTeLaoDong, "quoc_te_lao_dong", QT_TRANSLATE_NOOP("HolidayName", "International Labour Day")},
    NameRow{HolidayName::QuocKhanh, "quoc_khanh", QT_TRANSLATE_NOOP("HolidayName", "National Day")},
    NameRow{HolidayName::NghiBu, "nghi_bu", QT_TRANSLATE_NOOP("HolidayName", "Compensatory day off")},
};
static_assert(EnumTable::inEnumOrder(kNames));
} // namespace

QList<HolidayName> HolidayNames::all()
{
    return EnumTable::values(kNames);
}

QString HolidayNames::key(HolidayName name)
{
    return QString::fromLatin1(EnumTable::row(kNames, name).key);
}

bool HolidayNames::fromKey(const QString &key, HolidayName *name)
{
    return EnumTable::fromKey(kNames, key, name);
}

QString HolidayNames::displayName(HolidayName name)
{
    return QCoreApplication::translate("HolidayName", EnumTable::row(kNames, name).name);
}
