#pragma once

#include <QList>
#include <QString>

// Where a case stands at a date. The same nine states are the leaf columns of
// the statistics tables (DESIGN.md, "Which cases a period counts").
enum class CaseState {
    InProgress,        // đang thi hành
    Postponed,         // hoãn
    Suspended,         // tạm đình chỉ
    HeldOther,         // trường hợp khác
    WithoutConditions, // chưa có điều kiện thi hành
    Completed,         // thi hành xong
    Terminated,        // đình chỉ
    Entrusted,         // ủy thác
    Withdrawn,         // thu hồi, hủy quyết định
};

namespace CaseStates {
QList<CaseState> all();
QString key(CaseState state); // in_progress, postponed, suspended, other, without_conditions, …
bool fromKey(const QString &key, CaseState *state);
QString displayName(CaseState state); // translated
bool isClosed(CaseState state);       // completed, terminated, entrusted, withdrawn
bool isOnHold(CaseState state);
} // namespace CaseStates
