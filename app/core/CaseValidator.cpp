#include "CaseValidator.h"

#include "Format.h"
#include "TextFolding.h"

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

FieldProblem CaseValidator::controlCharacter(CaseField field, QChar c)
{
    return {CaseFields::key(field),
            tr("%1: contains the control character %2, which text may not hold.")
                .arg(CaseFields::label(field))
                .arg(TextFolding::codePoint(c))};
}

int CaseValidator::maxLength(CaseField field)
{
    switch (field) {
    case CaseField::DecisionNo:
    case CaseField::JudgmentNo:
        return 60;
    case CaseField::ObligorId:
    case CaseField::ObligeeId:
        return 30;
    case CaseField::Executor:
        return 100;
    case CaseField::Court:
    case CaseField::Obligor:
    case CaseField::Obligee:
        return 200;
    case CaseField::ObligorAddress:
    case CaseField::ObligeeAddress:
        return 300;
    case CaseField::Obligation:
        return 1000;
    default:
        return 0; // not a text field
    }
}

std::optional<QString> CaseValidator::noteProblem(const QString &note)
{
    if (note.size() > kMaxNoteLength)
        return tr("Note: at most %1 characters (this one has %2).").arg(kMaxNoteLength).arg(note.size());
    if (const QChar c = TextFolding::firstControl(note, true); !c.isNull())
        return tr("Note: contains the control character %1, which text may not hold.")
            .arg(TextFolding::codePoint(c));
    return std::nullopt;
}

namespace {
// The case's text fields, each with its field.
template<typename Case, typename Text>
QList<std::pair<CaseField, Text *>> textsOf(Case &c)
{
    return {{CaseField::DecisionNo, &c.decisionNo},         {CaseField::JudgmentNo, &c.judgmentNo},
            {CaseField::Court, &c.court},                   {CaseField::Executor, &c.executor},
            {CaseField::Obligor, &c.obligorName},           {CaseField::ObligorAddress, &c.obligorAddress},
            {CaseField::ObligorId, &c.obligorIdNumber},     {CaseField::Obligee, &c.obligeeName},
            {CaseField::ObligeeAddress, &c.obligeeAddress}, {CaseField::ObligeeId, &c.obligeeIdNumber},
            {CaseField::Obligation, &c.obligation}};
}
} // namespace

void CaseValidator::clean(EnforcementCase *c)
{
    for (const auto &[field, value] : textsOf<EnforcementCase, QString>(*c))
        *value = TextFolding::clean(*value);
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

    for (const auto &[field, value] : textsOf<const EnforcementCase, const QString>(c)) {
        if (value->size() > maxLength(field))
            problems << tooLong(field, maxLength(field));
        // Only the obligation is several lines long.
        if (const QChar control = TextFolding::firstControl(*value, field == CaseField::Obligation); !control.isNull())
            problems << controlCharacter(field, control);
    }
    return problems;
}
