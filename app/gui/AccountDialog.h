#pragma once

#include "Unit.h"
#include "User.h"
#include "WriteResult.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class AccountDialog;
}

// An account's form: the first administrator of a database, a new user (an
// administrator adds one), or a new password only (after a reset). The
// password is typed twice; the save handler stores it, and the form stays
// open with the problem at its field when storage refuses. SetPassword: an
// administrator's temporary password for another user.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { FirstAdministrator, NewUser, NewPassword, SetPassword };
    using SaveHandler = std::function<WriteResult(User *, const QString &password)>;

    AccountDialog(Purpose purpose, const UnitList &units, QWidget *parent = nullptr);
    ~AccountDialog() override;

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }
    void setUser(const User &user); // the account whose password is set (NewPassword)
    User user() const;

public slots:
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showProblems(const FieldProblems &problems);

    std::unique_ptr<Ui::AccountDialog> ui;
    Purpose m_purpose;
    UnitList m_units;
    User m_user;
    SaveHandler m_save;
};
