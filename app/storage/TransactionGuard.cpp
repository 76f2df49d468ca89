#include "TransactionGuard.h"

#include "Database.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
std::function<void()> &waitingHandler()
{
    static std::function<void()> handler;
    return handler;
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}
} // namespace

void TransactionGuard::setWaitingHandler(std::function<void()> handler)
{
    waitingHandler() = std::move(handler);
}

int TransactionGuard::waitSeconds()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("THADS_WRITE_WAIT", &ok);
    return ok && seconds >= 0 ? seconds : 30;
}

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    // SQLite itself waits up to its busy timeout on each try; between tries
    // the handler hears once that this write waits.
    const QDeadlineTimer deadline(qint64(waitSeconds()) * 1000);
    bool told = false;
    QSqlQuery begin(m_db);
    while (true) {
        if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_active = true;
            return;
        }
        const bool busy = isBusy(begin.lastError());
        if (busy && !told && waitingHandler())
            waitingHandler()();
        told = told || busy;
        if (!busy || deadline.hasExpired()) {
            m_error = Database::describe(m_db, begin.lastError());
            return;
        }
        QThread::msleep(100);
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commit(m_db);
    if (commit.exec(QStringLiteral("COMMIT"))) {
        m_active = false;
        return true;
    }
    // A failed COMMIT (disk full) leaves the transaction open: the destructor rolls it back.
    m_error = Database::describe(m_db, commit.lastError());
    return false;
}
