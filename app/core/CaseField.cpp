#include "CaseField.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct FieldRow
{
    CaseField value;
    const char *key;
    const char *label;
    const char *labelVi; // untranslated: the header of Vietnamese spreadsheets
    bool optional;
};

constexpr std::array kFields = {
    FieldRow{CaseField::Unit, "unit", QT_TRANSLATE_NOOP("CaseField", "Unit"), "Đơn vị", false},
    FieldRow{CaseField::DecisionNo, "decision_no", QT_TRANSLATE_NOOP("CaseField", "Decision number"),
              "Số quyết định", false},
    FieldRow{CaseField::DecisionDate, "decision_date", QT_TRANSLATE_NOOP("CaseField", "Decision date"),
              "Ngày quyết định", false},
    FieldRow{CaseField::Mode, "mode", QT_TRANSLATE_NOOP("CaseField", "Mode"), "Hình thức", false},
    FieldRow{CaseField::Kind, "kind", QT_TRANSLATE_NOOP("CaseField", "Kind"), "Loại việc", false},
    FieldRow{CaseField::JudgmentNo, "judgment_no", QT_TRANSLATE_NOOP("CaseField", "Judgment number"),
              "Số bản án", false},
    FieldRow{CaseField::JudgmentDate, "judgment_date", QT_TRANSLATE_NOOP("CaseField", "Judgment date"),
              "Ngày bản án", false},
    FieldRow{CaseField::Court, "court", QT_TRANSLATE_NOOP("CaseField", "Court"), "Tòa án", false},
    FieldRow{CaseField::Obligor, "obligor", QT_TRANSLATE_NOOP("CaseField", "Obligor"), "Người phải thi hành án",
              false},
    FieldRow{CaseField::Obligee, "obligee", QT_TRANSLATE_NOOP("CaseField", "Obligee"), "Người được thi hành án",
              false},
    FieldRow{CaseField::Executor, "executor", QT_TRANSLATE_NOOP("CaseField", "Enforcement officer"),
              "Chấp hành viên", false},
    FieldRow{CaseField::AmountDue, "amount_due", QT_TRANSLATE_NOOP("CaseField", "Amount due"),
              "Số tiền phải thi hành", false},
    FieldRow{CaseField::Obligation, "obligation", QT_TRANSLATE_NOOP("CaseField", "Other obligation"),
              "Nghĩa vụ khác", false},
    FieldRow{CaseField::ObligorAddress, "obligor_address", QT_TRANSLATE_NOOP("CaseField", "Obligor's address"),
              "Địa chỉ người phải thi hành án", true},
    FieldRow{CaseField::ObligorId, "obligor_id", QT_TRANSLATE_NOOP("CaseField", "Obligor's ID number"),
              "Số giấy tờ người phải thi hành án", true},
    FieldRow{CaseField::ObligeeAddress, "obligee_address", QT_TRANSLATE_NOOP("CaseField", "Obligee's address"),
              "Địa chỉ người được thi hành án", true},
    FieldRow{CaseField::ObligeeId, "obligee_id", QT_TRANSLATE_NOOP("CaseField", "Obligee's ID number"),
              "Số giấy tờ người được thi hành án", true},
};

static_assert(EnumTable::inEnumOrder(kFields));

const FieldRow &info(CaseField field)
{
    return EnumTable::row(kFields, field);
}
} // namespace

QList<CaseField> CaseFields::all()
{
    return EnumTable::values(kFields);
}

QString CaseFields::key(CaseField field)
{
    return QString::fromLatin1(info(field).key);
}

bool CaseFields::fromKey(const QString &key, CaseField *field)
{
    return EnumTable::fromKey(kFields, key, field);
}

QString CaseFields::label(CaseField field)
{
    return QCoreApplication::translate("CaseField", info(field).label);
}

QString CaseFields::labelVi(CaseField field)
{
    return QString::fromUtf8(info(field).labelVi);
}

bool CaseFields::isOptional(CaseField field)
{
    return info(field).optional;
}
