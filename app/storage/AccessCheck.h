#pragma once

#include "Session.h"

#include <QCoreApplication>

// Storage's answer to "may this session's actor write this?", as the message
// the user reads; empty when it may. Every repository asks before it writes,
// whoever calls it (the window, thads-cli, an import).
class AccessCheck
{
    Q_DECLARE_TR_FUNCTIONS(AccessCheck)

public:
    explicit AccessCheck(const Session &session) : m_session(session) {}

    QString unitRefusal(qint64 unitId) const;  // cases, events, register entries
    QString adminRefusal() const;              // users, units, targets, the period lock

private:
    QString who() const;
    const Session &m_session;
};
