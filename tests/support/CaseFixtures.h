#pragma once

#include "CaseEvent.h"
#include "EnforcementCase.h"

// Small builders for the cases and events of hand-computed fixtures.
namespace CaseFixtures {
// A valid case of a unit, accepted on `accepted`, with `amountDue` đồng.
EnforcementCase makeCase(qint64 unitId, const QString &decisionNo, QDate accepted, qint64 amountDue);
CaseEvent event(EventType type, QDate date, qint64 amount = 0, const QString &note = {});
} // namespace CaseFixtures
