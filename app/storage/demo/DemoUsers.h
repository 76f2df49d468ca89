#pragma once

#include "Role.h"
#include "Session.h"

#include <QCoreApplication>
#include <QList>

// The demo's accounts: an administrator, a leader and one clerk per unit.
// Their passwords are printed by thads-cli demo and listed in README — a demo
// file is for trying THADS, never for real cases.
class DemoUsers
{
    Q_DECLARE_TR_FUNCTIONS(DemoUsers)

public:
    struct Account
    {
        QString name;
        QString password;
        Role role;
        QString unitCode; // a clerk's unit; empty for the others
    };

    explicit DemoUsers(const Session &session) : m_session(session) {}

    bool create(QString *error);
    const QList<Account> &accounts() const { return m_accounts; }

private:
    const Session &m_session;
    QList<Account> m_accounts;
};
