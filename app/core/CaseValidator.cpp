#include "CaseValidator.h"

#include "Format.h"

FieldProblem CaseValidator::required(CaseField field)
{
    return {CaseFields::key(field), tr("%1: required.").arg(CaseFields::label(field))};
}

FieldProblem CaseValidator::notAfterToday(CaseField field, QDate today)
{
    return {CaseFields::key(field),
            tr("%1: must not be after today (%2).").arg(CaseFields::label(field), Format::date(today))};
}

FieldProblem CaseValidator::notBefore(CaseField field, CaseField other)
{
    return {CaseFields::key(field),
            tr("%1: must not be before the %2.").arg(CaseFields::label(field), CaseFields::label(other).toLower())};
}

FieldProblem CaseValidator::wholeDong(CaseField field)
{
    return {CaseFields::key(field),
            tr("%1: must be a whole number of đồng, 0 or more.").arg(CaseFields::label(field))};
}

FieldProblem CaseValidator::tooLong(CaseField field, int maxLength)
{
    return {CaseFields::key(field),
            tr("%1: at most %2 characters.").arg(CaseFields::label(field)).arg(maxLength)};
}

FieldProblems CaseValidator::validate(const EnforcementCase &c, QDate today)
{
    FieldProblems problems;
    const auto requireText = [&problems](CaseField field, const QString &value) {
        if (value.trimmed().isEmpty())
            problems << required(field);
    };
    if (c.unitId <= 0)
        problems << required(CaseField::Unit);
    requireText(CaseField::DecisionNo, c.decisionNo);
    if (!c.decisionDate.isValid())
        problems << required(CaseField::DecisionDate);
    else if (c.decisionDate > today)
        problems << notAfterToday(CaseField::DecisionDate, today);
    requireText(CaseField::JudgmentNo, c.judgmentNo);
    if (!c.judgmentDate.isValid())
        problems << required(CaseField::JudgmentDate);
    else if (c.judgmentDate > today)
        problems << notAfterToday(CaseField::JudgmentDate, today);
    if (c.decisionDate.isValid() && c.judgmentDate.isValid() && c.decisionDate < c.judgmentDate)
        problems << notBefore(CaseField::DecisionDate, CaseField::JudgmentDate);
    requireText(CaseField::Court, c.court);
    requireText(CaseField::Obligor, c.obligorName);
    requireText(CaseField::Obligee, c.obligeeName);
    requireText(CaseField::Executor, c.executor);
    if (c.amountDue < 0 || c.amountDue > kMaxAmount)
        problems << wholeDong(CaseField::AmountDue);
    if (c.amountDue == 0 && c.obligation.trimmed().isEmpty())
        problems << FieldProblem{CaseFields::key(CaseField::Obligation),
                                 tr("%1: required when there is no amount due.")
                                     .arg(CaseFields::label(CaseField::Obligation))};

    const std::pair<CaseField, const QString *> texts[] = {
        {CaseField::DecisionNo, &c.decisionNo},       {CaseField::JudgmentNo, &c.judgmentNo},
        {CaseField::Court, &c.court},                 {CaseField::Executor, &c.executor},
        {CaseField::Obligor, &c.obligorName},         {CaseField::ObligorAddress, &c.obligorAddress},
        {CaseField::ObligorId, &c.obligorIdNumber},   {CaseField::Obligee, &c.obligeeName},
        {CaseField::ObligeeAddress, &c.obligeeAddress}, {CaseField::ObligeeId, &c.obligeeIdNumber},
        {CaseField::Obligation, &c.obligation},
    };
    for (const auto &[field, value] : texts) {
        if (value->size() > kMaxTextLength)
            problems << tooLong(field, kMaxTextLength);
    }
    return problems;
}
