#pragma once

#include "RegisterGrid.h"
#include "Session.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class RegistersPage;
}
class QTableView;
class RegisterActions;
class RegisterListModel;

// The registers beside the cases (sổ theo dõi): complaints and denunciations,
// citizen reception, coercion and awards, a tab each. One search box and the
// unit and period filters apply to every tab (in SQL); under the list, the
// current register's summary for that unit and period. Ins adds an entry,
// Enter opens one, Del deletes it.
class RegistersPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegistersPage(const Session &session, QWidget *parent = nullptr);
    ~RegistersPage() override;

    RegisterActions *actions() const { return m_actions; }
    RegisterKind currentRegister() const;
    RegisterListModel *model(RegisterKind kind) const;
    QTableView *view(RegisterKind kind) const;
    qint64 currentId() const;
    QString summaryText() const;

    void setUnit(qint64 unitId); // the main window's unit selector
    void showRegister(RegisterKind kind);

public slots:
    void refresh();
    void focusSearch();
    void focusList(); // the current register's table, so Ins, Enter and Del act on it
    void clearFilters();
    void newEntry(RegisterKind kind);
    void newEntryHere() { newEntry(currentRegister()); }
    void openCurrent();
    void deleteCurrent();
    void editTargets();

signals:
    void matchingCountChanged(qint64 count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void nameViews(); // each register's table is named for a screen reader
    void fillUnits();
    void applyFilters();
    void updateSummary();
    void updateButtons();
    void fitColumns(QTableView *view);

    std::unique_ptr<Ui::RegistersPage> ui;
    const Session &m_session;
    RegisterActions *m_actions;
    QList<RegisterListModel *> m_models; // in RegisterKind order
    QTimer m_searchDelay;
};
