#include "EventType.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct TypeRow
{
    EventType value;
    const char *key;
    const char *name;
};

constexpr std::array kTypes = {
    TypeRow{EventType::VerifiedAble, "verified_able",
             QT_TRANSLATE_NOOP("EventType", "Verified: able to enforce")},
    TypeRow{EventType::VerifiedUnable, "verified_unable",
             QT_TRANSLATE_NOOP("EventType", "Verified: not yet able to enforce")},
    TypeRow{EventType::Postponed, "postponed", QT_TRANSLATE_NOOP("EventType", "Postponed")},
    TypeRow{EventType::Suspended, "suspended", QT_TRANSLATE_NOOP("EventType", "Suspended")},
    TypeRow{EventType::HeldOther, "held_other", QT_TRANSLATE_NOOP("EventType", "On hold (other reason)")},
    TypeRow{EventType::Resumed, "resumed", QT_TRANSLATE_NOOP("EventType", "Resumed")},
    TypeRow{EventType::Payment, "payment", QT_TRANSLATE_NOOP("EventType", "Payment collected")},
    TypeRow{EventType::Reduction, "reduction", QT_TRANSLATE_NOOP("EventType", "Obligation reduced or waived")},
    TypeRow{EventType::Completed, "completed", QT_TRANSLATE_NOOP("EventType", "Completed")},
    TypeRow{EventType::Terminated, "terminated", QT_TRANSLATE_NOOP("EventType", "Enforcement terminated")},
    TypeRow{EventType::Entrusted, "entrusted", QT_TRANSLATE_NOOP("EventType", "Entrusted to another unit")},
    TypeRow{EventType::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("EventType", "Decision withdrawn or annulled")},
    TypeRow{EventType::Correction, "correction", QT_TRANSLATE_NOOP("EventType", "Correction")},
};

static_assert(EnumTable::inEnumOrder(kTypes));
} // namespace

QList<EventType> EventTypes::all()
{
    return EnumTable::values(kTypes);
}

QString EventTypes::key(EventType type)
{
    return QString::fromLatin1(EnumTable::row(kTypes, type).key);
}

bool EventTypes::fromKey(const QString &key, EventType *type)
{
    return EnumTable::fromKey(kTypes, key, type);
}

QString EventTypes::displayName(EventType type)
{
    return QCoreApplication::translate("EventType", EnumTable::row(kTypes, type).name);
}

bool EventTypes::isTerminal(EventType type)
{
    return type == EventType::Completed || type == EventType::Terminated || type == EventType::Entrusted
        || type == EventType::Withdrawn;
}

bool EventTypes::isHold(EventType type)
{
    return type == EventType::Postponed || type == EventType::Suspended || type == EventType::HeldOther;
}

bool EventTypes::isVerification(EventType type)
{
    return type == EventType::VerifiedAble || type == EventType::VerifiedUnable;
}

bool EventTypes::carriesAmount(EventType type)
{
    return type == EventType::Payment || type == EventType::Reduction;
}
