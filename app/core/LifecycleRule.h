#pragma once

#include <QString>

// The lifecycle rules of DESIGN.md, each with a name a refusal can quote.
enum class LifecycleRule {
    NotBeforeAcceptance,     // no event before the acceptance date
    NotInFuture,             // no event after today
    NothingAfterTerminal,    // nothing but a correction after a terminal event
    AmountPositive,          // a payment or reduction is > 0
    AmountWithinRemaining,   // … and ≤ what remains due
    AmountOnlyOnMoneyEvents, // only payments and reductions carry an amount
    CompletedWhenNothingDue, // completed only when nothing remains due
    HoldWhenNotOnHold,       // a hold only when not on hold
    ResumeWhenOnHold,        // resumed only when on hold
    CorrectionTarget,        // a correction voids one earlier, not yet voided event of the case
    CorrectionReason,        // a correction says why
    CorrectionNotBeforeEvent,// a correction is not dated before the event it voids
};

namespace LifecycleRules {
QString name(LifecycleRule rule); // translated, e.g. "no event after today"
}
