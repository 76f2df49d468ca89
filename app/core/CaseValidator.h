#pragma once

#include "CaseField.h"
#include "EnforcementCase.h"

#include <QCoreApplication>

// The rules a case's own fields must meet before it is stored. Rules that need
// the database (the unit exists, the decision number is unique in its unit)
// are checked by CaseRepository.
class CaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)

public:
    static FieldProblems validate(const EnforcementCase &c, QDate today);

    // Message helpers shared with the form and the importer, so a rule reads
    // the same wherever it is broken.
    static FieldProblem required(CaseField field);
    static FieldProblem notAfterToday(CaseField field, QDate today);
    static FieldProblem notBefore(CaseField field, CaseField other);
    static FieldProblem wholeDong(CaseField field);
    static FieldProblem tooLong(CaseField field, int maxLength);

    static constexpr int kMaxTextLength = 500;
    static constexpr qint64 kMaxAmount = 1'000'000'000'000'000; // 10^15 đồng: beyond any real judgment
};
