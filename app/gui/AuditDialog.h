#pragma once

#include "AuditTrail.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

namespace Ui {
class AuditDialog;
}
class AuditTrailModel;

// Tools → Audit trail: who changed what and when, newest first, filtered by
// user, table, days and case (decision number within a unit), read a page at
// a time as the list scrolls; and whether the trail's chain is whole, checked
// in steps while the window stays usable. Not modal: it can stay open beside
// the window. Ctrl+C copies the selected rows.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~AuditDialog() override;

    AuditTrailModel *model() const { return m_model; }
    // Reads the choices and the rows again, and checks the chain from the start.
    void refresh();
    bool isChainChecked() const { return m_chain.done; }
    void copySelection() const;
    // Asks where, then saves every row of the filter as CSV.
    void exportCsv();
    bool writeCsv(const QString &path, QString *error) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void applyFilters();
    void apply(bool reread); // reread: the rows again even when the filter is the same
    void clearFilters();
    void checkChainStep();
    void showChain();
    void updateCount();

    std::unique_ptr<Ui::AuditDialog> ui;
    QSqlDatabase m_db;
    AuditTrailModel *m_model;
    AuditChainCheck m_chain;
    qint64 m_lastId = 0; // the newest row when the check started, for its progress
    QString m_chainError;
    QTimer m_chainSteps;
    QTimer m_typingDelay;
};
