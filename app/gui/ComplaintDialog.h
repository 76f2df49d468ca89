#pragma once

#include "CaseLookup.h"
#include "Clock.h"
#include "FormDialog.h"
#include "RegisterRecords.h"
#include "Unit.h"

#include <functional>
#include <memory>

namespace Ui {
class ComplaintDialog;
}
class CaseLinkCompleter;

// The form of one complaint or denunciation: the unit concerned, when it came,
// who petitions about what, the case it concerns (by decision number, offered
// as the clerk types), competence, result and settled date, and the flags.
class ComplaintDialog : public FormDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(Complaint *)>;

    ComplaintDialog(const UnitList &units, const Clock &clock, CaseLookup lookup, QWidget *parent = nullptr);
    ~ComplaintDialog() override;

    void setComplaint(const Complaint &c); // id 0 is a new one
    Complaint complaint() const { return m_complaint; }
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    FieldProblems problems() const override;

protected:
    WriteResult store() override;
    void retranslate() override;

private:
    Complaint fromForm() const;
    void fillChoices();
    void updateSettled();
    void updateTitle();

    std::unique_ptr<Ui::ComplaintDialog> ui;
    UnitList m_units;
    const Clock &m_clock;
    CaseLinkCompleter *m_case;
    SaveHandler m_save;
    Complaint m_complaint;
};
