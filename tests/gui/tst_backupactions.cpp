// File → Back up… and File → Restore from backup… in the real window, and the
// automatic backup when the window closes: dialogs answered as a person would.

#include "BackupActions.h"
#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "DatabaseBackup.h"
#include "Language.h"
#include "MainWindow.h"
#include "SignIn.h"
#include "SignInDialog.h"
#include "UserRepository.h"
#include "WidgetDriver.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
qint64 caseCount(const MainWindow &window)
{
    return CaseRepository(window.session()).count();
}

void addCase(const MainWindow &window, const QString &decision)
{
    EnforcementCase c = CaseFixtures::makeCase(1, decision, QDate(2021, 6, 1), 500000);
    QVERIFY(CaseRepository(window.session()).create(&c).ok());
}

QAction *fileAction(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

// Answers the file dialog that opens next with `path`; `proposed` gets what it
// offered. Tries again while the dialog stays open (its folder is read in the
// background, which can change the selection under a busy machine), and after
// 30 s rejects it, so that a test fails rather than hangs.
void answerFileDialog(const QString &path, QString *proposed = nullptr)
{
    auto *timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    auto seen = std::make_shared<bool>(false);
    QObject::connect(timer, &QTimer::timeout, [timer, ticks, seen, path, proposed] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (*seen || ++*ticks > 1500) { // answered, or none came within 30 s
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        if (!*seen && proposed)
            *proposed = dialog->selectedFiles().value(0);
        *seen = true;
        if (++*ticks > 1500) {
            dialog->reject();
            return;
        }
        // The folder chosen, then the name typed into the file name box, as a person does.
        const QFileInfo file(path);
        if (dialog->directory().absolutePath() != file.absolutePath())
            dialog->setDirectory(file.absolutePath());
        if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            edit->setText(file.fileName());
        else
            dialog->selectFile(file.fileName());
        if (dialog->selectedFiles().value(0) == path)
            static_cast<QDialog *>(dialog)->accept(); // as Save or Open does
    });
    timer->start(20);
}
} // namespace

class TestBackupActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theFileMenuOffersBothActions();
    void backUpProposesADatedNameAndWritesTheCopy();
    void restoreAsksThenReopensTheRestoredDatabase();
    void aDamagedBackupIsRefusedAndTheDatabaseStaysOpen();
    void closingBacksUpOnceADayAndKeepsTheNewest();

private:
    static constexpr const char *kPassword = "mật khẩu quản trị";
    std::unique_ptr<MainWindow> openWindow(); // signed in as the administrator
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBackupActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::install(Language::English);
}

void TestBackupActions::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("thads.db"));
    QString error;
    auto database = Database::open(m_path, Database::OpenMode::CreateNew, &error);
    QVERIFY2(database, qPrintable(error));
    // Backup and restore are the administrator's.
    const Session session(*database, Actor::program(QStringLiteral("tester")));
    User admin = User::make(QStringLiteral("quantri"), QStringLiteral("Quản trị"), Role::Admin);
    QVERIFY(UserRepository(session).create(&admin, QString::fromUtf8(kPassword)).ok());
}

std::unique_ptr<MainWindow> TestBackupActions::openWindow()
{
    QString error;
    auto database = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
    if (!database)
        return nullptr;
    QString signInError;
    const auto admin = SignIn(*database).attempt(QStringLiteral("quantri"), QString::fromUtf8(kPassword), &signInError);
    if (!admin)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(database), *admin);
    window->show();
    return window;
}

void TestBackupActions::theFileMenuOffersBothActions()
{
    auto window = openWindow();
    QVERIFY(window);
    QMenu *file = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(file);
    QStringList texts;
    for (QAction *action : file->actions())
        texts << action->text();
    QVERIFY2(texts.contains(QStringLiteral("&Back up...")) && texts.contains(QStringLiteral("&Restore from backup...")),
             qPrintable(texts.join(u'|')));
    QVERIFY(texts.indexOf(QStringLiteral("&Restore from backup...")) < texts.indexOf(QStringLiteral("&Quit")));
}

void TestBackupActions::backUpProposesADatedNameAndWritesTheCopy()
{
    auto window = openWindow();
    QVERIFY(window);
    addCase(*window, QStringLiteral("1/QĐ-CTHADS"));
    const QString target = m_dir->filePath(QStringLiteral("copy.db"));
    QString proposed;
    answerFileDialog(target, &proposed);
    fileAction(*window, QStringLiteral("actionBackUp"))->trigger();
    QCOMPARE(QFileInfo(proposed).fileName(),
             QStringLiteral("thads-%1.db").arg(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(QFileInfo::exists(target));
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("copy.db")),
             qPrintable(window->statusBar()->currentMessage()));
    QString error;
    auto copy = Database::open(target, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(copy, qPrintable(error));

    // The same name again: refused with a message, the first copy kept.
    const qint64 size = QFileInfo(target).size();
    QString warning;
    answerFileDialog(target);
    WidgetDriver::whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    fileAction(*window, QStringLiteral("actionBackUp"))->trigger();
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(QStringLiteral("already exists")), qPrintable(warning));
    QCOMPARE(QFileInfo(target).size(), size);
}

