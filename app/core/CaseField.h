#pragma once

#include <QList>
#include <QString>

// The fields of a case, named once: the key is the CSV/JSON column and the
// label is what forms and messages show.
enum class CaseField {
    Unit,
    DecisionNo,
    DecisionDate,
    Mode,
    Kind,
    JudgmentNo,
    JudgmentDate,
    Court,
    Obligor,
    Obligee,
    Executor,
    AmountDue,
    Obligation,
    ObligorAddress,
    ObligorId,
    ObligeeAddress,
    ObligeeId,
};

namespace CaseFields {
QList<CaseField> all();
QString key(CaseField field);
bool fromKey(const QString &key, CaseField *field);
QString label(CaseField field);   // translated
QString labelVi(CaseField field); // the Vietnamese header a spreadsheet may use
bool isOptional(CaseField field); // may be left out of an import file
} // namespace CaseFields

// One thing wrong with a value a person typed or a file held: the field and
// the rule it breaks, in words a clerk understands.
struct FieldProblem
{
    QString field;   // a key, e.g. "decision_date"
    QString message; // translated; names the field and the rule
};

using FieldProblems = QList<FieldProblem>;
