#pragma once

#include <QList>
#include <QString>

// What can happen to a case (DESIGN.md, "Events"). The keys are the stable
// spellings of the database, CSV files and the CLI.
enum class EventType {
    VerifiedAble,   // xác minh: có điều kiện thi hành
    VerifiedUnable, // xác minh: chưa có điều kiện thi hành
    Postponed,      // hoãn
    Suspended,      // tạm đình chỉ
    HeldOther,      // trường hợp khác
    Resumed,        // tiếp tục thi hành
    Payment,        // thu được tiền, tài sản
    Reduction,      // giảm, miễn nghĩa vụ
    Completed,      // thi hành xong
    Terminated,     // đình chỉ thi hành án
    Entrusted,      // ủy thác đi
    Withdrawn,      // thu hồi, hủy quyết định thi hành án
    Correction,     // đính chính: voids one earlier event
};

namespace EventTypes {
QList<EventType> all();
QString key(EventType type);
bool fromKey(const QString &key, EventType *type);
QString displayName(EventType type); // translated

bool isTerminal(EventType type);
bool isHold(EventType type);
bool isVerification(EventType type);
bool carriesAmount(EventType type); // payment and reduction
} // namespace EventTypes
