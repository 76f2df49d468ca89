// A clerk's day with the keyboard alone, in the real main window: key events
// only, sent where the focus is (no clicks, no setFocus): a new case, found
// without diacritics, given a payment; an award entered in its register; the
// dashboard's period switched and a unit's cases opened from its table; the
// report saved as PDF. And the window's shortcuts with the focus in a search
// box, which still edits its own text; Ctrl+Q with a form open.

#include "AwardDialog.h"
#include "CaseDialog.h"
#include "CaseListModel.h"
#include "CaseRegisterPage.h"
#include "DashboardPage.h"
#include "EventDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "RegisterListModel.h"
#include "RegistersPage.h"
#include "ReportPage.h"
#include "StatisticsTableModel.h"
#include "TestDatabase.h"
#include "WidgetDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void newCaseFoundAndPaid();
    void shortcutsFromTheSearchBox();
    void registerEntry();
    void dashboardPeriodAndDrillDown();
    void reportSavedAsPdf();
    void quitWithAFormOpenAsksFirst();

private:
    static QWidget *focus();
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void typeText(const QString &text) { WidgetDriver::type(focus(), text); }
    // Tab until `target` has the focus, as a clerk does; false if it is never reached.
    static bool tabTo(QWidget *target);
    // Down or Up in the focused combo box until it shows `data`.
    static bool chooseData(QComboBox *combo, const QVariant &data);
    template<typename T>
    static T *modal()
    {
        T *dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = qobject_cast<T *>(QApplication::activeModalWidget())));
        }();
        return dialog;
    }
    void openWindow(const QString &path);

    std::unique_ptr<TestDatabase> m_db;   // units only: the clerk's own cases
    std::unique_ptr<TestDatabase> m_demo; // the demo province
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    m_db = std::make_unique<TestDatabase>(QDate::currentDate());
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_demo = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
}

void TestKeyboard::init()
{
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    const bool demo = test.startsWith(QLatin1String("dashboard")) || test.startsWith(QLatin1String("report"));
    openWindow(demo ? m_demo->path() : m_db->path());
}

void TestKeyboard::openWindow(const QString &path)
{
    QString error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboard::cleanup()
{
    while (QWidget *open = QApplication::activeModalWidget()) // a failed step leaves no form behind
        delete open;
    m_window.reset();
}

QWidget *TestKeyboard::focus()
{
    // Where a key goes: the focus of the open dialog on top, else of the window.
    QWidget *window = QApplication::activeModalWidget();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!window && qobject_cast<MainWindow *>(top) && top->isVisible())
            window = top;
    }
    if (!window)
        return QApplication::focusWidget();
    return window->focusWidget() ? window->focusWidget() : window;
}

void TestKeyboard::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = focus();
    // The window manager activates the window on top (the offscreen platform has none to do it).
    if (!target->window()->isActiveWindow())
        QApplication::setActiveWindow(target->window());
    QTest::keyClick(target, key, modifiers);
}

bool TestKeyboard::tabTo(QWidget *target)
{
    for (int i = 0; i < 80 && focus() != target; ++i)
        key(Qt::Key_Tab);
    return focus() == target;
}

bool TestKeyboard::chooseData(QComboBox *combo, const QVariant &data)
{
    const int wanted = combo->findData(data);
    if (wanted < 0)
        return false;
    while (combo->currentIndex() < wanted)
        key(Qt::Key_Down);
    while (combo->currentIndex() > wanted)
        key(Qt::Key_Up);
    return combo->currentIndex() == wanted;
}

