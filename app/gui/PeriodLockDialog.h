#pragma once

#include "Session.h"
#include "WriteResult.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PeriodLockDialog;
}

// The administrator's closing of the books (Tools → Close the books): the
// months closed so far, closing every month up to one for the province or a
// unit, and reopening one with a written reason. PeriodLockRepository does
// and audits each, and refuses anyone but an administrator.
class PeriodLockDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeriodLockDialog(const Session &session, QWidget *parent = nullptr);
    ~PeriodLockDialog() override;

signals:
    void booksChanged(); // a month was closed or reopened

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void closeBooks();
    void reopen();
    void tell(const WriteResult &result, const QString &done);
    static QString scopeText(qint64 unitId, const QString &unitName); // "the whole province" in a sentence

    std::unique_ptr<Ui::PeriodLockDialog> ui;
    const Session &m_session;
};
