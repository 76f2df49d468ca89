#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// One open THADS database: an SQLite file through Qt Sql, foreign keys on,
// WAL, schema migrated to the current version. A file that is not SQLite, an
// SQLite file that is not ours, a damaged one or one newer than this program
// is refused before anything is written to it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode {
        ExistingOnly,    // the file must exist (the CLI's commands)
        CreateIfMissing, // the GUI's default database
        CreateNew,       // `thads-cli init` and `demo`: the file must not exist
    };

    static constexpr int kSchemaVersion = 2;
    static constexpr quint32 kApplicationId = 0x54484453; // "THDS" in the SQLite header

    // nullptr and a message naming the problem when the file cannot be used.
    static std::unique_ptr<Database> open(const QString &path, OpenMode mode, QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connectionName, false); }
    QString path() const { return m_path; }

    // The default file, in the user's application data folder.
    static QString defaultPath();

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};
