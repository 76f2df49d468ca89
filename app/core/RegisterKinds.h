#pragma once

#include <QList>
#include <QString>

// The choices of the registers (complaints, reception, coercion, awards).
// Keys are the stable spellings of the database, files and the CLI; names are
// translated. Each enum is listed in the order forms offer it.

enum class ComplaintKind { Complaint, Denunciation }; // khiếu nại, tố cáo
enum class Competence { Within, Outside };             // thuộc / không thuộc thẩm quyền
enum class ComplaintResult {
    Upheld,       // đúng
    PartlyUpheld, // đúng một phần
    Rejected,     // sai
    Withdrawn,    // rút đơn
    InProgress,   // đang giải quyết
};
enum class ReceiverRole { Leader, Staff }; // lãnh đạo, công chức tiếp công dân
enum class CoercionMeasure {
    PropertySeizure,      // kê biên, xử lý tài sản
    AccountDeduction,     // khấu trừ tiền trong tài khoản
    IncomeDeduction,      // trừ vào thu nhập
    PropertyExploitation, // khai thác tài sản
    HandOverLandHouse,    // buộc giao nhà, quyền sử dụng đất
    HandOverProperty,     // buộc chuyển giao vật, giấy tờ
    CompelAct,            // buộc thực hiện hoặc không thực hiện công việc nhất định
};
enum class CoercionOutcome { Successful, Postponed, Unsuccessful };
enum class AwardLevel {
    KncTuPhap,           // Kỷ niệm chương "Vì sự nghiệp Tư pháp" (Bộ Tư pháp)
    BangKhenBoTruong,    // Bằng khen của Bộ trưởng Bộ Tư pháp
    BangKhenChuTichTinh, // Bằng khen của Chủ tịch UBND tỉnh
    GiayKhenTongCuc,     // Giấy khen của Tổng cục trưởng Tổng cục THADS
    GiayKhenCuc,         // Giấy khen của Cục trưởng Cục THADS tỉnh
};
enum class RecipientKind { Collective, Individual }; // tập thể, cá nhân

namespace ComplaintKinds {
QList<ComplaintKind> all();
QString key(ComplaintKind value);
bool fromKey(const QString &key, ComplaintKind *value);
QString displayName(ComplaintKind value);
} // namespace ComplaintKinds

namespace Competences {
QList<Competence> all();
QString key(Competence value);
bool fromKey(const QString &key, Competence *value);
QString displayName(Competence value);
} // namespace Competences

namespace ComplaintResults {
QList<ComplaintResult> all();
QString key(ComplaintResult value);
bool fromKey(const QString &key, ComplaintResult *value);
QString displayName(ComplaintResult value);
// Finished, so it carries a settled date: every result but InProgress.
bool isClosed(ComplaintResult value);
// Counts as "settled" (giải quyết xong) in the summary and its rate: upheld,
// partly upheld or rejected. A withdrawn petition is closed but counted apart.
bool isSettled(ComplaintResult value);
} // namespace ComplaintResults

namespace ReceiverRoles {
QList<ReceiverRole> all();
QString key(ReceiverRole value);
bool fromKey(const QString &key, ReceiverRole *value);
QString displayName(ReceiverRole value);
} // namespace ReceiverRoles

namespace CoercionMeasures {
QList<CoercionMeasure> all();
QString key(CoercionMeasure value);
bool fromKey(const QString &key, CoercionMeasure *value);
QString displayName(CoercionMeasure value);
} // namespace CoercionMeasures

namespace CoercionOutcomes {
QList<CoercionOutcome> all();
QString key(CoercionOutcome value);
bool fromKey(const QString &key, CoercionOutcome *value);
QString displayName(CoercionOutcome value);
} // namespace CoercionOutcomes

namespace AwardLevels {
constexpr int kCount = static_cast<int>(AwardLevel::GiayKhenCuc) + 1;
QList<AwardLevel> all();
QString key(AwardLevel value);
bool fromKey(const QString &key, AwardLevel *value);
QString displayName(AwardLevel value);  // translated, full
QString shortName(AwardLevel value);    // translated, for table headers
} // namespace AwardLevels

namespace RecipientKinds {
QList<RecipientKind> all();
QString key(RecipientKind value);
bool fromKey(const QString &key, RecipientKind *value);
QString displayName(RecipientKind value);
} // namespace RecipientKinds
