// The clerk's workflow in the real main window, driven from the keyboard:
// enter a case, find it without diacritics, record a payment and completion,
// and see what refuses bad input.

#include "CaseDialog.h"
#include "CaseField.h"
#include "CaseListModel.h"
#include "CaseRegisterPage.h"
#include "CaseRepository.h"
#include "EventDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTableView>
#include <QScopeGuard>
#include <QTest>

using WidgetDriver::retype;
using WidgetDriver::type;
using WidgetDriver::whenModal;

class TestCaseRegister : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void entersACaseFromTheKeyboard();
    void findsItWithoutDiacritics();
    void recordsAPaymentAndTheCompletion();
    void refusesBadInput_data();
    void refusesBadInput();
    void keepsTheEditWhenTheDatabaseRefuses();
    void deletesOnlyACaseWithoutEvents();
    void switchesLanguageAtRuntime();

private:
    // A key press in the main window, which a closed dialog leaves inactive.
    void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Forms and questions open with open(): the key returns at once; wait until they are answered.
    static void settle(int timeoutMs = 10000);
    void fillValidCase(CaseDialog *dialog, const QString &decisionNo);
    qint64 caseCount() const;
    CaseRegisterPage *page() const { return m_window->registerPage(); }
    QTableView *caseView() const { return page()->findChild<QTableView *>(QStringLiteral("caseView")); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestCaseRegister::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    m_db = std::make_unique<TestDatabase>(QDate::currentDate());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void TestCaseRegister::init()
{
    QString error;
    auto database = Database::open(m_db->path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestCaseRegister::cleanup()
{
    m_window.reset();
}

void TestCaseRegister::press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(widget, key, modifiers);
}

void TestCaseRegister::settle(int timeoutMs)
{
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), timeoutMs);
}

qint64 TestCaseRegister::caseCount() const
{
    return CaseRepository(m_db->session()).count();
}

void TestCaseRegister::fillValidCase(CaseDialog *dialog, const QString &decisionNo)
{
    const auto edit = [dialog](const char *name) { return dialog->findChild<QWidget *>(QLatin1String(name)); };
    retype(edit("decisionNoEdit"), decisionNo);
    retype(edit("judgmentNoEdit"), QStringLiteral("15/2024/DS-ST"));
    retype(edit("courtEdit"), QStringLiteral("Tòa án nhân dân huyện Mai Sơn"));
    retype(edit("executorEdit"), QStringLiteral("Lò Văn Hùng"));
    retype(edit("amountDueEdit"), QStringLiteral("5000000"));
    retype(edit("obligorNameEdit"), QStringLiteral("Nguyễn Văn Hùng"));
    retype(edit("obligorAddressEdit"), QStringLiteral("Bản Hìn, xã Cò Nòi, huyện Mai Sơn"));
    retype(edit("obligeeNameEdit"), QStringLiteral("Lò Thị Lan"));
}

