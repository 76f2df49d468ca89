#include "AccessCheck.h"

#include "UnitRepository.h"

QString AccessCheck::who() const
{
    const Actor &actor = m_session.actor();
    if (actor.role == Role::Clerk) {
        const auto unit = UnitRepository(m_session.sql()).byId(actor.unitId);
        return tr("%1 (%2 of %3)").arg(actor.name, Roles::displayName(Role::Clerk), unit ? unit->shortName() : QString());
    }
    return tr("%1 (%2)").arg(actor.name, actor.role ? Roles::displayName(*actor.role) : QString());
}

QString AccessCheck::unitRefusal(qint64 unitId) const
{
    const Actor &actor = m_session.actor();
    if (actor.canWriteUnit(unitId))
        return {};
    if (actor.role == Role::Leader)
        return tr("%1 may read but not change the data.").arg(who());
    const auto unit = UnitRepository(m_session.sql()).byId(unitId);
    return tr("%1 may not change the data of %2: a clerk writes only the cases and registers of their own unit.")
        .arg(who(), unit ? unit->shortName() : QString::number(unitId));
}

QString AccessCheck::adminRefusal() const
{
    if (m_session.actor().canAdminister())
        return {};
    return tr("%1 may not do this: only an administrator manages users, units, targets and the period lock.")
        .arg(who());
}
