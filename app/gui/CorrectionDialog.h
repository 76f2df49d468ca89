#pragma once

#include "CaseLedger.h"
#include "Clock.h"
#include "WriteResult.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CorrectionDialog;
}

// Voids one mistaken event with a dated, reasoned correction; the event stays
// in the history, struck through.
class CorrectionDialog : public QDialog
{
    Q_OBJECT

public:
    using SaveHandler = std::function<WriteResult(CaseEvent *)>;

    CorrectionDialog(const CaseLedger &ledger, qint64 eventId, const Clock &clock, QWidget *parent = nullptr);
    ~CorrectionDialog() override;

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    CaseEvent correction() const;

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void describe();

    std::unique_ptr<Ui::CorrectionDialog> ui;
    CaseLedger m_ledger;
    qint64 m_eventId;
    const Clock &m_clock;
    SaveHandler m_save;
};
