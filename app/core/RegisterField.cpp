#include "RegisterField.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct FieldRow
{
    RegisterField value;
    const char *key;
    const char *label;
};

constexpr std::array kFields = {
    FieldRow{RegisterField::Unit, "unit", QT_TRANSLATE_NOOP("RegisterField", "Unit")},
    FieldRow{RegisterField::ReceivedDate, "received_date", QT_TRANSLATE_NOOP("RegisterField", "Received on")},
    FieldRow{RegisterField::Kind, "kind", QT_TRANSLATE_NOOP("RegisterField", "Kind")},
    FieldRow{RegisterField::Petitioner, "petitioner", QT_TRANSLATE_NOOP("RegisterField", "Petitioner")},
    FieldRow{RegisterField::Subject, "subject", QT_TRANSLATE_NOOP("RegisterField", "Subject")},
    FieldRow{RegisterField::Case, "case", QT_TRANSLATE_NOOP("RegisterField", "Case (decision number)")},
    FieldRow{RegisterField::Competence, "competence", QT_TRANSLATE_NOOP("RegisterField", "Competence")},
    FieldRow{RegisterField::Result, "result", QT_TRANSLATE_NOOP("RegisterField", "Result")},
    FieldRow{RegisterField::SettledDate, "settled_date", QT_TRANSLATE_NOOP("RegisterField", "Settled on")},
    FieldRow{RegisterField::Note, "note", QT_TRANSLATE_NOOP("RegisterField", "Note")},
    FieldRow{RegisterField::Date, "date", QT_TRANSLATE_NOOP("RegisterField", "Date")},
    FieldRow{RegisterField::ReceiverRole, "receiver_role", QT_TRANSLATE_NOOP("RegisterField", "Received by")},
    FieldRow{RegisterField::ReceiverName, "receiver_name", QT_TRANSLATE_NOOP("RegisterField", "Receiver's name")},
    FieldRow{RegisterField::People, "people", QT_TRANSLATE_NOOP("RegisterField", "Number of people")},
    FieldRow{RegisterField::Complaint, "complaint", QT_TRANSLATE_NOOP("RegisterField", "Complaint filed")},
    FieldRow{RegisterField::Measure, "measure", QT_TRANSLATE_NOOP("RegisterField", "Measure")},
    FieldRow{RegisterField::Police, "police", QT_TRANSLATE_NOOP("RegisterField", "Police")},
    FieldRow{RegisterField::Commune, "commune", QT_TRANSLATE_NOOP("RegisterField", "Commune forces")},
    FieldRow{RegisterField::OtherForces, "other_forces", QT_TRANSLATE_NOOP("RegisterField", "Other forces")},
    FieldRow{RegisterField::Outcome, "outcome", QT_TRANSLATE_NOOP("RegisterField", "Outcome")},
    FieldRow{RegisterField::Year, "year", QT_TRANSLATE_NOOP("RegisterField", "Year")},
    FieldRow{RegisterField::Level, "level", QT_TRANSLATE_NOOP("RegisterField", "Level")},
    FieldRow{RegisterField::RecipientKind, "recipient_kind", QT_TRANSLATE_NOOP("RegisterField", "Recipient kind")},
    FieldRow{RegisterField::RecipientName, "recipient_name", QT_TRANSLATE_NOOP("RegisterField", "Recipient")},
    FieldRow{RegisterField::DecisionNo, "decision_no", QT_TRANSLATE_NOOP("RegisterField", "Decision number")},
    FieldRow{RegisterField::DecisionDate, "decision_date", QT_TRANSLATE_NOOP("RegisterField", "Decision date")},
};
static_assert(EnumTable::inEnumOrder(kFields));
} // namespace

QList<RegisterField> RegisterFields::all()
{
    return EnumTable::values(kFields);
}

QString RegisterFields::key(RegisterField field)
{
    return QString::fromLatin1(EnumTable::row(kFields, field).key);
}

bool RegisterFields::fromKey(const QString &key, RegisterField *field)
{
    return EnumTable::fromKey(kFields, key, field);
}

QString RegisterFields::label(RegisterField field)
{
    return QCoreApplication::translate("RegisterField", EnumTable::row(kFields, field).label);
}
