#include "BackupActions.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseRestore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace {
const QString kFolderSetting = QStringLiteral("backup/folder"); // where the last backup was written or read

QString filter()
{
    return BackupActions::tr("THADS databases (*.db);;All files (*)");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path).toHtmlEscaped();
}
} // namespace

BackupActions::BackupActions(QMainWindow *window)
    : QObject(window), m_window(window), m_backUp(new QAction(this)), m_restore(new QAction(this))
{
    m_backUp->setObjectName(QStringLiteral("actionBackUp"));
    m_restore->setObjectName(QStringLiteral("actionRestoreBackup"));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::backUpRequested);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restoreRequested);
    retranslate();
}

void BackupActions::retranslate()
{
    m_backUp->setText(tr("&Back up..."));
    m_backUp->setStatusTip(tr("Copy the open database to a backup file"));
    m_restore->setText(tr("&Restore from backup..."));
    m_restore->setStatusTip(tr("Replace the open database with a backup; the current file is kept aside"));
}

void BackupActions::backUp(const Database &database)
{
    const QString folder = QSettings().value(kFolderSetting, QFileInfo(database.path()).absolutePath()).toString();
    const QString proposed = QDir(folder).filePath(DatabaseBackup::datedName(QDate::currentDate()));
    // An existing file is refused below with a message, not overwritten.
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back up the database"), proposed, filter(),
                                                        nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DatabaseBackup::write(database.sql(), target, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(m_window, tr("Back up the database"), error);
        return;
    }
    QSettings().setValue(kFolderSetting, QFileInfo(target).absolutePath());
    m_window->statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)), 10000);
}

QString BackupActions::chooseBackupToRestore(const QString &databasePath)
{
    const QString folder = QSettings().value(kFolderSetting, QFileInfo(databasePath).absolutePath()).toString();
    const QString backup = QFileDialog::getOpenFileName(m_window, tr("Restore from backup"), folder, filter());
    if (backup.isEmpty())
        return {};
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool usable = DatabaseRestore::verify(backup, &error);
    QApplication::restoreOverrideCursor();
    if (!usable) {
        QMessageBox::warning(m_window, tr("Restore from backup"),
                             tr("%1\n\nThe database was not changed.").arg(error));
        return {};
    }
    QSettings().setValue(kFolderSetting, QFileInfo(backup).absolutePath());
    QMessageBox confirm(QMessageBox::Question, tr("Restore from backup"),
                        tr("<p>Replace the database <b>%1</b> with the backup <b>%2</b> (last changed %3)?</p>"
                           "<p>Everything entered since that backup is no longer in the database. The current "
                           "file is kept beside it as <b>%4.before-restore-…</b>, so nothing is lost.</p>")
                            .arg(shown(databasePath), shown(backup),
                                 QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat),
                                 QFileInfo(databasePath).fileName().toHtmlEscaped()),
                        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("restoreConfirmation"));
    confirm.button(QMessageBox::Yes)->setText(tr("&Restore"));
    confirm.setDefaultButton(QMessageBox::Cancel);
    return confirm.exec() == QMessageBox::Yes ? backup : QString();
}

void BackupActions::tellRestored(const QString &backup, const QString &keptAside)
{
    QMessageBox::information(m_window, tr("Restore from backup"),
                             tr("The database was restored from %1.\n\nThe previous file is kept as %2.")
                                 .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(keptAside)));
}

void BackupActions::tellNotRestored(const QString &error)
{
    QMessageBox::warning(m_window, tr("Restore from backup"), error);
}

void BackupActions::backUpOnExit(const Database &database, QDate today)
{
    const QString fallback = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const BackupFolder folder(BackupFolder::folderFor(database.path(), fallback), database.path());
    const int keep = QSettings().value(QLatin1String(kKeepSetting), BackupFolder::kDefaultKeep).toInt();
    QString written, error;
    if (!folder.backUp(database.sql(), today, keep, &written, &error))
        qWarning("thads: the automatic backup failed: %s", qUtf8Printable(error));
}
