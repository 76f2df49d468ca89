// The audit viewer in the real window: changes made by two people, the viewer
// opened from the keyboard and the Tools menu, its rows under the right user,
// its filters driven as a person would, the chain's line (whole, then broken
// behind the triggers' back), Ctrl+C, and a case's changes beside its events.

#include "AuditActions.h"
#include "AuditDialog.h"
#include "AuditTrailModel.h"
#include "CaseFixtures.h"
#include "CaseRegisterPage.h"
#include "CaseRepository.h"
#include "Format.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestAuditViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensFromTheMenuWithTheNewestChangeFirst();
    void filtersAsAPersonChooses();
    void copiesTheSelectedRows();
    void exportsTheFilterAsCsv();
    void caseHistoryShowsItsChanges();
    void hidingTheActionHidesTheTrail();
    void tellsABrokenChain(); // last: it changes the trail behind the triggers' back

private:
    AuditDialog *openViewer();
    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    TestDatabase m_db;
    FixedClock m_lanClock{QDateTime(QDate(2026, 11, 20), QTime(8, 15))};
    std::unique_ptr<MainWindow> m_window;
    qint64 m_caseA = 0;
};

void TestAuditViewer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    const qint64 mso = m_db.unitId(QStringLiteral("MSO"));
    EnforcementCase a = CaseFixtures::makeCase(mso, QStringLiteral("7/QĐ-CCTHADS"), QDate(2021, 1, 5), 3'000'000);
    QVERIFY(CaseRepository(m_db.session()).create(&a).ok()); // by "tester"
    m_caseA = a.id;
    // Lân changes the obligor and records a payment.
    const Session lan(m_db.database(), Actor{QStringLiteral("lân")}, m_lanClock);
    a.obligorName = QStringLiteral("Lò Văn Sơn");
    QVERIFY(CaseRepository(lan).update(a).ok());
    CaseEvent pay = CaseFixtures::event(EventType::Payment, QDate(2021, 2, 1), 1'000'000);
    QVERIFY(CaseRepository(lan).addEvent(a.id, &pay).ok());

    QString error;
    auto database = Database::open(m_db.path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAuditViewer::cleanupTestCase()
{
    m_window.reset();
}

AuditDialog *TestAuditViewer::openViewer()
{
    QApplication::setActiveWindow(m_window.get());
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AuditDialog *dialog = m_window->auditDialog();
    if (dialog)
        QApplication::setActiveWindow(dialog);
    return dialog;
}

void TestAuditViewer::opensFromTheMenuWithTheNewestChangeFirst()
{
    // In the Tools menu, by its name.
    QAction *action = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == QStringLiteral("&Công cụ")) {
            for (QAction *item : menu->menu()->actions()) {
                if (item->objectName() == QLatin1String("actionAuditTrail"))
                    action = item;
            }
        }
    }
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("&Nhật ký thay đổi..."));
    action->trigger();
    AuditDialog *dialog = m_window->auditDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Nhật ký thay đổi"));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("auditView"));
    QVERIFY(view->model()->rowCount() > 0);
    // The payment's cached state was the last write, by Lân, on 20/11/2026.
    QCOMPARE(cell(view, 0, AuditTrailModel::User), QStringLiteral("lân"));
    QVERIFY2(cell(view, 0, AuditTrailModel::Time).startsWith(QStringLiteral("20/11/2026 08:15")),
             qPrintable(cell(view, 0, AuditTrailModel::Time)));
    QCOMPARE(cell(view, 0, AuditTrailModel::Action), QStringLiteral("Sửa"));
    QCOMPARE(cell(view, 0, AuditTrailModel::Table), QStringLiteral("Hồ sơ thi hành án"));
    QCOMPARE(cell(view, 0, AuditTrailModel::Row), QStringLiteral("7/QĐ-CCTHADS (Mai Sơn)"));
    QVERIFY2(cell(view, 0, AuditTrailModel::Changes).contains(QStringLiteral("Còn phải thi hành: %1 → %2").arg(Format::money(3'000'000), Format::money(2'000'000))),
             qPrintable(cell(view, 0, AuditTrailModel::Changes)));
    // The chain is checked and says so.
    QTRY_VERIFY(dialog->isChainChecked());
    const QString chain = dialog->findChild<QLabel *>(QStringLiteral("chainLabel"))->text();
    QVERIFY2(chain.startsWith(QStringLiteral("Chuỗi nhật ký nguyên vẹn")), qPrintable(chain));
    dialog->close();
    // Ctrl+Shift+A opens it again.
    QCOMPARE(openViewer(), dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
}

