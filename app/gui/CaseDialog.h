#pragma once

#include "CaseLedger.h"
#include "Clock.h"
#include "EnforcementCase.h"
#include "FormDialog.h"
#include "Unit.h"

#include <functional>
#include <memory>

namespace Ui {
class CaseDialog;
}
class CaseHistoryModel;

// The case form: every field of a case, checked as the clerk types and again
// on save (FormDialog); and, for a stored case, its history with the actions
// that add to it. The dialog edits values; the save handler writes them.
class CaseDialog : public FormDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(EnforcementCase *)>;

    CaseDialog(const UnitList &units, const Clock &clock, QWidget *parent = nullptr);
    ~CaseDialog() override;

    void setCompletions(const QStringList &executors, const QStringList &courts);
    void setCase(const EnforcementCase &c);       // fills the form; id 0 is a new case
    void setLedger(const CaseLedger &ledger);     // the stored case's history
    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    EnforcementCase enforcementCase() const { return m_case; }
    qint64 selectedEventId() const;

    // The fields' problems as the form stands (parsing, then the core's rules), in the form's order.
    FieldProblems problems() const override;

signals:
    void addEventRequested();
    void correctionRequested(qint64 eventId);

protected:
    WriteResult store() override;
    void retranslate() override;

private:
    EnforcementCase fromForm() const;
    void updateStatus();
    void updateTitle();
    void fillChoices();

    std::unique_ptr<Ui::CaseDialog> ui;
    CaseHistoryModel *m_history;
    UnitList m_units;
    const Clock &m_clock;
    SaveHandler m_save;
    EnforcementCase m_case;
    std::optional<CaseLedger> m_ledger;
};
