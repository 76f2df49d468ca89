#pragma once

#include "Target.h"
#include "Unit.h"
#include "WriteResult.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class TargetsDialog;
}
class TargetsModel;

// The targets editor: for a chosen statistical year and one of its decisions
// (number, date, issuer, in force from), each unit's case and money targets
// and the province's own, in percent with two decimals. The decisions list is
// the year's history; "New decision…" records a revision starting from the
// targets shown. "Copy last year's" fills the table from the year before;
// Save writes the decision and its targets at once (Ctrl+S). The dialog edits
// values; its store reads and writes.
class TargetsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Store
    {
        std::function<QList<TargetDecision>(int year)> decisions;
        std::function<QList<Target>(int year, qint64 decisionId)> targets; // 0: those without a decision
        std::function<QList<Target>(int year)> inForceAtEnd;
        // A decision with id 0 is new; none (nullptr): the targets without a decision.
        std::function<WriteResult(TargetDecision *decision, const QList<Target> &targets)> save;
    };

    TargetsDialog(const UnitList &units, Store store, int year, QWidget *parent = nullptr);
    ~TargetsDialog() override;

    TargetsModel *model() const { return m_model; }
    int year() const;

public slots:
    bool save();
    void copyLastYear();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showYear(int year);
    void showDecision(int index);
    void newDecision();
    TargetDecision decisionShown() const;
    void markModified();
    static QString decisionText(const TargetDecision &d);
    bool confirmDiscard();
    void updateTitle();

    std::unique_ptr<Ui::TargetsDialog> ui;
    TargetsModel *m_model;
    UnitList m_units;
    Store m_store;
    int m_shownYear = 0;
    int m_shownDecision = -1; // index in the decision list
    QList<TargetDecision> m_decisions; // id 0: new, not saved yet; a null number: the targets without a decision
};
