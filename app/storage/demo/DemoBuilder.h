#pragma once

#include "DemoUsers.h"
#include "Session.h"

#include <QCoreApplication>

// Builds the demo province of Sơn La into a new, empty database: cases and
// their event logs for the statistical years 2019–2022 in all 13 units (and
// the backlog they inherit), with targets per unit and year, then entries in
// every register (complaints, reception, coercion, awards), and the demo's
// accounts (DemoUsers). The design comes
// from resources/data/demo-son-la.json; the same design gives the same
// database on every machine.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBuilder)

public:
    explicit DemoBuilder(const Session &session) : m_session(session) {}

    bool build(QString *error);
    qint64 caseCount() const { return m_cases; }
    qint64 eventCount() const { return m_events; }
    qint64 registerEntryCount() const { return m_registerEntries; } // complaints, receptions, coercions, awards
    const QList<DemoUsers::Account> &accounts() const { return m_accounts; }

private:
    const Session &m_session;
    qint64 m_cases = 0;
    qint64 m_events = 0;
    qint64 m_registerEntries = 0;
    QList<DemoUsers::Account> m_accounts;
};
