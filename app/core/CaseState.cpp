#include "CaseState.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct StateRow
{
    CaseState value;
    const char *key;
    const char *name;
};

constexpr std::array kStates = {
    StateRow{CaseState::InProgress, "in_progress", QT_TRANSLATE_NOOP("CaseState", "In progress")},
    StateRow{CaseState::Postponed, "postponed", QT_TRANSLATE_NOOP("CaseState", "Postponed")},
    StateRow{CaseState::Suspended, "suspended", QT_TRANSLATE_NOOP("CaseState", "Suspended")},
    StateRow{CaseState::HeldOther, "other", QT_TRANSLATE_NOOP("CaseState", "On hold (other)")},
    StateRow{CaseState::WithoutConditions, "without_conditions",
             QT_TRANSLATE_NOOP("CaseState", "Not yet able to enforce")},
    StateRow{CaseState::Completed, "completed", QT_TRANSLATE_NOOP("CaseState", "Completed")},
    StateRow{CaseState::Terminated, "terminated", QT_TRANSLATE_NOOP("CaseState", "Terminated")},
    StateRow{CaseState::Entrusted, "entrusted", QT_TRANSLATE_NOOP("CaseState", "Entrusted")},
    StateRow{CaseState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("CaseState", "Withdrawn")},
};
static_assert(EnumTable::inEnumOrder(kStates));
} // namespace

QList<CaseState> CaseStates::all()
{
    return EnumTable::values(kStates);
}

QString CaseStates::key(CaseState state)
{
    return QString::fromLatin1(EnumTable::row(kStates, state).key);
}

bool CaseStates::fromKey(const QString &key, CaseState *state)
{
    return EnumTable::fromKey(kStates, key, state);
}

QString CaseStates::displayName(CaseState state)
{
    return QCoreApplication::translate("CaseState", EnumTable::row(kStates, state).name);
}

bool CaseStates::isClosed(CaseState state)
{
    return state == CaseState::Completed || state == CaseState::Terminated || state == CaseState::Entrusted
        || state == CaseState::Withdrawn;
}

bool CaseStates::isOnHold(CaseState state)
{
    return state == CaseState::Postponed || state == CaseState::Suspended || state == CaseState::HeldOther;
}
