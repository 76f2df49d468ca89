#pragma once

#include "CaseLedger.h"
#include "Clock.h"
#include "EnforcementCase.h"
#include "FieldMarker.h"
#include "Unit.h"
#include "WriteResult.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CaseDialog;
}
class CaseHistoryModel;

// The case form: every field of a case, checked as the clerk types (a field
// is judged once touched) and again on save; and, for a stored case, its
// history with the actions that add to it. The dialog edits values; the
// save handler writes them and reports what the database refused.
class CaseDialog : public QDialog
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
    bool isModified() const { return m_modified; }
    qint64 selectedEventId() const;

    // The fields' problems as the form stands (parsing, then the core's rules).
    FieldProblems problems() const;

public slots:
    void save();
    void reject() override;

signals:
    void addEventRequested();
    void correctionRequested(qint64 eventId);

protected:
    void changeEvent(QEvent *event) override;

private:
    EnforcementCase fromForm() const;
    void fieldEdited(const QString &key);
    void updateProblems(bool all);
    void updateStatus();
    void updateTitle();
    void fillChoices();

    std::unique_ptr<Ui::CaseDialog> ui;
    CaseHistoryModel *m_history;
    FieldMarker m_marker;
    UnitList m_units;
    const Clock &m_clock;
    SaveHandler m_save;
    EnforcementCase m_case;
    std::optional<CaseLedger> m_ledger;
    QSet<QString> m_touched;
    bool m_modified = false;
    bool m_loading = false;
};
