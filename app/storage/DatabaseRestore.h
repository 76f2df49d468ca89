#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Puts a chosen backup in the place of a database file. The backup must be a
// THADS database this program can open, undamaged (PRAGMA integrity_check)
// and with every reference whole (PRAGMA foreign_key_check), checked on a copy
// beside the target. The current file is kept aside first, with its write-ahead
// log and shared memory, as FILE.before-restore-YYYYMMDD-HHMMSS (checkpointed
// first when it can be opened), so its log is never replayed onto the restored
// file; then the copy is renamed into place. Any refusal or failure leaves the
// current file as it was.
class DatabaseRestore
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    // Whether `backup` could be restored; false with the reason otherwise.
    static bool verify(const QString &backup, QString *error);
    // No connection of this process may have `target` open. `keptAside` is the
    // name the previous file was kept under (empty when there was none).
    static bool restore(const QString &target, const QString &backup, const QDateTime &now, QString *keptAside,
                        QString *error);
    static QString keptAsideName(const QString &target, const QDateTime &now);
};
