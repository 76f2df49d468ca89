// File → Import cases… in the real window, as a clerk uses it: the file names
// typed, every row shown with its problems marked, nothing written until
// Import, the register showing what came in, Cancel during the import
// writing nothing, and no import into a read-only database.

#include "CaseListModel.h"
#include "CaseRegisterPage.h"
#include "CaseRepository.h"
#include "ImportDialog.h"
#include "ImportPreviewModel.h"
#include "Language.h"
#include "MainWindow.h"
#include "WidgetDriver.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString kHeader = u"Đơn vị,Số quyết định,Ngày quyết định,Hình thức,Loại việc,Số bản án,Ngày bản án,Tòa án,"
                        u"Người phải thi hành án,Người được thi hành án,Chấp hành viên,Số tiền phải thi hành,"
                        u"Nghĩa vụ khác"_s;

QString caseRow(const QString &unit, const QString &decision, const QString &date = u"15/03/2021"_s,
                const QString &amount = u"1.500.000"_s)
{
    return QStringList{unit, decision, date, u"chu_dong"_s, u"dan_su"_s, u"9/2021/DS-ST"_s, u"01/02/2021"_s,
                       u"TAND huyện Mai Sơn"_s, u"Nguyễn Văn Đông"_s, u"Lò Thị Hương"_s, u"Cầm Văn Sơn"_s,
                       amount, QString()}
        .join(u',');
}

qint64 caseCount(const MainWindow &window)
{
    return CaseRepository(window.session()).count();
}
} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void theFileMenuOffersImport();
    void aBadFileShowsItsProblemsAndWritesNothing();
    void aGoodFileImportsAndTheRegisterShowsIt();
    void cancelDuringTheImportWritesNothing();
    void aReadOnlyDatabaseCannotImport();

private:
    std::unique_ptr<MainWindow> openWindow();
    ImportDialog *openDialog(MainWindow &window);
    QString write(const QString &name, const QStringList &lines);
    static void enterFile(QLineEdit *edit, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestImportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::install(Language::Vietnamese);
}

void TestImportDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(u"thads.db"_s);
    QString error;
    QVERIFY2(Database::open(m_path, Database::OpenMode::CreateNew, &error), qPrintable(error));
}

std::unique_ptr<MainWindow> TestImportDialog::openWindow()
{
    QString error;
    auto database = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
    if (!database)
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    window->show();
    return window;
}