void TestCaseRegister::entersACaseFromTheKeyboard()
{
    const qint64 before = caseCount();
    QString amountShown;
    whenModal<CaseDialog>([&](CaseDialog *dialog) {
        fillValidCase(dialog, QStringLiteral("101/QĐ-CCTHADS"));
        amountShown = dialog->findChild<QLineEdit *>(QStringLiteral("amountDueEdit"))->text();
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    settle();
    QCOMPARE(amountShown, QStringLiteral("5.000.000")); // grouped as typed
    QCOMPARE(caseCount(), before + 1);
    // The new case is selected in the register.
    const qint64 id = page()->currentCaseId();
    QVERIFY(id != 0);
    const auto stored = CaseRepository(m_db->session()).find(id);
    QCOMPARE(stored->decisionNo, QStringLiteral("101/QĐ-CCTHADS"));
    QCOMPARE(stored->obligorName, QStringLiteral("Nguyễn Văn Hùng"));
    QCOMPARE(stored->amountDue, qint64(5000000));
}

void TestCaseRegister::findsItWithoutDiacritics()
{
    press(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("nguyen van hung"));
    press(search, Qt::Key_Return);
    QCOMPARE(page()->model()->totalCount(), qint64(1));
    QCOMPARE(page()->model()->index(0, CaseListModel::Obligor).data().toString(), QStringLiteral("Nguyễn Văn Hùng"));
    QVERIFY(caseView()->hasFocus()); // Enter moves on to the list, first row selected
    QVERIFY(page()->currentCaseId() != 0);

    retype(search, QStringLiteral("lo thi"));
    press(search, Qt::Key_Return);
    QCOMPARE(page()->model()->index(0, CaseListModel::Obligee).data().toString(), QStringLiteral("Lò Thị Lan"));
    retype(search, QStringLiteral("xyz khong co"));
    press(search, Qt::Key_Return);
    QCOMPARE(page()->model()->totalCount(), qint64(0));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text().startsWith(QLatin1Char('0')));
    search->clear();
}

void TestCaseRegister::recordsAPaymentAndTheCompletion()
{
    auto *search = page()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    retype(search, QStringLiteral("101/qd"));
    press(search, Qt::Key_Return);
    QCOMPARE(page()->model()->totalCount(), qint64(1));
    const qint64 id = page()->currentCaseId();

    const auto record = [this](EventType type, const QString &amount) {
        whenModal<EventDialog>([type, amount](EventDialog *dialog) {
                auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
            const int index = combo->findData(int(type));
            QVERIFY2(index >= 0, "the event is offered");
            combo->setCurrentIndex(index);
            if (!amount.isEmpty())
                retype(dialog->findChild<QWidget *>(QStringLiteral("amountEdit")), amount);
            QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        });
        press(caseView(), Qt::Key_E, Qt::ControlModifier);
        settle();
    };
    record(EventType::Payment, QStringLiteral("2000000"));
    const int row = page()->model()->rowOfCase(id);
    QCOMPARE(page()->model()->index(row, CaseListModel::AmountPaid).data().toString(), QStringLiteral("2.000.000"));
    QCOMPARE(page()->model()->index(row, CaseListModel::AmountRemaining).data().toString(),
             QStringLiteral("3.000.000"));
    QCOMPARE(page()->model()->index(row, CaseListModel::State).data().toString(),
             CaseStates::displayName(CaseState::InProgress));

    // Completion is not offered while money is due.
    bool completionOffered = true;
    whenModal<EventDialog>([&completionOffered](EventDialog *dialog) {
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        completionOffered = combo->findData(int(EventType::Completed)) >= 0;
        dialog->reject();
    });
    press(caseView(), Qt::Key_E, Qt::ControlModifier);
    settle();
    QVERIFY(!completionOffered);

    record(EventType::Payment, QStringLiteral("3.000.000"));
    record(EventType::Completed, QString());
    const int after = page()->model()->rowOfCase(id);
    QCOMPARE(page()->model()->index(after, CaseListModel::State).data().toString(),
             CaseStates::displayName(CaseState::Completed));
    QCOMPARE(page()->model()->index(after, CaseListModel::AmountRemaining).data().toString(), QStringLiteral("0"));
    QCOMPARE(CaseRepository(m_db->session()).events(id).size(), 3);
}

void TestCaseRegister::refusesBadInput_data()
{
    QTest::addColumn<QString>("field");  // the object name of the widget to spoil
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("key");    // the field its message names
    QTest::newRow("future decision date") << "decisionDateEdit"
                                          << QDate::currentDate().addYears(1).toString(Qt::ISODate)
                                          << "decision_date";
    QTest::newRow("decision before the judgment") << "judgmentDateEdit"
                                                  << QDate::currentDate().addDays(1).toString(Qt::ISODate)
                                                  << "decision_date";
    QTest::newRow("negative amount") << "amountDueEdit" << "-5" << "amount_due";
    QTest::newRow("amount with decimals") << "amountDueEdit" << "12,5" << "amount_due";
    QTest::newRow("duplicate decision number") << "decisionNoEdit" << "101/QĐ-CCTHADS" << "decision_no";
    QTest::newRow("missing obligor") << "obligorNameEdit" << "" << "obligor";
}

void TestCaseRegister::refusesBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, key);
    const qint64 before = caseCount();
    QString message, tooltip;
    bool stillOpen = false;
    whenModal<CaseDialog>([&](CaseDialog *dialog) {
        fillValidCase(dialog, QStringLiteral("202/QĐ-CCTHADS"));
        // The duplicate must be in the same unit as the first case.
        auto *spoiled = dialog->findChild<QWidget *>(field);
        if (auto *date = qobject_cast<QDateEdit *>(spoiled))
            WidgetDriver::typeDate(date, QDate::fromString(typed, Qt::ISODate));
        else
            retype(spoiled, typed);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        stillOpen = dialog->isVisible();
        message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        tooltip = dialog->findChild<QWidget *>(QStringLiteral("decisionDateEdit"))->toolTip()
            + spoiled->toolTip();
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        QTest::keyClick(dialog, Qt::Key_Escape); // unsaved changes: asks, then discards
    });
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    settle();
    QVERIFY(stillOpen);
    CaseField expected;
    QVERIFY(CaseFields::fromKey(key, &expected));
    QVERIFY2(message.contains(CaseFields::label(expected)), qPrintable(message));
    QVERIFY2(tooltip.contains(CaseFields::label(expected)), qPrintable(tooltip));
    QCOMPARE(caseCount(), before);
}

