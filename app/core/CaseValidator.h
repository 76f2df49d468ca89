#pragma once

#include "CaseField.h"
#include "EnforcementCase.h"

#include <QCoreApplication>

#include <optional>

// The rules a case's own fields must meet before it is stored. Rules that need
// the database (the unit exists, the decision number is unique in its unit)
// are checked by CaseRepository.
class CaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseValidator)

public:
    static FieldProblems validate(const EnforcementCase &c, QDate today);
    // Every text field as it is stored (TextFolding::clean), before validate().
    static void clean(EnforcementCase *c);
    // The longest text a field takes; the rule's message names it.
    static int maxLength(CaseField field);
    // An event's note: at most kMaxNoteLength characters, no control characters.
    static std::optional<QString> noteProblem(const QString &note);

    // Message helpers shared with the form and the importer, so a rule reads
    // the same wherever it is broken.
    static FieldProblem required(CaseField field);
    static FieldProblem notAfterToday(CaseField field, QDate today);
    static FieldProblem notBefore(CaseField field, CaseField other);
    static FieldProblem wholeDong(CaseField field);
    static FieldProblem tooLong(CaseField field, int maxLength);
    static FieldProblem controlCharacter(CaseField field, QChar c);

    static constexpr int kMaxNoteLength = 1000;
    static constexpr qint64 kMaxAmount = 1'000'000'000'000'000; // 10^15 đồng: beyond any real judgment
};
