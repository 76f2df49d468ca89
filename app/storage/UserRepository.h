#pragma once

#include "Session.h"
#include "User.h"
#include "WriteResult.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

// THADS accounts. Only an administrator writes them — except the first
// administrator of a database that has none, and a user's own password. Every
// write is audited (never the password or its hash).
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(const Session &session) : m_session(session) {}

    UserList all() const; // by name
    std::optional<User> byName(const QString &name) const; // case-insensitive
    std::optional<User> byId(qint64 id) const;
    bool isEmpty() const; // no account yet: the first start asks for the administrator

    // The rules of a new account and a password, as messages naming the field.
    static FieldProblems problems(const User &user);
    static std::optional<QString> passwordProblem(const QString &password, const QString &userName);

    WriteResult create(User *user, const QString &password); // sets user->id
    WriteResult update(const User &user);                    // full name, role, unit
    // An administrator sets a password (the user must change it at the next
    // sign-in) and lifts a lock from wrong passwords.
    WriteResult resetPassword(qint64 userId, const QString &password);
    // The signed-in user's own new password.
    WriteResult changeOwnPassword(const QString &password);
    WriteResult setDisabled(qint64 userId, bool disabled);

private:
    WriteResult write(const User &before, const User &after, const QString &passwordHash);
    // One account's change in its own transaction: read it, let `edit` change
    // it (or refuse), then write and audit it; an administrator's unless not `byAdministrator`.
    WriteResult change(qint64 userId, bool byAdministrator, const std::function<WriteResult(User *)> &edit,
                       const QString &passwordHash = {});
    // The stored form of a new password, or empty with *refused saying why.
    static QString hashFor(const QString &password, const QString &userName, WriteResult *refused);
    const Session &m_session;
};
