#pragma once

#include "Actor.h"
#include "Database.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SignInDialog;
}

// Asks for the user name (the last one is remembered, never the password) and
// the password, and signs in against the open database. A wrong password
// stays in the dialog with storage's message; five lock the account.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Database &database, QWidget *parent = nullptr);
    ~SignInDialog() override;

    std::optional<Actor> actor() const { return m_actor; }
    bool mustChangePassword() const { return m_mustChange; }

    // Who works in a window on this database: its first administrator when it
    // has no accounts yet, else the user who signs in (and chooses a new
    // password when an administrator set it). nullopt when the user gives up.
    static std::optional<Actor> ask(Database &database, QWidget *parent = nullptr,
                                    const QString &userName = QString());

public slots:
    void signIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    static std::optional<Actor> createAdministrator(Database &database, QWidget *parent);
    static bool chooseNewPassword(Database &database, const Actor &actor, QWidget *parent);

    std::unique_ptr<Ui::SignInDialog> ui;
    Database &m_database;
    std::optional<Actor> m_actor;
    bool m_mustChange = false;
};
