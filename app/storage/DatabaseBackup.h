#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

// A copy of an open database, taken while it is in use (SQLite's VACUUM INTO:
// one consistent snapshot, compacted, without its write-ahead log). The copy
// is written under a temporary name beside the target and renamed into place,
// so a failure leaves no file; an existing target is never overwritten.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    static bool write(QSqlDatabase db, const QString &target, QString *error);
    // "thads-2026-12-03.db": the name File → Back up proposes.
    static QString datedName(QDate day, const QString &baseName = QStringLiteral("thads"));
};

// The folder of the automatic backups of one database: at most one a day,
// named BASE-YYYY-MM-DD.db after the database's file name, the oldest removed
// beyond the number kept.
class BackupFolder
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    static constexpr int kDefaultKeep = 14;

    BackupFolder(QString folder, const QString &databasePath);
    // "backups" beside the database when that folder can be written, else in `fallback`.
    static QString folderFor(const QString &databasePath, const QString &fallback);

    QString folder() const { return m_folder; }
    QString fileFor(QDate day) const;
    QStringList backups() const; // the paths of this database's backups, newest first
    bool hasBackupOf(QDate day) const;
    // Backs up `db` unless `day` already has a backup, then keeps the newest `keep`.
    // True when nothing had to be done too; `written` is the new file, if any.
    bool backUp(QSqlDatabase db, QDate day, int keep, QString *written, QString *error) const;
    QStringList prune(int keep) const; // the files removed

private:
    QString m_folder;
    QString m_baseName;
};
