#include "Database.h"

#include "SchemaMigrator.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {
QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("thads-%1").arg(counter.fetchAndAddRelaxed(1));
}

const char *const kSideSuffixes[] = {"-wal", "-shm"};

// SQLite's primary result codes that a user must hear about in their words.
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, Full = 13, CantOpen = 14, Corrupt = 11, NotADatabase = 26 };

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1; // an extended code carries the primary one in its low byte
}

// A new QSQLITE connection to `path`. A database this user cannot write, with
// no write-ahead log in use, is read as a file nobody changes (`immutable`),
// so reading makes no -wal and -shm files, which would belong to this user and
// could keep the file's owner from writing it.
QSqlDatabase connection(const QString &name, const QString &path, bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (immutable) {
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    return db;
}

// What SQLite itself says a file holds, its write-ahead log replayed.
struct Contents
{
    QSqlError error; // the open or a read failed
    quint32 applicationId = 0;
    int userVersion = 0;
    qint64 schemaObjects = 0;

    bool isEmptyDatabase() const { return applicationId == 0 && userVersion == 0 && schemaObjects == 0; }
};

Contents probe(const QString &path, bool immutable)
{
    Contents contents;
    const QString name = newConnectionName();
    {
        QSqlDatabase db = connection(name, path, true, immutable);
        if (!db.open()) {
            contents.error = db.lastError();
        } else {
            QSqlQuery q(db);
            const auto read = [&](const QString &sql) -> qint64 {
                if (contents.error.isValid())
                    return 0;
                if (q.exec(sql) && q.next())
                    return q.value(0).toLongLong();
                contents.error = q.lastError();
                return 0;
            };
            contents.applicationId = quint32(read(QStringLiteral("PRAGMA application_id")));
            contents.userVersion = int(read(QStringLiteral("PRAGMA user_version")));
            contents.schemaObjects = read(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema"));
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

bool exec(QSqlDatabase db, const QString &statement, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError().text();
    return false;
}

bool isSqliteFile(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *size = file.size();
    return *size == 0 || file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}
} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
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

bool Database::removeFiles(const QString &path)
{
    bool removed = true;
    for (const QString &file : {path, path + QLatin1String(kSideSuffixes[0]), path + QLatin1String(kSideSuffixes[1])})
        removed = (!QFileInfo::exists(file) || QFile::remove(file)) && removed;
    return removed;
}

QString Database::readOnlyMessage(const QString &path)
{
    return tr("The database %1 is read-only for you (the file or its folder cannot be written); "
              "nothing was changed.")
        .arg(QDir::toNativeSeparators(path));
}

QString Database::describe(const QSqlDatabase &db, const QSqlError &error)
{
    QString path = db.databaseName();
    if (path.startsWith(QLatin1String("file:"))) // opened by URI: the path without its query
        path = QUrl(path).path();
    const QString shown = QDir::toNativeSeparators(path);
    switch (sqliteCode(error)) {
    case Corrupt:
    case NotADatabase:
        return tr("The database %1 is damaged (thads-cli check lists what is wrong). Restore it from a backup.")
            .arg(shown);
    case ReadOnly:
        return readOnlyMessage(path);
    case Busy:
    case Locked:
        return tr("The database %1 is being written by another program; try again later.")
            .arg(shown);
    case Full:
        return tr("The disk holding %1 is full; nothing was written.").arg(shown);
    default:
        return error.text();
    }
}

std::unique_ptr<Database> Database::open(const QString &path, OpenMode mode, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const bool existed = info.exists();
    if (!existed && mode == OpenMode::ExistingOnly) {
        *error = tr("The database %1 does not exist.").arg(shown);
        return nullptr;
    }
    if (existed && mode == OpenMode::CreateNew) {
        *error = tr("The file %1 already exists; it was left as it is.").arg(shown);
        return nullptr;
    }
    const QFileInfo folder(info.absolutePath());
    bool isNew = !existed;
    bool readOnly = false;
    bool immutable = false;
    if (existed) {
        if (!info.isFile()) {
            *error = tr("%1 is not a file.").arg(shown);
            return nullptr;
        }
        qint64 size = 0;
        if (!info.isReadable() || !QFile(path).open(QIODevice::ReadOnly)) {
            *error = tr("The database %1 cannot be read (no permission).").arg(shown);
            return nullptr;
        }
        if (!isSqliteFile(path, &size)) {
            *error = tr("%1 is not a THADS database (it is not an SQLite file).").arg(shown);
            return nullptr;
        }
        // A database another connection has open may still be all in its write-ahead log.
        const bool inLog = QFileInfo(path + QLatin1String("-wal")).size() > 0;
        if (size == 0 && !inLog) {
            if (mode == OpenMode::ExistingOnly) { // opening must not write into an empty file
                *error = tr("%1 is empty, not a THADS database.").arg(shown);
                return nullptr;
            }
            isNew = true;
        } else {
            const auto writable = [&](const char *suffix) { return QFileInfo(path + QLatin1String(suffix)).isWritable(); };
            const bool sideFilesWritable = folder.isWritable() || (writable("-wal") && writable("-shm"));
            readOnly = !info.isWritable() || !sideFilesWritable;
            // A probe on a WAL file makes -wal and -shm files; ones it made go again on a refusal.
            QStringList madeByProbe;
            for (const char *suffix : kSideSuffixes) {
                if (!QFileInfo::exists(path + QLatin1String(suffix)))
                    madeByProbe << path + QLatin1String(suffix);
            }
            immutable = readOnly && (!folder.isWritable() || !inLog);
            const Contents contents = probe(path, immutable);
            QString refusal;
            if (contents.error.isValid()) {
                const int code = sqliteCode(contents.error);
                refusal = code == Corrupt || code == NotADatabase
                    ? tr("The database %1 is damaged. Restore it from a backup.").arg(shown)
                    : tr("The database %1 cannot be opened: %2.").arg(shown, contents.error.text());
            } else if (contents.isEmptyDatabase()) {
                isNew = true; // a fresh SQLite file with no schema: ours to create
            } else if (contents.applicationId != kApplicationId) {
                refusal = tr("%1 is an SQLite database of another program, not a THADS database.").arg(shown);
            } else if (contents.userVersion > kSchemaVersion) {
                refusal = tr("%1 was written by a newer version of THADS (schema %2; this program knows up to %3). "
                             "Update THADS to open it.")
                              .arg(shown)
                              .arg(contents.userVersion)
                              .arg(kSchemaVersion);
            } else if (readOnly && contents.userVersion < kSchemaVersion) {
                refusal = tr("%1 was written by an older version of THADS and is read-only here, so it cannot be "
                             "upgraded. Open it once where it can be written.")
                              .arg(shown);
            }
            if (!refusal.isEmpty()) {
                for (const QString &file : std::as_const(madeByProbe))
                    QFile::remove(file);
                *error = refusal;
                return nullptr;
            }
            if (readOnly && isNew) {
                *error = tr("%1 is an empty database and read-only here; THADS cannot create its tables.").arg(shown);
                return nullptr;
            }
        }
    }
    if (isNew && !folder.exists() && !QDir().mkpath(info.absolutePath())) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }

    const QString name = newConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, readOnly));
    QSqlDatabase db = connection(name, path, readOnly, immutable);
    if (!db.open()) {
        *error = tr("The database %1 cannot be opened: %2.").arg(shown, db.lastError().text());
        return nullptr;
    }
    QString sqlError;
    bool prepared = exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
        && exec(db, QStringLiteral("PRAGMA busy_timeout = 1000"), &sqlError);
    if (prepared && !readOnly) {
        prepared = exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError)
            && exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError)
            && SchemaMigrator(db).migrate(&sqlError);
    }
    if (!prepared) {
        *error = tr("The database %1 cannot be prepared: %2.").arg(shown, sqlError);
        database.reset();
        if (!existed) // leave no half-made file behind
            removeFiles(path);
        return nullptr;
    }
    return database;
}
