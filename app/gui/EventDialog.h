#pragma once

#include "CaseLedger.h"
#include "ClosedBooks.h"
#include "Clock.h"
#include "EnforcementCase.h"
#include "FieldMarker.h"
#include "WriteResult.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class EventDialog;
}

// Records one event of a case. Only the events the lifecycle rules allow at
// the chosen date are offered, and the whole log is checked again before the
// save handler writes it.
class EventDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(CaseEvent *)>;

    EventDialog(const EnforcementCase &c, const CaseLedger &ledger, const Clock &clock, QWidget *parent = nullptr);
    ~EventDialog() override;

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    // The closed months (khóa sổ) of the case's unit: a date in one is refused at once, with the reason.
    void setClosedBooks(const ClosedBooks &books, const QString &unitName);
    CaseEvent event() const;
    QString problem() const; // what the rules say about the event as it stands; empty when fine

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void offerTypes();
    void update();
    // Shows the rule's message at the field it concerns (outline, tooltip, accessible description).
    QWidget *showProblem(const QString &message);
    QString problemField() const;
    std::optional<ClosedBooks::Closing> closedDate() const;

    std::unique_ptr<Ui::EventDialog> ui;
    EnforcementCase m_case;
    CaseLedger m_ledger;
    const Clock &m_clock;
    SaveHandler m_save;
    ClosedBooks m_closedBooks;
    QString m_unitName;
    bool m_edited = false;
    FieldMarker m_marker;
};