// File → Import cases…, as a clerk chooses it; the dialog once it is shown.
ImportDialog *TestImportDialog::openDialog(MainWindow &window)
{
    ImportDialog *dialog = nullptr;
    WidgetDriver::whenModal<ImportDialog>([&dialog](ImportDialog *d) { dialog = d; });
    QAction *action = window.findChild<QAction *>(u"actionImportCases"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return QTest::qWaitFor([&dialog] { return dialog != nullptr; }, 5000) ? dialog : nullptr;
}

QString TestImportDialog::write(const QString &name, const QStringList &lines)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("\xEF\xBB\xBF" + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    return file.fileName();
}

// The path typed into the file name box, then Enter.
void TestImportDialog::enterFile(QLineEdit *edit, const QString &path)
{
    edit->setFocus();
    edit->selectAll();
    WidgetDriver::type(edit, path);
    QTest::keyClick(edit, Qt::Key_Return);
}

void TestImportDialog::theFileMenuOffersImport()
{
    auto window = openWindow();
    QVERIFY(window);
    QMenu *file = window->menuBar()->findChild<QMenu *>(u"menuFile"_s);
    QVERIFY(file);
    QAction *action = window->findChild<QAction *>(u"actionImportCases"_s);
    QVERIFY(action);
    QVERIFY(file->actions().contains(action));
    QCOMPARE(action->text(), u"&Nhập hồ sơ từ tệp CSV..."_s);
    QVERIFY(action->isEnabled());
    ImportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(!dialog->importButton()->isEnabled()); // nothing chosen yet
    dialog->reject();
}

void TestImportDialog::aBadFileShowsItsProblemsAndWritesNothing()
{
    auto window = openWindow();
    QVERIFY(window);
    const QString cases = write(u"ho-so.csv"_s, {kHeader, caseRow(u"MSO"_s, u"1/QĐ-CCTHADS"_s),
                                                 caseRow(u"XXX"_s, u"2/QĐ-CCTHADS"_s, u"31/02/2021"_s),
                                                 caseRow(u"MSO"_s, u"3/QĐ-CCTHADS"_s)});
    const QString events = write(u"su-kien.csv"_s, {u"unit,decision_no,date,event,amount,note"_s,
                                                    u"MSO,1/QĐ-CCTHADS,01/04/2021,payment,2.000.000,"_s});
    ImportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    enterFile(dialog->findChild<QLineEdit *>(u"casesEdit"_s), cases);
    enterFile(dialog->findChild<QLineEdit *>(u"eventsEdit"_s), events);

    // Every row is shown, the problems at their cells.
    auto *view = dialog->findChild<QTableView *>(u"casesView"_s);
    QCOMPARE(view->model()->rowCount(), 3);
    const QModelIndex unit = view->model()->index(1, 0);
    QVERIFY(unit.data(ImportPreviewModel::ProblemRole).toBool());
    QVERIFY2(unit.data(Qt::ToolTipRole).toString().startsWith(u"ho-so.csv:3: unit: "_s),
             qPrintable(unit.data(Qt::ToolTipRole).toString()));
    QVERIFY(view->model()->index(1, 2).data(Qt::ToolTipRole).toString().startsWith(u"ho-so.csv:3: decision_date: "_s));
    QVERIFY(!view->model()->index(0, 0).data(ImportPreviewModel::ProblemRole).toBool());
    auto *eventsView = dialog->findChild<QTableView *>(u"eventsView"_s);
    QVERIFY(eventsView->model()->index(0, 4).data(ImportPreviewModel::ProblemRole).toBool()); // 2M of 1.5M
    if (!qEnvironmentVariableIsEmpty("THADS_SCREENSHOTS")) {
        QTest::qWait(50); // laid out
        dialog->grab().save(qEnvironmentVariable("THADS_SCREENSHOTS") + u"/import-problems-cases.png"_s);
    }
    // ... listed below, each naming file, line, field and rule.
    auto *problems = dialog->findChild<QListWidget *>(u"problemList"_s);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 3);
    QVERIFY(problems->item(0)->text().startsWith(u"ho-so.csv:3: unit: "_s));
    QVERIFY(problems->item(2)->text().startsWith(u"su-kien.csv:2: amount: "_s));
    // Choosing a problem shows its cell.
    problems->setCurrentRow(2);
    auto *tabs = dialog->findChild<QTabWidget *>(u"tabs"_s);
    QCOMPARE(tabs->currentWidget()->objectName(), u"eventsTab"_s);
    QCOMPARE(eventsView->currentIndex(), eventsView->model()->index(0, 4));
    // The summary counts, and Import stays off.
    const QString summary = dialog->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"3 hồ sơ, 1 sự kiện; 2 dòng có lỗi."_s), qPrintable(summary));
    QVERIFY(!dialog->importButton()->isEnabled());
    // Enter in a file name checks it again; it never imports.
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"casesEdit"_s), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(caseCount(*window), 0);

    if (!qEnvironmentVariableIsEmpty("THADS_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("THADS_SCREENSHOTS") + u"/import-problems-events.png"_s);
    dialog->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(caseCount(*window), 0);
}

void TestImportDialog::aGoodFileImportsAndTheRegisterShowsIt()
{
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->registerPage()->matchingCount(), 0);
    // Excel's semicolons, detected.
    QStringList lines{QString(kHeader).replace(u',', u';')};
    for (const QString &no : {u"1/QĐ-CCTHADS"_s, u"2/QĐ-CCTHADS"_s, u"3/QĐ-CCTHADS"_s})
        lines << caseRow(u"MSO"_s, no).replace(u',', u';');
    const QString cases = write(u"ho-so.csv"_s, lines);
    const QString events = write(u"su-kien.csv"_s, {u"unit;decision_no;date;event;amount;note"_s,
                                                    u"MSO;1/QĐ-CCTHADS;01/04/2021;payment;500.000;"_s,
                                                    u"MSO;2/QĐ-CCTHADS;02/04/2021;verified_unable;;"_s});
    ImportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    enterFile(dialog->findChild<QLineEdit *>(u"casesEdit"_s), cases);
    enterFile(dialog->findChild<QLineEdit *>(u"eventsEdit"_s), events);
    QCOMPARE(dialog->casesModel()->rowCount(), 3);
    QCOMPARE(dialog->casesModel()->index(0, 8).data().toString(), u"Nguyễn Văn Đông"_s);
    QVERIFY(!dialog->findChild<QListWidget *>(u"problemList"_s)->isVisible());
    const QString format = dialog->findChild<QLabel *>(u"formatUsedLabel"_s)->text();
    QCOMPARE(format, u"Đã đọc cả hai tệp: UTF-8, dấu chấm phẩy (;)."_s);
    const QString summary = dialog->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"3 hồ sơ, 2 sự kiện; không có lỗi."_s), qPrintable(summary));
    QCOMPARE(caseCount(*window), 0); // shown, not written
    if (!qEnvironmentVariableIsEmpty("THADS_SCREENSHOTS"))
        dialog->grab().save(qEnvironmentVariable("THADS_SCREENSHOTS") + u"/import-ready.png"_s);

    QVERIFY(dialog->importButton()->isEnabled());
    QPointer<ImportDialog> guard(dialog);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QTRY_VERIFY(!guard); // closed once written
    QCOMPARE(caseCount(*window), 3);
    // The register shows them at once, and the status bar says what came in.
    QTRY_COMPARE(window->registerPage()->matchingCount(), 3);
    CaseListModel *model = window->registerPage()->model();
    QStringList shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, CaseListModel::DecisionNo).data().toString();
    shown.sort();
    QCOMPARE(shown, (QStringList{u"1/QĐ-CCTHADS"_s, u"2/QĐ-CCTHADS"_s, u"3/QĐ-CCTHADS"_s}));
    QCOMPARE(window->statusBar()->currentMessage(), u"Đã nhập 3 hồ sơ, 2 sự kiện."_s);
}

