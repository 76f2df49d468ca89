#include "Database.h"

#include "SchemaMigrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QtEndian>

namespace {
QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("thads-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the 100-byte SQLite header says about a file, read without opening it
// with SQLite, so a file we refuse is never touched.
struct HeaderFacts
{
    bool isSqlite = false;
    bool isEmptyDatabase = false; // a fresh SQLite file with no schema
    quint32 applicationId = 0;
    qint32 userVersion = 0;
    bool sizeMatches = true;
};

HeaderFacts readHeader(const QByteArray &header, qint64 fileSize)
{
    HeaderFacts facts;
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return facts;
    facts.isSqlite = true;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const quint32 schemaCookie = qFromBigEndian<quint32>(bytes + 40);
    facts.userVersion = qFromBigEndian<qint32>(bytes + 60);
    facts.applicationId = qFromBigEndian<quint32>(bytes + 68);
    facts.isEmptyDatabase = schemaCookie == 0 && facts.userVersion == 0 && facts.applicationId == 0;
    // The in-header page count is only trustworthy when written by the same change.
    if (validFor == changeCounter && pageCount > 0)
        facts.sizeMatches = qint64(pageCount) * pageSize <= fileSize;
    return facts;
}

bool exec(QSqlDatabase db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("thads.db"));
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const bool existed = info.exists();
    bool isNew = !existed;
    bool empty = false; // an existing file without a database in it
    if (isNew && mode == OpenMode::ExistingOnly) {
        *error = tr("The database %1 does not exist.").arg(shown);
        return nullptr;
    }
    if (!isNew && mode == OpenMode::CreateNew) {
        *error = tr("The file %1 already exists; it was left as it is.").arg(shown);
        return nullptr;
    }
    if (!isNew) {
        if (!info.isFile()) {
            *error = tr("%1 is not a file.").arg(shown);
            return nullptr;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The database %1 cannot be read: %2.").arg(shown, file.errorString());
            return nullptr;
        }
        const qint64 size = file.size();
        const HeaderFacts header = readHeader(file.read(100), size);
        file.close();
        // A database another connection has open may still be all in its write-ahead log.
        const bool inLog = QFileInfo(path + QLatin1String("-wal")).size() > 0;
        if (size == 0) {
            isNew = true; // an empty file is a database not yet created
            empty = !inLog;
        } else if (!header.isSqlite) {
            *error = tr("%1 is not a THADS database (it is not an SQLite file).").arg(shown);
            return nullptr;
        } else if (header.isEmptyDatabase) {
            isNew = true;
            empty = !inLog;
        } else if (header.applicationId != kApplicationId) {
            *error = tr("%1 is an SQLite database of another program, not a THADS database.").arg(shown);
            return nullptr;
        } else if (header.userVersion > kSchemaVersion) {
            *error = tr("%1 was written by a newer version of THADS (schema %2; this program knows up to %3). "
                        "Update THADS to open it.")
                         .arg(shown)
                         .arg(header.userVersion)
                         .arg(kSchemaVersion);
            return nullptr;
        } else if (!header.sizeMatches) {
            *error = tr("The database %1 is damaged (the file is shorter than its header says). "
                        "Restore it from a backup.")
                         .arg(shown);
            return nullptr;
        } else {
            // Ours: check its pages before the first write, on a read-only
            // connection. On a WAL file that connection makes -wal and -shm
            // files; ones it made are removed again, so a refusal leaves nothing.
            QStringList madeByProbe;
            for (const char *suffix : {"-wal", "-shm"}) {
                if (!QFileInfo::exists(path + QLatin1String(suffix)))
                    madeByProbe << path + QLatin1String(suffix);
            }
            const QString probeName = newConnectionName();
            QString problem;
            {
                QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
                probe.setDatabaseName(path);
                probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
                if (!probe.open()) {
                    problem = probe.lastError().text();
                } else {
                    QSqlQuery check(probe);
                    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
                        problem = check.lastError().text();
                    else if (check.next() && check.value(0).toString() != QLatin1String("ok"))
                        problem = check.value(0).toString();
                }
                probe.close();
            }
            QSqlDatabase::removeDatabase(probeName);
            if (!problem.isEmpty()) {
                for (const QString &file : std::as_const(madeByProbe))
                    QFile::remove(file);
            }
            if (!problem.isEmpty()) {
                // Not SQLite's own report, which can run to pages of English: one line.
                *error = tr("The database %1 is damaged. Restore it from a backup.").arg(shown);
                return nullptr;
            }
        }
    }
    if (empty && mode == OpenMode::ExistingOnly) { // opening must not write into an empty file
        *error = tr("%1 is empty, not a THADS database.").arg(shown);
        return nullptr;
    }
    if (isNew && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = tr("The database %1 cannot be opened: %2.").arg(shown, db.lastError().text());
        return nullptr;
    }
    QString sqlError;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
        || !exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), &sqlError)
        || !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError)
        || !exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError)
        || !SchemaMigrator(db).migrate(&sqlError)) {
        *error = tr("The database %1 cannot be prepared: %2.").arg(shown, sqlError);
        database.reset();
        if (!existed) { // leave no half-made file behind
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(path + QLatin1String(suffix));
        }
        return nullptr;
    }
    return database;
}
