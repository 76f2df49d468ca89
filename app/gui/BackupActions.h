#pragma once

#include <QDate>
#include <QObject>

class Database;
class QAction;
class QMainWindow;

// File → Back up…, File → Restore from backup… and the automatic backup on
// exit. Each is its own action, so that a role can hide it (admins only,
// once there are users). The window does the restore itself, since it must
// close its database first; this asks which backup, checks it and confirms.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kKeepSetting = "backup/keep"; // how many automatic backups to keep

    explicit BackupActions(QMainWindow *window);

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }

    // Asks where (proposing thads-YYYY-MM-DD.db) and writes the backup.
    void backUp(const Database &database);
    // The backup to restore over `databasePath`, checked and confirmed; empty when
    // the person cancelled or the backup cannot be restored (they were told why).
    QString chooseBackupToRestore(const QString &databasePath);
    void tellRestored(const QString &backup, const QString &keptAside);
    void tellNotRestored(const QString &error);

    // At most one a day, into "backups" beside the database (or in the
    // application's data folder), keeping the last N. Never asks or warns:
    // the window is closing, so a failure is only logged.
    static void backUpOnExit(const Database &database, QDate today);

    void retranslate();

signals:
    void backUpRequested();
    void restoreRequested();

private:
    QMainWindow *m_window;
    QAction *m_backUp;
    QAction *m_restore;
};