void TestKeyboard::newCaseFoundAndPaid()
{
    const qint64 mso = m_db->unitId(QStringLiteral("MSO"));
    key(Qt::Key_N, Qt::ControlModifier);
    CaseDialog *form = modal<CaseDialog>();
    QVERIFY(form);
    const auto field = [form](const char *name) { return form->findChild<QWidget *>(QLatin1String(name)); };
    QVERIFY(tabTo(field("unitCombo")));
    QVERIFY(chooseData(qobject_cast<QComboBox *>(field("unitCombo")), mso));
    const std::pair<const char *, QString> typed[] = {
        {"decisionNoEdit", QStringLiteral("77/QĐ-CCTHADS")},
        {"executorEdit", QStringLiteral("Lò Văn Hùng")},
        {"judgmentNoEdit", QStringLiteral("15/2024/DS-ST")},
        {"courtEdit", QStringLiteral("Tòa án nhân dân huyện Mai Sơn")},
        {"amountDueEdit", QStringLiteral("5000000")},
        {"obligorNameEdit", QStringLiteral("Đèo Văn Khướng")},
        {"obligorAddressEdit", QStringLiteral("Bản Hìn, xã Cò Nòi")},
        {"obligeeNameEdit", QStringLiteral("Lò Thị Lan")},
    };
    for (const auto &[name, text] : typed) {
        QVERIFY2(tabTo(field(name)), name);
        typeText(text);
    }
    key(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY2(!QApplication::activeModalWidget(),
                 qPrintable(form->findChild<QLabel *>(QStringLiteral("messageLabel"))->text()));
    // Back in the list, on the new case.
    CaseRegisterPage *page = m_window->registerPage();
    auto *list = page->findChild<QTableView *>(QStringLiteral("caseView"));
    QTRY_COMPARE(focus(), list);
    QVERIFY(page->currentCaseId() != 0);

    // Found without diacritics (đ as d), then paid from the list.
    key(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focus(), page->findChild<QWidget *>(QStringLiteral("searchEdit")));
    QTest::keyClicks(focus(), QStringLiteral("deo van khuong"));
    key(Qt::Key_Return);
    QCOMPARE(page->model()->totalCount(), qint64(1));
    QCOMPARE(focus(), list);
    key(Qt::Key_E, Qt::ControlModifier);
    EventDialog *event = modal<EventDialog>();
    QVERIFY(event);
    QVERIFY(tabTo(event->findChild<QWidget *>(QStringLiteral("typeCombo"))));
    QVERIFY(chooseData(event->findChild<QComboBox *>(QStringLiteral("typeCombo")), int(EventType::Payment)));
    QVERIFY(tabTo(event->findChild<QWidget *>(QStringLiteral("amountEdit"))));
    typeText(QStringLiteral("2000000"));
    key(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    const int row = page->model()->rowOfCase(page->currentCaseId());
    QCOMPARE(page->model()->index(row, CaseListModel::Obligor).data().toString(), QStringLiteral("Đèo Văn Khướng"));
    QCOMPARE(page->model()->index(row, CaseListModel::AmountPaid).data().toString(), QStringLiteral("2.000.000"));
    QCOMPARE(page->model()->index(row, CaseListModel::AmountRemaining).data().toString(), QStringLiteral("3.000.000"));
    QTRY_COMPARE(focus(), list);
}

void TestKeyboard::shortcutsFromTheSearchBox()
{
    CaseRegisterPage *page = m_window->registerPage();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    key(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focus(), search);
    QTest::keyClicks(search, QStringLiteral("deo van"));
    QTRY_COMPARE(page->model()->totalCount(), qint64(1)); // the search runs as typed, and a case is current
    QVERIFY(page->currentCaseId() != 0);
    // Delete still edits the text: Home, then Delete removes the first letter; no question is asked.
    key(Qt::Key_Home);
    key(Qt::Key_Delete);
    QCOMPARE(search->text(), QStringLiteral("eo van"));
    QVERIFY(!QApplication::activeModalWidget());
    // Ctrl+E, not "end of line": the event form of the current case.
    key(Qt::Key_E, Qt::ControlModifier);
    EventDialog *event = modal<EventDialog>();
    QVERIFY2(event, "Ctrl+E in the search box opens the event form");
    QCOMPARE(search->cursorPosition(), 0);
    key(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTRY_COMPARE(focus(), search);
    // Ctrl+N: the case form.
    key(Qt::Key_N, Qt::ControlModifier);
    CaseDialog *form = modal<CaseDialog>();
    QVERIFY2(form, "Ctrl+N in the search box opens the case form");
    key(Qt::Key_Escape);
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestKeyboard::registerEntry()
{
    key(Qt::Key_4, Qt::ControlModifier);
    RegistersPage *page = m_window->registersPage();
    QVERIFY(page->isVisible());
    // Ctrl+Tab through the registers to the awards.
    while (page->currentRegister() != RegisterKind::Awards)
        key(Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(focus(), page->view(RegisterKind::Awards));
    key(Qt::Key_Insert);
    AwardDialog *form = modal<AwardDialog>();
    QVERIFY(form);
    auto *level = form->findChild<QComboBox *>(QStringLiteral("levelCombo"));
    QVERIFY(tabTo(level));
    QVERIFY(chooseData(level, int(AwardLevel::KncTuPhap)));
    QVERIFY(tabTo(form->findChild<QWidget *>(QStringLiteral("recipientEdit"))));
    typeText(QStringLiteral("Quàng Thị Mai"));
    QVERIFY(tabTo(form->findChild<QWidget *>(QStringLiteral("decisionNoEdit"))));
    typeText(QStringLiteral("795/QĐ-BTP"));
    key(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(page->model(RegisterKind::Awards)->totalCount(), 1);
    QTRY_COMPARE(focus(), page->view(RegisterKind::Awards));
}

void TestKeyboard::dashboardPeriodAndDrillDown()
{
    key(Qt::Key_3, Qt::ControlModifier);
    DashboardPage *dashboard = m_window->dashboardPage();
    QVERIFY(dashboard->isVisible());
    QTRY_VERIFY(dashboard->period().isValid());
    // The period, then its year.
    QVERIFY(tabTo(dashboard->findChild<QWidget *>(QStringLiteral("periodKindCombo"))));
    auto *year = dashboard->findChild<QComboBox *>(QStringLiteral("periodYearCombo"));
    QVERIFY(tabTo(year));
    QVERIFY(chooseData(year, 2021));
    QCOMPARE(dashboard->period(), StatisticalPeriod::year(2021));
    // The table: down to Mường La, Enter opens its cases not yet resolved.
    auto *table = dashboard->findChild<QTableView *>(QStringLiteral("casesView"));
    QVERIFY(tabTo(table));
    const qint64 mla = m_demo->unitId(QStringLiteral("MLA"));
    for (int i = 0; i < 30 && table->currentIndex().data(StatisticsTableModel::UnitIdRole).toLongLong() != mla; ++i)
        key(Qt::Key_Down);
    QCOMPARE(table->currentIndex().data(StatisticsTableModel::UnitIdRole).toLongLong(), mla);
    key(Qt::Key_Return);
    CaseRegisterPage *page = m_window->registerPage();
    QTRY_VERIFY(page->isVisible());
    QCOMPARE(page->model()->filter().unitId, mla);
    QTRY_COMPARE(page->model()->totalCount(), qint64(65)); // 55 in progress, 6 postponed, 1 suspended, 3 other
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("drillDownLabel"))->isVisible());
}

void TestKeyboard::reportSavedAsPdf()
{
    key(Qt::Key_5, Qt::ControlModifier);
    ReportPage *page = m_window->reportPage();
    QVERIFY(page->isVisible());
    auto *pdf = page->findChild<QAbstractButton *>(QStringLiteral("pdfButton"));
    QVERIFY(tabTo(pdf));
    key(Qt::Key_Space);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())), 60000);
    // The file name box has the focus: replace the suggestion, Enter saves.
    const QString path = m_dir.filePath(QStringLiteral("bao-cao-ban-phim.pdf"));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(focus()));
    key(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focus(), path);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), 60000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QTRY_VERIFY(page->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("bao-cao-ban-phim.pdf")));
}

void TestKeyboard::quitWithAFormOpenAsksFirst()
{
    key(Qt::Key_N, Qt::ControlModifier);
    CaseDialog *form = modal<CaseDialog>();
    QVERIFY(form);
    QVERIFY(tabTo(form->findChild<QWidget *>(QStringLiteral("obligorNameEdit"))));
    typeText(QStringLiteral("Cầm Văn Piếng"));
    // Asked about the unsaved form: Cancel keeps the form and the application.
    QString asked;
    WidgetDriver::whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    key(Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY(form->isVisible());
    QVERIFY(m_window->isVisible());
    // Asked again: Discard, and the application closes.
    WidgetDriver::whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
    key(Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