void TestImportDialog::cancelDuringTheImportWritesNothing()
{
    auto window = openWindow();
    QVERIFY(window);
    QStringList lines{kHeader};
    for (int i = 1; i <= 20; ++i)
        lines << caseRow(u"TPSL"_s, u"%1/QĐ-CCTHADS"_s.arg(i));
    const QString cases = write(u"ho-so.csv"_s, lines);
    ImportDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    enterFile(dialog->findChild<QLineEdit *>(u"casesEdit"_s), cases);
    QVERIFY(dialog->importButton()->isEnabled());

    // Cancel is pressed as soon as the progress dialog shows.
    bool cancelled = false;
    QTimer watcher;
    watcher.setInterval(0);
    connect(&watcher, &QTimer::timeout, dialog, [&] {
        auto *progress = dialog->findChild<QProgressDialog *>(u"importProgress"_s);
        if (!progress || !progress->isVisible() || cancelled)
            return;
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        if (!qEnvironmentVariableIsEmpty("THADS_SCREENSHOTS"))
            progress->grab().save(qEnvironmentVariable("THADS_SCREENSHOTS") + u"/import-progress.png"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        cancelled = true;
    });
    watcher.start();
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    watcher.stop();
    QVERIFY(cancelled);
    QCOMPARE(caseCount(*window), 0);
    QVERIFY(dialog->isVisible()); // still open, the files still shown
    const QString summary = dialog->findChild<QLabel *>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.startsWith(u"Đã hủy; không ghi gì."_s), qPrintable(summary));
    QCOMPARE(window->registerPage()->matchingCount(), 0);
    dialog->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(caseCount(*window), 0);
}

void TestImportDialog::aReadOnlyDatabaseCannotImport()
{
    // A file this user cannot write opens read-only. root writes anything, so
    // as root the file is opened as "nobody".
    QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFile::permissions(m_dir->path()) | QFile::ExeOther
                                                     | QFile::ReadOther | QFile::ExeGroup | QFile::ReadGroup));
    // (Real and effective user both, the saved one kept to come back.)
    const bool root = geteuid() == 0;
    if (root && setresuid(65534, 65534, 0) != 0)
        QSKIP("cannot act as another user");
    QString error;
    auto database = Database::open(m_path, Database::OpenMode::ExistingOnly, &error);
    if (root)
        QVERIFY(setresuid(0, 0, 0) == 0);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(database->isReadOnly());
    MainWindow window(std::move(database), Actor::program(QStringLiteral("tester")));
    window.show();
    QAction *action = window.findChild<QAction *>(u"actionImportCases"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
