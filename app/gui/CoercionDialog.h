#pragma once

#include "CaseLookup.h"
#include "Clock.h"
#include "FormDialog.h"
#include "RegisterRecords.h"
#include "Unit.h"

#include <functional>
#include <memory>

namespace Ui {
class CoercionDialog;
}
class CaseLinkCompleter;

// The form of one coercion operation: the case (by decision number, offered
// as the clerk types), the date, the measure, the forces mobilised and the outcome.
class CoercionDialog : public FormDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(Coercion *)>;

    CoercionDialog(const UnitList &units, const Clock &clock, CaseLookup lookup, QWidget *parent = nullptr);
    ~CoercionDialog() override;

    void setCoercion(const Coercion &c);
    Coercion coercion() const { return m_coercion; }
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    FieldProblems problems() const override;

protected:
    WriteResult store() override;
    void retranslate() override;

private:
    Coercion fromForm() const;
    void fillChoices();
    void updateTitle();

    std::unique_ptr<Ui::CoercionDialog> ui;
    UnitList m_units;
    const Clock &m_clock;
    CaseLinkCompleter *m_case;
    SaveHandler m_save;
    Coercion m_coercion;
};
