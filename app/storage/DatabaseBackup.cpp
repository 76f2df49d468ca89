#include "DatabaseBackup.h"

#include "FileErrors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
// The copy reaches the disk before it takes its name.
bool flushToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}
} // namespace

QString DatabaseBackup::datedName(QDate day, const QString &baseName)
{
    return QStringLiteral("%1-%2.db").arg(baseName, day.toString(Qt::ISODate));
}

bool DatabaseBackup::write(QSqlDatabase db, const QString &target, QString *error)
{
    const QString shown = QDir::toNativeSeparators(target);
    const QFileInfo info(target);
    if (info.exists()) {
        *error = tr("%1 already exists; it was left as it is. Choose another name.").arg(shown);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // An empty file under a unique name beside the target: VACUUM INTO fills it.
    QTemporaryFile partial(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    if (!partial.open()) {
        *error = FileErrors::notWritten(target, partial);
        return false;
    }
    partial.close();
    QSqlQuery vacuum(db);
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(partial.fileName());
    if (!vacuum.exec()) {
        *error = tr("%1 could not be written: %2").arg(shown, vacuum.lastError().databaseText());
        return false;
    }
    if (!flushToDisk(partial.fileName())) {
        *error = FileErrors::notWritten(target);
        return false;
    }
    // rename() never replaces a file: a target made meanwhile is kept too.
    if (!partial.rename(target)) {
        *error = QFileInfo::exists(target) ? tr("%1 already exists; it was left as it is. Choose another name.").arg(shown)
                                           : FileErrors::notWritten(target, partial);
        return false;
    }
    partial.setAutoRemove(false);
    return true;
}

BackupFolder::BackupFolder(QString folder, const QString &databasePath)
    : m_folder(std::move(folder)), m_baseName(QFileInfo(databasePath).completeBaseName())
{
}

QString BackupFolder::folderFor(const QString &databasePath, const QString &fallback)
{
    const QFileInfo database(databasePath);
    const QFileInfo beside(database.absoluteDir().filePath(QStringLiteral("backups")));
    if (beside.isDir() ? beside.isWritable() : QFileInfo(database.absolutePath()).isWritable())
        return beside.absoluteFilePath();
    return QDir(fallback).filePath(QStringLiteral("backups"));
}

QString BackupFolder::fileFor(QDate day) const
{
    return QDir(m_folder).filePath(DatabaseBackup::datedName(day, m_baseName));
}

QStringList BackupFolder::backups() const
{
    const QRegularExpression dated(QStringLiteral("^%1-\\d{4}-\\d{2}-\\d{2}\\.db$")
                                       .arg(QRegularExpression::escape(m_baseName)));
    QStringList names = QDir(m_folder).entryList({m_baseName + QStringLiteral("-*.db")}, QDir::Files, QDir::Name);
    names.removeIf([&dated](const QString &name) { return !dated.match(name).hasMatch(); });
    std::reverse(names.begin(), names.end()); // ISO dates sort as text
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths << QDir(m_folder).filePath(name);
    return paths;
}

bool BackupFolder::hasBackupOf(QDate day) const
{
    return QFileInfo::exists(fileFor(day));
}

bool BackupFolder::backUp(QSqlDatabase db, QDate day, int keep, QString *written, QString *error) const
{
    written->clear();
    if (!hasBackupOf(day)) {
        if (!QDir().mkpath(m_folder)) {
            *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(m_folder));
            return false;
        }
        if (!DatabaseBackup::write(db, fileFor(day), error))
            return false;
        *written = fileFor(day);
    }
    prune(keep);
    return true;
}

QStringList BackupFolder::prune(int keep) const
{
    QStringList removed;
    const QStringList all = backups();
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            removed << all.at(i);
    }
    return removed;
}