void TestBackupActions::restoreAsksThenReopensTheRestoredDatabase()
{
    auto window = openWindow();
    QVERIFY(window);
    addCase(*window, QStringLiteral("1/QĐ-CTHADS"));
    const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
    QString error;
    QVERIFY(DatabaseBackup::write(window->session().sql(), backup, &error));
    addCase(*window, QStringLiteral("2/QĐ-CTHADS")); // entered after the backup
    QCOMPARE(caseCount(*window), 2);

    QString question, result;
    answerFileDialog(backup);
    // The restored file has its own accounts: its administrator signs in again.
    WidgetDriver::whenModal<SignInDialog>([](SignInDialog *dialog) {
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(), QStringLiteral("quantri"));
        WidgetDriver::type(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QString::fromUtf8(kPassword));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    WidgetDriver::whenModal<QMessageBox>([&question, &result](QMessageBox *box) {
        question = box->text();
        WidgetDriver::whenModal<QMessageBox>([&result](QMessageBox *info) {
            result = info->text();
            info->accept();
        });
        if (QAbstractButton *yes = box->button(QMessageBox::Yes)) {
            yes->click();
        } else { // not the question: fail below rather than crash
            result = box->text();
            box->reject();
        }
    });
    fileAction(*window, QStringLiteral("actionRestoreBackup"))->trigger();
    QTRY_VERIFY(!result.isEmpty());
    QVERIFY2(question.contains(QStringLiteral("backup.db")) && question.contains(QStringLiteral("thads.db.before-restore-")),
             qPrintable(question));
    QVERIFY2(result.contains(QStringLiteral("The database was restored from")), qPrintable(result));
    QCOMPARE(window->session().database().path(), m_path);
    QCOMPARE(caseCount(*window), 1);
    const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("thads.db.before-restore-*")}, QDir::Files);
    QVERIFY(!kept.filter(QRegularExpression(QStringLiteral("^thads\\.db\\.before-restore-\\d{8}-\\d{6}$"))).isEmpty());
    QVERIFY2(result.contains(kept.first()), qPrintable(result));
}

void TestBackupActions::aDamagedBackupIsRefusedAndTheDatabaseStaysOpen()
{
    auto window = openWindow();
    QVERIFY(window);
    addCase(*window, QStringLiteral("1/QĐ-CTHADS"));
    const QString notes = m_dir->filePath(QStringLiteral("notes.db"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();
    QString warning;
    answerFileDialog(notes);
    WidgetDriver::whenModal<QMessageBox>([&warning](QMessageBox *box) {
        warning = box->text();
        box->accept();
    });
    fileAction(*window, QStringLiteral("actionRestoreBackup"))->trigger();
    QTRY_VERIFY(!warning.isEmpty());
    QVERIFY2(warning.contains(QStringLiteral("not an SQLite file")) && warning.contains(QStringLiteral("was not changed")),
             qPrintable(warning));
    QCOMPARE(caseCount(*window), 1);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.before-restore-*")}, QDir::Files).isEmpty());
}

void TestBackupActions::closingBacksUpOnceADayAndKeepsTheNewest()
{
    QSettings().setValue(QLatin1String(BackupActions::kKeepSetting), 2);
    const QDir backups(m_dir->filePath(QStringLiteral("backups")));
    QVERIFY(QDir().mkpath(backups.path()));
    for (const char *old : {"thads-2020-01-01.db", "thads-2020-01-02.db", "thads-2020-01-03.db"}) {
        QFile file(backups.filePath(QString::fromLatin1(old)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString today = QStringLiteral("thads-%1.db").arg(QDate::currentDate().toString(Qt::ISODate));
    {
        auto window = openWindow();
        QVERIFY(window);
        addCase(*window, QStringLiteral("1/QĐ-CTHADS"));
        QVERIFY(window->close());
    }
    QCOMPARE(backups.entryList(QDir::Files, QDir::Name), (QStringList{QStringLiteral("thads-2020-01-03.db"), today}));
    const QDateTime written = QFileInfo(backups.filePath(today)).lastModified();
    {
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(caseCount(*window), 1);
        QVERIFY(window->close());
    }
    QCOMPARE(backups.entryList(QDir::Files, QDir::Name).size(), 2);
    QCOMPARE(QFileInfo(backups.filePath(today)).lastModified(), written); // once a day
    QString error;
    auto copy = Database::open(backups.filePath(today), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(copy, qPrintable(error));
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
