#pragma once

#include "Clock.h"
#include "FormDialog.h"
#include "RegisterRecords.h"
#include "Unit.h"

#include <functional>
#include <memory>

namespace Ui {
class AwardDialog;
}

// The form of one award: the year it rewards, its level, the recipient
// (a collective or a person) and their unit, the decision's number and date.
class AwardDialog : public FormDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(Award *)>;

    AwardDialog(const UnitList &units, const Clock &clock, QWidget *parent = nullptr);
    ~AwardDialog() override;

    void setAward(const Award &a);
    Award award() const { return m_award; }
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    FieldProblems problems() const override;

protected:
    WriteResult store() override;
    void retranslate() override;

private:
    Award fromForm() const;
    void fillChoices();
    void updateTitle();

    std::unique_ptr<Ui::AwardDialog> ui;
    UnitList m_units;
    const Clock &m_clock;
    SaveHandler m_save;
    Award m_award;
};
