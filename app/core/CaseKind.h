#pragma once

#include <QList>
#include <QString>

// The statistical classes of a case (loại việc) and how it was opened.
// Keys are the stable spellings used in files, the database and the CLI.
enum class CaseKind {
    DanSu,
    HinhSu,
    HanhChinh,
    HonNhanGiaDinh,
    KinhDoanhThuongMai,
    LaoDong,
    PhaSan,
    TrongTai,
    Khac,
};

enum class EnforcementMode {
    ChuDong, // chủ động: the agency enforces on its own motion
    TheoDon, // theo đơn yêu cầu: on the obligee's request
};

namespace CaseKinds {
QList<CaseKind> all();
QString key(CaseKind kind);
bool fromKey(const QString &key, CaseKind *kind);
QString displayName(CaseKind kind); // translated
} // namespace CaseKinds

namespace EnforcementModes {
QList<EnforcementMode> all();
QString key(EnforcementMode mode);
bool fromKey(const QString &key, EnforcementMode *mode);
QString displayName(EnforcementMode mode); // translated
} // namespace EnforcementModes
