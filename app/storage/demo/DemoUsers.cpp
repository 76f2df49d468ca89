#include "DemoUsers.h"

#include "UnitRepository.h"
#include "UserRepository.h"

namespace {
// Every demo password is the user name followed by "-demo".
QString passwordOf(const QString &name)
{
    return name + QStringLiteral("-demo");
}
} // namespace

bool DemoUsers::create(QString *error)
{
    struct Planned
    {
        User user;
        QString unitCode;
    };
    QList<Planned> planned{
        {User::make(QStringLiteral("quantri"), QStringLiteral("Quản trị hệ thống"), Role::Admin), {}},
        {User::make(QStringLiteral("lanhdao"), QStringLiteral("Lãnh đạo THADS tỉnh"), Role::Leader), {}},
    };
    for (const Unit &unit : UnitRepository(m_session.sql()).all())
        planned.append({User::make(QStringLiteral("canbo.") + unit.code.toLower(), QStringLiteral("Cán bộ ") + unit.shortVi,
                         Role::Clerk, unit.id),
                        unit.code});
    UserRepository users(m_session);
    for (Planned &p : planned) {
        const QString password = passwordOf(p.user.name);
        if (const WriteResult written = users.create(&p.user, password); !written.ok()) {
            *error = written.message();
            return false;
        }
        m_accounts.append({p.user.name, password, p.user.role, p.unitCode});
    }
    return true;
}
