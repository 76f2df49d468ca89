#pragma once

#include "RegisterField.h"
#include "RegisterRecords.h"

#include <QCoreApplication>

// The rules a register entry's own fields must meet before it is stored; each
// problem names the field and the rule. Rules that need the database (the
// unit and a linked case exist, the case is of the same unit, an operation is
// not before the case's acceptance) are checked by the repositories.
class RegisterValidator
{
    Q_DECLARE_TR_FUNCTIONS(RegisterValidator)

public:
    static FieldProblems validate(const Complaint &c, QDate today);
    static FieldProblems validate(const Reception &r, QDate today);
    static FieldProblems validate(const Coercion &c, QDate today);
    static FieldProblems validate(const Award &a, QDate today);

    // Message helpers shared with the forms and repositories, so a rule reads
    // the same wherever it is broken.
    static FieldProblem required(RegisterField field);
    static FieldProblem notAfterToday(RegisterField field, QDate today);
    static FieldProblem notBefore(RegisterField field, const QString &what, QDate date);
    static FieldProblem between(RegisterField field, qint64 low, qint64 high);
    static FieldProblem tooLong(RegisterField field, int maxLength);
    static FieldProblem noSuchUnit();
    static FieldProblem problem(RegisterField field, const QString &rule); // "%1: rule"

    static constexpr int kMaxTextLength = 500;
    static constexpr int kMaxPeople = 1000;
    static constexpr int kMaxForces = 10000;
    static constexpr int kFirstAwardYear = 1990;
};