void TestAuditViewer::filtersAsAPersonChooses()
{
    AuditDialog *dialog = openViewer();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("auditView"));
    auto *users = dialog->findChild<QComboBox *>(QStringLiteral("userCombo"));
    auto *tables = dialog->findChild<QComboBox *>(QStringLiteral("tableCombo"));
    const int all = view->model()->rowCount();
    QVERIFY(all > 13); // the units seeded, the tester's case, Lân's changes

    // The user, chosen from the keyboard.
    QVERIFY(users->findText(QStringLiteral("lân")) > 0);
    users->setFocus();
    while (users->currentText() != QStringLiteral("lân"))
        QTest::keyClick(users, Qt::Key_Down);
    QTRY_VERIFY(view->model()->rowCount() < all);
    QCOMPARE(view->model()->rowCount(), 3); // the case changed; the payment and the cached state it changed
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(cell(view, row, AuditTrailModel::User), QStringLiteral("lân"));

    // And the table: the events only.
    tables->setCurrentIndex(tables->findText(QStringLiteral("Sự kiện của hồ sơ")));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(view, 0, AuditTrailModel::Action), QStringLiteral("Thêm"));
    QVERIFY2(cell(view, 0, AuditTrailModel::Changes).contains(QStringLiteral("Số tiền: ") + Format::money(1'000'000)),
             qPrintable(cell(view, 0, AuditTrailModel::Changes)));

    // Days: from 21/11 on, nothing of Lân's.
    auto *from = dialog->findChild<QCheckBox *>(QStringLiteral("fromCheck"));
    auto *fromEdit = dialog->findChild<QDateEdit *>(QStringLiteral("fromEdit"));
    from->click();
    QVERIFY(fromEdit->isEnabled());
    fromEdit->setDate(QDate(2026, 11, 21));
    QCOMPARE(view->model()->rowCount(), 0);
    fromEdit->setDate(QDate(2026, 11, 20));
    QCOMPARE(view->model()->rowCount(), 1);

    // Clear, then a case by its decision number, typed, Enter.
    QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), all);
    auto *decision = dialog->findChild<QLineEdit *>(QStringLiteral("decisionEdit"));
    decision->setFocus();
    WidgetDriver::type(decision, QStringLiteral("7/QĐ-CCTHADS"));
    QTest::keyClick(decision, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter filters; it does not close the window
    QCOMPARE(dialog->focusWidget(), view);
    QCOMPARE(view->model()->rowCount(), 4); // created, Lân's change, the payment and the cached state
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QVERIFY(cell(view, row, AuditTrailModel::Row).startsWith(QStringLiteral("7/QĐ-CCTHADS (Mai Sơn)")));
    // A number no case has is said so.
    WidgetDriver::retype(decision, QStringLiteral("99/QĐ"));
    QTest::keyClick(decision, Qt::Key_Return);
    auto *caseLabel = dialog->findChild<QLabel *>(QStringLiteral("caseLabel"));
    QVERIFY(caseLabel->isVisible());
    QVERIFY2(caseLabel->text().contains(QStringLiteral("99/QĐ")), qPrintable(caseLabel->text()));
    QCOMPARE(view->model()->rowCount(), 0);
    QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    QVERIFY(!caseLabel->isVisible());
    dialog->close();
}

void TestAuditViewer::copiesTheSelectedRows()
{
    AuditDialog *dialog = openViewer();
    QVERIFY(dialog);
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("auditView"));
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header, two rows
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Thời gian\tNgười dùng\t")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("\tlân\tSửa\t")), qPrintable(lines.at(1)));
    dialog->close();
}

void TestAuditViewer::exportsTheFilterAsCsv()
{
    AuditDialog *dialog = openViewer();
    QVERIFY(dialog);
    auto *users = dialog->findChild<QComboBox *>(QStringLiteral("userCombo"));
    users->setCurrentIndex(users->findText(QStringLiteral("lân")));
    const QString path = m_db.folder() + QStringLiteral("/nhat-ky.csv");
    QString error;
    QVERIFY2(dialog->writeCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and Lân's three rows
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(QStringLiteral(",lân,")), qPrintable(line));
    QTest::mouseClick(dialog->findChild<QWidget *>(QStringLiteral("clearFiltersButton")), Qt::LeftButton);
    dialog->close();
}

void TestAuditViewer::caseHistoryShowsItsChanges()
{
    m_window->showView(MainWindow::View::Cases);
    CaseRegisterPage *page = m_window->registerPage();
    page->selectCase(m_caseA);
    QTRY_COMPARE(page->currentCaseId(), m_caseA);
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("historyTabs"));
    auto *changes = page->findChild<QTableView *>(QStringLiteral("changesView"));
    QVERIFY(tabs && changes);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Thay đổi (nhật ký)"));
    tabs->setCurrentIndex(1);
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->model()->rowCount(), 4);
    QCOMPARE(cell(changes, 0, AuditTrailModel::User), QStringLiteral("lân"));
    QCOMPARE(cell(changes, 3, AuditTrailModel::User), QStringLiteral("tester"));
    QCOMPARE(cell(changes, 3, AuditTrailModel::Action), QStringLiteral("Thêm"));
    bool obligor = false;
    for (int row = 0; row < changes->model()->rowCount(); ++row)
        obligor |= cell(changes, row, AuditTrailModel::Changes)
                       .contains(QStringLiteral("Người phải thi hành án: Cầm Thị Lan → Lò Văn Sơn"));
    QVERIFY(obligor);
    tabs->setCurrentIndex(0);
}

void TestAuditViewer::hidingTheActionHidesTheTrail()
{
    AuditActions *actions = m_window->auditActions();
    CaseRegisterPage *page = m_window->registerPage();
    auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("historyTabs"));
    actions->setAvailable(false);
    QVERIFY(!actions->showAction()->isVisible());
    QVERIFY(!tabs->isTabVisible(1));
    QCOMPARE(page->changesModel()->rowCount(), 0);
    actions->setAvailable(true);
    QVERIFY(tabs->isTabVisible(1));
    QCOMPARE(page->changesModel()->rowCount(), 4);
}

void TestAuditViewer::tellsABrokenChain()
{
    // Someone with the sqlite3 shell drops the trigger and changes a row.
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(m_db.path());
        QVERIFY(plain.open());
        QSqlQuery q(plain);
        QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'ai đó' WHERE id = 15")));
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    AuditDialog *dialog = openViewer(); // read again as it opens
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isChainChecked());
    const QString chain = dialog->findChild<QLabel *>(QStringLiteral("chainLabel"))->text();
    QVERIFY2(chain.contains(QStringLiteral("bị đứt")) && chain.contains(QStringLiteral("15")), qPrintable(chain));
    dialog->close();
}

QTEST_MAIN(TestAuditViewer)
#include "tst_auditviewer.moc"