void TestCaseRegister::keepsTheEditWhenTheDatabaseRefuses()
{
    // Another workstation holds the write lock: the save waits, fails, is
    // reported in Vietnamese, and the form keeps what was typed.
    qputenv("THADS_WRITE_WAIT", "1");
    const auto restore = qScopeGuard([] { qunsetenv("THADS_WRITE_WAIT"); });
    QSqlQuery lock(m_db->session().sql());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const qint64 before = caseCount();
    QString message, keptName;
    whenModal<CaseDialog>([&](CaseDialog *dialog) {
        fillValidCase(dialog, QStringLiteral("303/QĐ-CCTHADS"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        keptName = dialog->findChild<QLineEdit *>(QStringLiteral("obligorNameEdit"))->text();
        QVERIFY(dialog->isVisible());
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier); // now it goes through
    }, 30000);
    press(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    settle(30000);
    QVERIFY2(message.contains(QStringLiteral("đang được ghi bởi một chương trình khác")), qPrintable(message));
    QCOMPARE(keptName, QStringLiteral("Nguyễn Văn Hùng"));
    QCOMPARE(caseCount(), before + 1);
}

void TestCaseRegister::deletesOnlyACaseWithoutEvents()
{
    const qint64 before = caseCount();
    auto *search = page()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    // A case with a history is refused.
    retype(search, QStringLiteral("101/qd"));
    press(search, Qt::Key_Return);
    QString refusal;
    whenModal<QMessageBox>([&refusal](QMessageBox *box) {
        refusal = box->text();
        box->accept();
    });
    press(caseView(), Qt::Key_Delete);
    settle();
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(caseCount(), before);
    // One without events goes, after a question, and the audit log keeps it.
    retype(search, QStringLiteral("303/qd"));
    press(search, Qt::Key_Return);
    const qint64 id = page()->currentCaseId();
    QVERIFY(id != 0);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    press(caseView(), Qt::Key_Delete);
    settle();
    QCOMPARE(caseCount(), before - 1);
    QSqlQuery audit(m_db->session().sql());
    QVERIFY(audit.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete' AND entity = 'cases' "
                                      "AND entity_id = %1").arg(id)));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    search->clear();
}

void TestCaseRegister::switchesLanguageAtRuntime()
{
    QMenu *fileMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    auto *english = m_window->findChild<QAction *>(QStringLiteral("actionEnglish"));
    auto *vietnamese = m_window->findChild<QAction *>(QStringLiteral("actionVietnamese"));
    QCOMPARE(fileMenu->title(), QStringLiteral("&Tệp"));
    english->trigger(); // the widgets hear of it through posted events
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&File"));
    QCOMPARE(page()->model()->headerData(CaseListModel::Obligor, Qt::Horizontal).toString(), QStringLiteral("Obligor"));
    vietnamese->trigger();
    QTRY_COMPARE(fileMenu->title(), QStringLiteral("&Tệp"));
    QCOMPARE(page()->model()->headerData(CaseListModel::Obligor, Qt::Horizontal).toString(),
             QStringLiteral("Người phải THA"));
    QCOMPARE(QLocale().toString(4963), QStringLiteral("4.963"));
}

QTEST_MAIN(TestCaseRegister)
#include "tst_caseregister.moc"
