#include "LifecycleRule.h"

#include <QCoreApplication>

QString LifecycleRules::name(LifecycleRule rule)
{
    const char *text = "";
    switch (rule) {
    case LifecycleRule::NotBeforeAcceptance:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "no event before the acceptance date");
        break;
    case LifecycleRule::NotInFuture:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "no event after today");
        break;
    case LifecycleRule::NothingAfterTerminal:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "nothing but a correction after the case is closed");
        break;
    case LifecycleRule::AmountPositive:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "a payment or reduction is greater than 0");
        break;
    case LifecycleRule::AmountWithinRemaining:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "a payment or reduction is at most the amount still due");
        break;
    case LifecycleRule::AmountOnlyOnMoneyEvents:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "only payments and reductions carry an amount");
        break;
    case LifecycleRule::CompletedWhenNothingDue:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "completed only when nothing remains due");
        break;
    case LifecycleRule::HoldWhenNotOnHold:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "a hold only when the case is not on hold");
        break;
    case LifecycleRule::ResumeWhenOnHold:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "resumed only when the case is on hold");
        break;
    case LifecycleRule::CorrectionTarget:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "a correction voids one earlier event of the case, once");
        break;
    case LifecycleRule::CorrectionReason:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "a correction states its reason");
        break;
    case LifecycleRule::CorrectionNotBeforeEvent:
        text = QT_TRANSLATE_NOOP("LifecycleRule", "a correction is not dated before the event it voids");
        break;
    }
    return QCoreApplication::translate("LifecycleRule", text);
}
