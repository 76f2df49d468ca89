#pragma once

#include "Role.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A THADS account. The password is never here: storage keeps only its hash.
struct User
{
    qint64 id = 0;
    QString name;     // what the user types to sign in: lower case, a-z 0-9 . _ -
    QString fullName; // as people read it
    Role role = Role::Clerk;
    qint64 unitId = 0; // a clerk's unit; 0 for a leader or an administrator
    bool disabled = false;
    bool mustChangePassword = false; // after an administrator set it
    int failedSignIns = 0;
    QDateTime lockedUntil; // UTC; null when not locked

    // A new account: who it is, the rest as a new account has it.
    static User make(QString name, QString fullName, Role role, qint64 unitId = 0)
    {
        User u;
        u.name = std::move(name);
        u.fullName = std::move(fullName);
        u.role = role;
        u.unitId = unitId;
        return u;
    }
};

using UserList = QList<User>;
