#include "Actor.h"

bool Actor::canWriteUnit(qint64 unit) const
{
    if (!role || *role == Role::Admin)
        return true;
    return *role == Role::Clerk && unit == unitId;
}

bool Actor::canAdminister() const
{
    return !role || *role == Role::Admin;
}

bool Actor::canWrite() const
{
    return !role || *role != Role::Leader;
}

Actor Actor::program(const QString &name)
{
    return Actor{name, std::nullopt, 0, 0};
}
