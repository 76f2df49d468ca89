#pragma once

#include "Actor.h"
#include "Clock.h"
#include "Database.h"

// Who works on which database, and what time it is: what every write needs.
// Repositories take a Session, so a write cannot forget who made it.
class Session
{
public:
    Session(Database &database, Actor actor, const Clock &clock = Clock::system())
        : m_database(database), m_actor(std::move(actor)), m_clock(clock)
    {
    }

    Database &database() const { return m_database; }
    QSqlDatabase sql() const { return m_database.sql(); }
    const Actor &actor() const { return m_actor; }
    const Clock &clock() const { return m_clock; }

private:
    Database &m_database;
    Actor m_actor;
    const Clock &m_clock;
};
