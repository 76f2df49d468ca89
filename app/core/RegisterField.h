#pragma once

#include "CaseField.h" // FieldProblem

#include <QList>
#include <QString>

// The fields of the register entries, named once: the key is what forms,
// problems and machine output use; the label is what people read.
enum class RegisterField {
    Unit,
    ReceivedDate,
    Kind,
    Petitioner,
    Subject,
    Case,
    Competence,
    Result,
    SettledDate,
    Note,
    Date,
    ReceiverRole,
    ReceiverName,
    People,
    Complaint,
    Measure,
    Police,
    Commune,
    OtherForces,
    Outcome,
    Year,
    Level,
    RecipientKind,
    RecipientName,
    DecisionNo,
    DecisionDate,
};

namespace RegisterFields {
QList<RegisterField> all();
QString key(RegisterField field);
bool fromKey(const QString &key, RegisterField *field);
QString label(RegisterField field); // translated
} // namespace RegisterFields
