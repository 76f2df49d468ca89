#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Database.h"

#include <QCoreApplication>

#include <optional>

// Checks a user name and password against the users table. Five wrong
// passwords in a row lock the account for 15 minutes; a right one resets the
// count. Unknown names and wrong passwords get the same message.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(SignIn)

public:
    static constexpr int kAttempts = 5;
    static constexpr int kLockMinutes = 15;

    SignIn(Database &database, const Clock &clock = Clock::system()) : m_database(database), m_clock(clock) {}

    // The signed-in user as the actor of a session, or nullopt with *error set.
    // *mustChangePassword says the administrator set the password.
    std::optional<Actor> attempt(const QString &name, const QString &password, QString *error,
                                 bool *mustChangePassword = nullptr);

private:
    Database &m_database;
    const Clock &m_clock;
};
