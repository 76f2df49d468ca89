#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;

// One open THADS database: an SQLite file through Qt Sql, foreign keys on,
// WAL, schema migrated to the current version. A file that is not SQLite, an
// SQLite file that is not ours or one newer than this program is refused
// before anything is written to it. What a file holds is judged by SQLite's
// own open, with its write-ahead log replayed; the pages are not all read
// here (that is `thads-cli check`), so damage deeper in the file is reported
// by the first read that meets it (see describe()). A file this user cannot
// write is opened read-only, and says so.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        ExistingOnly,    // the file must exist (the CLI's commands)
        CreateIfMissing, // the GUI's default database
        CreateNew,       // `thads-cli init` and `demo`: the file must not exist
    };

    static constexpr int kSchemaVersion = 7;
    static constexpr quint32 kApplicationId = 0x54484453; // "THDS" in the SQLite header

    // nullptr and a message naming the problem when the file cannot be used.
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode, QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }
    // Opened read-only because this user cannot write the file or its folder.
    bool isReadOnly() const { return m_readOnly; }
    // Why nothing can be written, naming the file; for writing commands and actions.
    QString readOnlyMessage() const { return readOnlyMessage(m_path); }
    static QString readOnlyMessage(const QString &path);

    // One line for the user about a failed statement on `db`: a damaged,
    // read-only, busy or full database in the UI language, naming the file;
    // anything else as SQLite said it.
    static QString describe(const QSqlDatabase &db, const QSqlError &error);

    // The default file, in the user's application data folder.
    static QString defaultPath();
    // Removes a database file with its write-ahead log and shared memory, so
    // that a log left by another database is never replayed onto a new one.
    static bool removeFiles(const QString &path);

private:
    Database(QString path, QString connectionName, bool readOnly);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};
