#include "RegisterValidator.h"

#include "Format.h"
#include "StatisticalPeriod.h"

namespace {
void requireText(FieldProblems *problems, RegisterField field, const QString &value)
{
    if (value.trimmed().isEmpty())
        *problems << RegisterValidator::required(field);
    else if (value.trimmed().size() > RegisterValidator::kMaxTextLength)
        *problems << RegisterValidator::tooLong(field, RegisterValidator::kMaxTextLength);
}

void requirePastDate(FieldProblems *problems, RegisterField field, QDate date, QDate today)
{
    if (!date.isValid())
        *problems << RegisterValidator::required(field);
    else if (date > today)
        *problems << RegisterValidator::notAfterToday(field, today);
}

void requireUnit(FieldProblems *problems, qint64 unitId)
{
    if (unitId <= 0)
        *problems << RegisterValidator::required(RegisterField::Unit);
}
} // namespace

FieldProblem RegisterValidator::problem(RegisterField field, const QString &rule)
{
    return {RegisterFields::key(field), tr("%1: %2").arg(RegisterFields::label(field), rule)};
}

FieldProblem RegisterValidator::required(RegisterField field)
{
    return {RegisterFields::key(field), tr("%1: required.").arg(RegisterFields::label(field))};
}

FieldProblem RegisterValidator::notAfterToday(RegisterField field, QDate today)
{
    return {RegisterFields::key(field),
            tr("%1: must not be after today (%2).").arg(RegisterFields::label(field), Format::date(today))};
}

FieldProblem RegisterValidator::notBefore(RegisterField field, const QString &what, QDate date)
{
    return {RegisterFields::key(field),
            tr("%1: must not be before %2 (%3).").arg(RegisterFields::label(field), what, Format::date(date))};
}

FieldProblem RegisterValidator::between(RegisterField field, qint64 low, qint64 high)
{
    return {RegisterFields::key(field), tr("%1: must be a whole number from %2 to %3.")
                                            .arg(RegisterFields::label(field), Format::count(low), Format::count(high))};
}

FieldProblem RegisterValidator::tooLong(RegisterField field, int maxLength)
{
    return {RegisterFields::key(field),
            tr("%1: at most %2 characters.").arg(RegisterFields::label(field)).arg(maxLength)};
}

FieldProblem RegisterValidator::noSuchUnit()
{
    return {RegisterFields::key(RegisterField::Unit),
            tr("%1: no such unit.").arg(RegisterFields::label(RegisterField::Unit))};
}

FieldProblems RegisterValidator::validate(const Complaint &c, QDate today)
{
    FieldProblems problems;
    requireUnit(&problems, c.unitId);
    requirePastDate(&problems, RegisterField::ReceivedDate, c.receivedDate, today);
    requireText(&problems, RegisterField::Petitioner, c.petitioner);
    requireText(&problems, RegisterField::Subject, c.subject);
    if (ComplaintResults::isClosed(c.result)) {
        requirePastDate(&problems, RegisterField::SettledDate, c.settledDate, today);
        if (c.settledDate.isValid() && c.receivedDate.isValid() && c.settledDate < c.receivedDate)
            problems << notBefore(RegisterField::SettledDate, tr("the date received"), c.receivedDate);
    } else if (c.settledDate.isValid()) {
        problems << problem(RegisterField::SettledDate, tr("must be empty while the petition is in progress."));
    }
    if (c.note.trimmed().size() > kMaxTextLength)
        problems << tooLong(RegisterField::Note, kMaxTextLength);
    return problems;
}

FieldProblems RegisterValidator::validate(const Reception &r, QDate today)
{
    FieldProblems problems;
    requireUnit(&problems, r.unitId);
    requirePastDate(&problems, RegisterField::Date, r.date, today);
    requireText(&problems, RegisterField::ReceiverName, r.receiverName);
    if (r.people < 1 || r.people > kMaxPeople)
        problems << between(RegisterField::People, 1, kMaxPeople);
    requireText(&problems, RegisterField::Subject, r.subject);
    return problems;
}

FieldProblems RegisterValidator::validate(const Coercion &c, QDate today)
{
    FieldProblems problems;
    requireUnit(&problems, c.unitId);
    if (c.caseId <= 0)
        problems << required(RegisterField::Case);
    requirePastDate(&problems, RegisterField::Date, c.date, today);
    const std::pair<RegisterField, int> forces[] = {
        {RegisterField::Police, c.police}, {RegisterField::Commune, c.commune}, {RegisterField::OtherForces, c.otherForces}};
    for (const auto &[field, count] : forces) {
        if (count < 0 || count > kMaxForces)
            problems << between(field, 0, kMaxForces);
    }
    if (c.note.trimmed().size() > kMaxTextLength)
        problems << tooLong(RegisterField::Note, kMaxTextLength);
    return problems;
}

FieldProblems RegisterValidator::validate(const Award &a, QDate today)
{
    FieldProblems problems;
    requireUnit(&problems, a.unitId);
    // An award rewards a statistical year that has begun.
    const int lastYear = StatisticalPeriod::statisticalYearOf(today);
    if (a.year < kFirstAwardYear || a.year > lastYear)
        problems << problem(RegisterField::Year, tr("must be a year from %1 to %2.").arg(kFirstAwardYear).arg(lastYear));
    requireText(&problems, RegisterField::RecipientName, a.recipientName);
    requireText(&problems, RegisterField::DecisionNo, a.decisionNo);
    requirePastDate(&problems, RegisterField::DecisionDate, a.decisionDate, today);
    if (a.decisionDate.isValid() && a.year >= kFirstAwardYear && a.year <= lastYear
        && a.decisionDate < StatisticalPeriod::yearStart(a.year))
        problems << notBefore(RegisterField::DecisionDate, tr("the start of the year it rewards"),
                              StatisticalPeriod::yearStart(a.year));
    return problems;
}
