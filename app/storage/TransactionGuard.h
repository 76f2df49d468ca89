#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// One write transaction, all or nothing: it begins with BEGIN IMMEDIATE, so
// the write lock is held from the first read of the checks to the commit
// (two writers never check against the same state), and rolls back in its
// destructor unless commit() ran. While another program holds the lock it
// waits, telling the waiting handler, up to waitSeconds(); then it does not
// begin, and error() says why in the user's words.
class TransactionGuard
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool isActive() const { return m_active; }
    bool commit(); // false with error() set when the commit failed
    const QString &error() const { return m_error; }

    // Called once per write that has to wait for another writer (the CLI
    // prints a line, the GUI shows it in the status bar).
    static void setWaitingHandler(std::function<void()> handler);
    // THADS_WRITE_WAIT seconds, 30 by default.
    static int waitSeconds();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};
