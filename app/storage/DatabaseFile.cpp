#include "DatabaseFile.h"

#include "Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("thads-file-%1").arg(counter.fetchAndAddRelaxed(1));
}

// One value of a PRAGMA; false when SQLite cannot read the file.
bool pragma(QSqlDatabase db, const QString &name, qint64 *value)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return false;
    *value = q.value(0).toLongLong();
    return true;
}
} // namespace

DatabaseFile::DatabaseFile(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

DatabaseFile::~DatabaseFile()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<DatabaseFile> DatabaseFile::open(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The file %1 does not exist.").arg(shown);
        return nullptr;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a file.").arg(shown);
        return nullptr;
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The file %1 cannot be read: %2.").arg(shown, file.errorString());
            return nullptr;
        }
        const QByteArray magic = file.read(16);
        if (magic.isEmpty()) {
            *error = tr("%1 is empty, not a THADS database.").arg(shown);
            return nullptr;
        }
        if (magic != QByteArrayLiteral("SQLite format 3\0")) {
            *error = tr("%1 is not a THADS database (it is not an SQLite file).").arg(shown);
            return nullptr;
        }
    }
    const QString name = newConnectionName();
    std::unique_ptr<DatabaseFile> database(new DatabaseFile(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("The file %1 cannot be opened: %2.").arg(shown, db.lastError().text());
        return nullptr;
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA query_only = ON"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    if (!pragma(db, QStringLiteral("application_id"), &applicationId)
        || !pragma(db, QStringLiteral("user_version"), &userVersion)) {
        *error = tr("%1 cannot be read as a database: its first page is damaged.").arg(shown);
        return nullptr;
    }
    if (quint32(applicationId) != Database::kApplicationId) {
        *error = tr("%1 is an SQLite database of another program, not a THADS database.").arg(shown);
        return nullptr;
    }
    if (userVersion > Database::kSchemaVersion) {
        *error = tr("%1 was written by a newer version of THADS (schema %2; this program knows up to %3).")
                     .arg(shown)
                     .arg(userVersion)
                     .arg(Database::kSchemaVersion);
        return nullptr;
    }
    database->m_schemaVersion = int(userVersion);
    return database;
}
