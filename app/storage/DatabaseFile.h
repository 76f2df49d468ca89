#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// A database file opened by SQLite alone, to look at it without migrating it
// or writing to it (PRAGMA query_only): for thads-cli check, and for a backup
// before it is restored. SQLite replays a write-ahead log beside the file as
// it would for any reader; nothing else changes.
class DatabaseFile
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseFile)

public:
    // nullptr and a message naming the file when it is missing, not SQLite,
    // not a THADS database, or written by a newer THADS.
    static std::unique_ptr<DatabaseFile> open(const QString &path, QString *error);
    ~DatabaseFile();

    DatabaseFile(const DatabaseFile &) = delete;
    DatabaseFile &operator=(const DatabaseFile &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

private:
    DatabaseFile(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
};
