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
};

using UserList = QList<User>;
