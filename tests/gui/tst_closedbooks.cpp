// Closed books (khóa sổ) as a user meets them in the window: the period
// selector marks closed years and periods with a lock, and the event dialog
// refuses a date in a closed month at once, saying why, and stores nothing.

#include "CaseFixtures.h"
#include "CaseRegisterPage.h"
#include "CaseRepository.h"
#include "DashboardPage.h"
#include "EventDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "PeriodLockDialog.h"
#include "PeriodLockRepository.h"
#include "PeriodSelector.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace WidgetDriver;

class TestClosedBooks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void thePeriodSelectorShowsALock();
    void theEventDialogRefusesAClosedMonth();
    void theAdministratorClosesAndReopensAMonth();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_case = 0;
};

void TestClosedBooks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::English);
}

void TestClosedBooks::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    CaseRepository cases(m_db->session());
    const qint64 unit = m_db->unitId(QStringLiteral("MSO"));
    EnforcementCase c = CaseFixtures::makeCase(unit, QStringLiteral("1/QĐ-CCTHADS"), QDate(2021, 1, 10), 5'000'000);
    QVERIFY(cases.create(&c).ok());
    m_case = c.id;
    CaseEvent able = CaseFixtures::event(EventType::VerifiedAble, QDate(2021, 1, 20));
    QVERIFY(cases.addEvent(m_case, &able).ok());
    EnforcementCase later = CaseFixtures::makeCase(unit, QStringLiteral("2/QĐ-CCTHADS"), QDate(2022, 1, 10), 1'000'000);
    QVERIFY(cases.create(&later).ok());
    QVERIFY(PeriodLockRepository(m_db->session()).closeUntil(QDate(2021, 9, 1), 0).ok());

    QString error;
    auto database = Database::open(m_db->path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("test")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestClosedBooks::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestClosedBooks::thePeriodSelectorShowsALock()
{
    m_window->findChild<QAction *>(QStringLiteral("actionShowDashboard"))->trigger();
    auto *dashboard = m_window->findChild<DashboardPage *>();
    QTRY_VERIFY(dashboard->isVisible());
    auto *selector = dashboard->findChild<PeriodSelector *>();
    auto *years = selector->findChild<QComboBox *>(QStringLiteral("periodYearCombo"));
    auto *lock = selector->findChild<QLabel *>(QStringLiteral("periodLockLabel"));
    QTRY_VERIFY(years->findData(2021) >= 0);
    QVERIFY(!years->itemIcon(years->findData(2021)).isNull()); // 09/2021 closed: the year shows a lock
    QVERIFY(years->itemIcon(years->findData(2022)).isNull());

    selector->setPeriod(StatisticalPeriod::year(2021));
    QVERIFY(lock->isVisibleTo(selector));
    QCoreApplication::processEvents(); // the layout makes room for the lock
    if (const QString folder = qEnvironmentVariable("THADS_SCREENSHOTS"); !folder.isEmpty()) // to look at
        m_window->grab().save(folder + QStringLiteral("/closed-books-dashboard.png"));
    QCOMPARE(lock->accessibleName(), QStringLiteral("Books closed"));
    QVERIFY2(lock->toolTip().contains(QStringLiteral("The books of 09/2021 were closed for the whole province")),
             qPrintable(lock->toolTip()));
    selector->setPeriod(StatisticalPeriod::months(2021, 6)); // to 31/03/2021: closed as well
    QVERIFY(lock->isVisibleTo(selector));
    selector->setPeriod(StatisticalPeriod::year(2022));
    QVERIFY(!lock->isVisibleTo(selector));
}

void TestClosedBooks::theEventDialogRefusesAClosedMonth()
{
    auto *view = m_window->registerPage()->findChild<QTableView *>(QStringLiteral("caseView"));
    // The list loads as the page shows: select the 2021 case once it is there.
    const auto selectCase = [&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            view->setCurrentIndex(view->model()->index(row, 0));
            if (m_window->registerPage()->currentCaseId() == m_case)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(selectCase());

    QString refusal;
    bool stayedOpen = false;
    whenModal<EventDialog>([&](EventDialog *dialog) {
        typeDate(dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit")), QDate(2021, 9, 15));
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        type->setCurrentIndex(type->findData(int(EventType::Payment)));
        retype(dialog->findChild<QWidget *>(QStringLiteral("amountEdit")), QStringLiteral("500000"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        refusal = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        stayedOpen = dialog->isVisible();
        QVERIFY(dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->property("invalid").toBool());
        dialog->reject();
    });
    QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(QStringLiteral("the books of 09/2021 are closed for the whole province")),
             qPrintable(refusal));
    QCOMPARE(CaseRepository(m_db->session()).events(m_case).size(), 1); // only the verification
}

void TestClosedBooks::theAdministratorClosesAndReopensAMonth()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionCloseBooks"));
    QVERIFY(action->isVisible());
    int before = 0, afterClosing = 0, afterReopening = 0;
    QString closedMonth, refusal, said;
    whenModal<PeriodLockDialog>([&](PeriodLockDialog *dialog) {
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("closedTable"));
        before = table->rowCount();
        dialog->findChild<QDateEdit *>(QStringLiteral("monthEdit"))->setDate(QDate(2021, 10, 1));
        dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        afterClosing = table->rowCount();
        closedMonth = table->item(0, 0)->text(); // the latest month first
        table->selectRow(0);
        dialog->findChild<QPushButton *>(QStringLiteral("reopenButton"))->click(); // without a reason
        refusal = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), QStringLiteral("QĐ số 12: nhập bổ sung"));
        dialog->findChild<QPushButton *>(QStringLiteral("reopenButton"))->click();
        afterReopening = table->rowCount();
        said = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        if (const QString folder = qEnvironmentVariable("THADS_SCREENSHOTS"); !folder.isEmpty()) // to look at
            dialog->grab().save(folder + QStringLiteral("/closed-books-dialog.png"));
        dialog->reject();
    });
    action->trigger();
    QTRY_VERIFY(afterReopening != 0);
    QCOMPARE(afterClosing, before + 1);
    QCOMPARE(closedMonth, QStringLiteral("10/2021"));
    QVERIFY2(refusal.startsWith(QStringLiteral("Nothing was changed")), qPrintable(refusal));
    QCOMPARE(afterReopening, before);
    QCOMPARE(said, QStringLiteral("Reopened 10/2021 for the whole province."));
    QVERIFY(!PeriodLockRepository::closedBooks(m_db->session().sql()).isClosed(0, QDate(2021, 10, 15)));
    QVERIFY(PeriodLockRepository::closedBooks(m_db->session().sql()).isClosed(0, QDate(2021, 9, 15)));
}

QTEST_MAIN(TestClosedBooks)
#include "tst_closedbooks.moc"
