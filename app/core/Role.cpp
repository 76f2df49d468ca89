#include "Role.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct RoleRow
{
    Role value;
    const char *key;
    const char *name;
};

constexpr std::array kRoles = {
    RoleRow{Role::Clerk, "clerk", QT_TRANSLATE_NOOP("Role", "Clerk")},
    RoleRow{Role::Leader, "leader", QT_TRANSLATE_NOOP("Role", "Leader")},
    RoleRow{Role::Admin, "admin", QT_TRANSLATE_NOOP("Role", "Administrator")},
};
static_assert(EnumTable::inEnumOrder(kRoles));
} // namespace

QList<Role> Roles::all()
{
    return EnumTable::values(kRoles);
}

QString Roles::key(Role role)
{
    return QString::fromLatin1(EnumTable::row(kRoles, role).key);
}

bool Roles::fromKey(const QString &key, Role *role)
{
    return EnumTable::fromKey(kRoles, key, role);
}

QString Roles::displayName(Role role)
{
    return QCoreApplication::translate("Role", EnumTable::row(kRoles, role).name);
}
