#pragma once

#include "CaseListQuery.h"
#include "Session.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class CaseRegisterPage;
}
class AuditTrailModel;
class CaseActions;
class CaseHistoryModel;
class CaseListModel;

// The clerk's main view: the register of cases (lazy, filtered and sorted in
// SQL), the filters above it, and the selected case's history below: its
// events, and its audit rows and its events' (who changed what, when).
class CaseRegisterPage : public QWidget
{
    Q_OBJECT

public:
    CaseRegisterPage(const Session &session, CaseActions *actions, QWidget *parent = nullptr);
    ~CaseRegisterPage() override;

    void setUnit(qint64 unitId);
    qint64 currentCaseId() const;
    bool currentCaseWritable() const { return m_currentWritable; } // the user may change it
    CaseListModel *model() const { return m_model; }
    AuditTrailModel *changesModel() const { return m_changes; }
    // The selected case's audit rows beside its events (hidden for a role that may not read the trail).
    void setChangesShown(bool shown);
    qint64 matchingCount() const;

    // The dashboard's drill-down: one unit, the cases a period left in these states.
    void showPeriodStates(qint64 unitId, QDate start, QDate end, const QSet<CaseState> &states,
                          const QString &description);

    void saveState() const;
    void restoreState();

public slots:
    void focusSearch();
    void refresh();
    void clearFilters();
    void openCurrent();
    void addEventToCurrent();
    void deleteCurrent();
    void selectCase(qint64 caseId);

signals:
    void matchingCountChanged(qint64 count);
    void currentCaseChanged(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilterChoices();
    void applyFilters();
    void resetFilterWidgets(); // every filter back to "all", without a signal
    void showDetails();
    void selectFirstCase();

    std::unique_ptr<Ui::CaseRegisterPage> ui;
    const Session &m_session;
    CaseActions *m_actions;
    CaseListModel *m_model;
    CaseHistoryModel *m_history;
    AuditTrailModel *m_changes;
    bool m_changesShown = true;
    QTimer m_searchDelay;
    qint64 m_unitId = 0;
    bool m_currentWritable = false;
    CaseFilter m_drillDown; // period and states of a drill-down, if any
};
