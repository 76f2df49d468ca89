#pragma once

#include "Clock.h"
#include "Database.h"
#include "Session.h"

#include <QTemporaryDir>

#include <memory>

// A fresh, migrated database in a temporary folder, with a session whose clock
// is pinned (default: 2026-11-25), for one test.
class TestDatabase
{
public:
    explicit TestDatabase(QDate today = QDate(2026, 11, 25));
    // A copy of the demo province (thads-cli demo), which CTest's fixture
    // thads_demo builds once per test run; a test executable run by hand
    // without it builds the demo into its own copy.
    static std::unique_ptr<TestDatabase> demo(QDate today = QDate(2026, 11, 25));

    bool isValid() const { return m_database != nullptr; }
    QString error() const { return m_error; }
    QString path() const;
    QString folder() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    const Session &session() const { return *m_session; }
    qint64 unitId(const QString &code) const;

private:
    enum class Contents { Empty, Demo };
    TestDatabase(QDate today, Contents contents);

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
    QString m_error;
};
