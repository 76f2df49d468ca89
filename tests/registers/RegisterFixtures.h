#pragma once

#include "RegisterRecords.h"
#include "Session.h"

// Small builders for the register tests: valid entries to change one field
// of, and stored cases to link them to.
namespace RegisterFixtures {
// Stores a valid case of the unit accepted on `accepted`; returns its id (0 on failure).
qint64 storeCase(const Session &session, qint64 unitId, const QString &decisionNo, QDate accepted);

Complaint complaint(qint64 unitId, QDate received, Competence competence, ComplaintResult result, QDate settled = {});
Reception reception(qint64 unitId, QDate date, ReceiverRole role, int people, qint64 complaintId = 0);
Coercion coercion(qint64 unitId, qint64 caseId, QDate date, CoercionMeasure measure, int police, int commune,
                  int other, CoercionOutcome outcome = CoercionOutcome::Successful);
Award award(qint64 unitId, int year, AwardLevel level, RecipientKind kind, const QString &name);

// Rows of audit_log for one entity ("complaints", …).
qint64 auditRows(const Session &session, const QString &entity);
qint64 rowCount(const Session &session, const QString &table);
} // namespace RegisterFixtures
