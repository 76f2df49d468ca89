#pragma once

#include "Session.h"
#include "WriteResult.h"

#include <QDialog>

#include <memory>

namespace Ui {
class UsersDialog;
}

// The administrator's list of accounts (Tools → Users): add one, set a
// password (the user chooses their own at the next sign-in), disable or enable
// one. Every change goes through UserRepository, which refuses anyone else.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(const Session &session, QWidget *parent = nullptr);
    ~UsersDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void updateButtons();
    qint64 selectedUserId() const;
    void addUser();
    void setPassword();
    void toggleDisabled();
    void tell(const WriteResult &result);

    std::unique_ptr<Ui::UsersDialog> ui;
    const Session &m_session;
};
