#include "CaseKind.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct KindRow
{
    CaseKind value;
    const char *key;
    const char *name;
};

constexpr std::array kKinds = {
    KindRow{CaseKind::DanSu, "dan_su", QT_TRANSLATE_NOOP("CaseKind", "Civil")},
    KindRow{CaseKind::HinhSu, "hinh_su", QT_TRANSLATE_NOOP("CaseKind", "Criminal")},
    KindRow{CaseKind::HanhChinh, "hanh_chinh", QT_TRANSLATE_NOOP("CaseKind", "Administrative")},
    KindRow{CaseKind::HonNhanGiaDinh, "hon_nhan_gia_dinh", QT_TRANSLATE_NOOP("CaseKind", "Marriage and family")},
    KindRow{CaseKind::KinhDoanhThuongMai, "kinh_doanh_thuong_mai",
            QT_TRANSLATE_NOOP("CaseKind", "Business and commerce")},
    KindRow{CaseKind::LaoDong, "lao_dong", QT_TRANSLATE_NOOP("CaseKind", "Labour")},
    KindRow{CaseKind::PhaSan, "pha_san", QT_TRANSLATE_NOOP("CaseKind", "Bankruptcy")},
    KindRow{CaseKind::TrongTai, "trong_tai", QT_TRANSLATE_NOOP("CaseKind", "Commercial arbitration")},
    KindRow{CaseKind::Khac, "khac", QT_TRANSLATE_NOOP("CaseKind", "Other")},
};
static_assert(EnumTable::inEnumOrder(kKinds));

struct ModeRow
{
    EnforcementMode value;
    const char *key;
    const char *name;
};

constexpr std::array kModes = {
    ModeRow{EnforcementMode::ChuDong, "chu_dong", QT_TRANSLATE_NOOP("EnforcementMode", "On own motion")},
    ModeRow{EnforcementMode::TheoDon, "theo_don", QT_TRANSLATE_NOOP("EnforcementMode", "On request")},
};
static_assert(EnumTable::inEnumOrder(kModes));
} // namespace

QList<CaseKind> CaseKinds::all()
{
    return EnumTable::values(kKinds);
}

QString CaseKinds::key(CaseKind kind)
{
    return QString::fromLatin1(EnumTable::row(kKinds, kind).key);
}

bool CaseKinds::fromKey(const QString &key, CaseKind *kind)
{
    return EnumTable::fromKey(kKinds, key, kind);
}

QString CaseKinds::displayName(CaseKind kind)
{
    return QCoreApplication::translate("CaseKind", EnumTable::row(kKinds, kind).name);
}

QList<EnforcementMode> EnforcementModes::all()
{
    return EnumTable::values(kModes);
}

QString EnforcementModes::key(EnforcementMode mode)
{
    return QString::fromLatin1(EnumTable::row(kModes, mode).key);
}

bool EnforcementModes::fromKey(const QString &key, EnforcementMode *mode)
{
    return EnumTable::fromKey(kModes, key, mode);
}

QString EnforcementModes::displayName(EnforcementMode mode)
{
    return QCoreApplication::translate("EnforcementMode", EnumTable::row(kModes, mode).name);
}
