#pragma once

#include <QList>
#include <QString>

// What a signed-in user may do (README, "Users and roles").
enum class Role {
    Clerk,  // cán bộ nhập liệu, thư ký, chấp hành viên: writes the cases and registers of one unit
    Leader, // lãnh đạo, Ban Chỉ đạo: reads everything, writes nothing
    Admin,  // quản trị: users, units, targets, the period lock, backup and restore, and any unit's data
};

namespace Roles {
QList<Role> all();
QString key(Role role); // clerk, leader, admin
bool fromKey(const QString &key, Role *role);
QString displayName(Role role); // translated
} // namespace Roles
