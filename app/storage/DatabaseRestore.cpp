#include "DatabaseRestore.h"

#include "DatabaseCheck.h"
#include "DatabaseFile.h"
#include "FileErrors.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {
// What SQLite keeps beside a database file.
const char *const kCompanions[] = {"-wal", "-shm", "-journal"};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : kCompanions)
        QFile::remove(path + QLatin1String(suffix));
}

// Checks a copy of the backup (first page, integrity, references); SQLite may
// replay a log that came with it. The copy has no log or shared memory after.
bool verifyCopy(const QString &copy, const QString &backup, QString *error)
{
    {
        QString problem;
        const auto file = DatabaseFile::open(copy, &problem);
        if (!file) {
            // The message names the copy; the person chose the backup.
            *error = problem.replace(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(backup));
            return false;
        }
        for (const auto &check : {IntegrityCheck().run(file->sql()), ForeignKeyCheck().run(file->sql())}) {
            if (!check.isEmpty()) {
                *error = DatabaseRestore::tr("The backup %1 cannot be restored: %2")
                             .arg(QDir::toNativeSeparators(backup), check.first());
                return false;
            }
        }
    }
    for (const char *suffix : kCompanions) {
        const QString companion = copy + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QFile::remove(companion)) {
            *error = FileErrors::notWritten(companion);
            return false;
        }
    }
    return true;
}

// Writes the current file's log into it where SQLite can open it, so the file
// kept aside is whole by itself. False when another program has the file open.
bool checkpoint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return true; // not a file SQLite can open: moved aside as it is
    file.close();
    static QAtomicInt counter;
    const QString name = QStringLiteral("thads-restore-%1").arg(counter.fetchAndAddRelaxed(1));
    bool inUse = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            // busy = 1 when another connection is reading or writing the log
            if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next())
                inUse = q.value(0).toInt() != 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    // The last connection to close removes the log; it stays while another has it open.
    return !inUse && !QFileInfo::exists(path + QStringLiteral("-wal"));
}

struct Move
{
    QString from;
    QString to;
};

void undo(const QList<Move> &done)
{
    for (auto it = done.crbegin(); it != done.crend(); ++it)
        QFile::rename(it->to, it->from);
}
} // namespace

QString DatabaseRestore::keptAsideName(const QString &target, const QDateTime &now)
{
    return QStringLiteral("%1.before-restore-%2").arg(target, now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool DatabaseRestore::verify(const QString &backup, QString *error)
{
    if (!QFileInfo(backup).isFile()) {
        *error = tr("The backup %1 does not exist.").arg(QDir::toNativeSeparators(backup));
        return false;
    }
    // The copy (and whatever SQLite makes beside it) goes with its temporary folder.
    const QTemporaryDir temporary;
    const QString copy = temporary.filePath(QStringLiteral("backup.db"));
    error->clear();
    const bool ok = temporary.isValid() && QFile::copy(backup, copy) && verifyCopy(copy, backup, error);
    if (!ok && error->isEmpty())
        *error = tr("The backup %1 cannot be read.").arg(QDir::toNativeSeparators(backup));
    return ok;
}

bool DatabaseRestore::restore(const QString &target, const QString &backup, const QDateTime &now,
                              QString *keptAside, QString *error)
{
    keptAside->clear();
    const QString shownTarget = QDir::toNativeSeparators(target);
    const QString shownBackup = QDir::toNativeSeparators(backup);
    const QFileInfo backupInfo(backup);
    if (!backupInfo.isFile()) {
        *error = tr("The backup %1 does not exist.").arg(shownBackup);
        return false;
    }
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == backupInfo.canonicalFilePath()) {
        *error = tr("%1 is the database itself, not a backup of it.").arg(shownBackup);
        return false;
    }
    if (targetInfo.exists() && !targetInfo.isFile()) {
        *error = tr("%1 is not a file.").arg(shownTarget);
        return false;
    }

    // 1. A copy beside the target, checked: what is checked is what goes in.
    const QString staging = target + QStringLiteral(".restoring");
    removeWithCompanions(staging);
    if (!QFile::copy(backup, staging)) {
        removeWithCompanions(staging);
        *error = tr("%1 could not be written (is the folder writable, is the disk full?).").arg(shownTarget);
        return false;
    }
    // A backup taken by copying a file in use may have its latest writes in its log.
    const QString backupLog = backup + QStringLiteral("-wal");
    if (QFileInfo(backupLog).size() > 0 && !QFile::copy(backupLog, staging + QStringLiteral("-wal"))) {
        removeWithCompanions(staging);
        *error = FileErrors::notWritten(target);
        return false;
    }
    if (!verifyCopy(staging, backup, error)) {
        removeWithCompanions(staging);
        return false;
    }

    // 2. The current file and what SQLite keeps beside it, moved aside whole.
    QList<Move> moves;
    if (targetInfo.exists()) {
        if (!checkpoint(target)) {
            removeWithCompanions(staging);
            *error = tr("The database %1 is in use by another program; close it there first. Nothing was changed.")
                         .arg(shownTarget);
            return false;
        }
        const QString aside = keptAsideName(target, now);
        if (QFileInfo::exists(aside)) {
            removeWithCompanions(staging);
            *error = tr("%1 already exists; try again in a second.").arg(QDir::toNativeSeparators(aside));
            return false;
        }
        moves << Move{target, aside};
        for (const char *suffix : kCompanions) {
            if (QFileInfo::exists(target + QLatin1String(suffix)))
                moves << Move{target + QLatin1String(suffix), aside + QLatin1String(suffix)};
        }
        *keptAside = aside;
    }
    QList<Move> done;
    for (const Move &move : std::as_const(moves)) {
        if (!QFile::rename(move.from, move.to)) {
            undo(done);
            removeWithCompanions(staging);
            keptAside->clear();
            *error = tr("%1 could not be moved aside; nothing was changed.").arg(QDir::toNativeSeparators(move.from));
            return false;
        }
        done << move;
    }

    // 3. The checked copy takes the database's name.
    if (!QFile::rename(staging, target)) {
        undo(done);
        removeWithCompanions(staging);
        keptAside->clear();
        *error = tr("%1 could not be written; nothing was changed.").arg(shownTarget);
        return false;
    }
    return true;
}
