// Every page and dialog walked as a screen reader sees it: each control that
// takes the keyboard focus must have a name (its own, or a label tied to it),
// each table a name and column headers, each chart a description of its
// figures. The test lists every control it finds unnamed.

#include "AccountDialog.h"
#include "AuditDialog.h"
#include "AwardDialog.h"
#include "CaseRegisterPage.h"
#include "ChartPanel.h"
#include "CoercionDialog.h"
#include "ComplaintDialog.h"
#include "DashboardPage.h"
#include "EventDialog.h"
#include "ImportDialog.h"
#include "Language.h"
#include "MainWindow.h"
#include "PeriodLockDialog.h"
#include "ReceptionDialog.h"
#include "RegistersPage.h"
#include "ReportPage.h"
#include "ShortcutsDialog.h"
#include "TargetsDialog.h"
#include "TestDatabase.h"
#include "UsersDialog.h"
#include "WidgetDriver.h"
#include "CaseDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesNameEveryControl_data();
    void pagesNameEveryControl();
    void dialogsNameEveryControl_data();
    void dialogsNameEveryControl();
    void validationIsToldWithTheField(); // on the register's first case, before the actions below move it
    void actionsReturnAtOnce_data();
    void actionsReturnAtOnce();
    void chartsDescribeTheirFigures();

private:
    // The focusable controls under `root` that a screen reader cannot name, as "class objectName".
    static QStringList unnamed(QWidget *root);
    static QString nameOf(QWidget *widget);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QAccessible::setActive(true); // as when a screen reader is listening
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    auto database = Database::open(m_db->path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestAccessibility::nameOf(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    if (!iface)
        return {};
    // On Linux a combo box's name is its current item: it is named by the label tied to it.
    if (!qobject_cast<QComboBox *>(widget)) {
        if (const QString name = iface->text(QAccessible::Name).trimmed(); !name.isEmpty())
            return name;
    }
    for (const auto &[label, relation] : iface->relations(QAccessible::Label)) {
        if (const QString name = label->text(QAccessible::Name).trimmed(); !name.isEmpty())
            return name;
    }
    return {};
}

QStringList TestAccessibility::unnamed(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        // What takes the focus, and buttons and tables, which a screen reader reaches without it.
        const bool interactive = w->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        if (!w->isVisibleTo(root->window()) || (w->isWindow() && w != root) || !interactive)
            continue;
        if (w->focusProxy() || qobject_cast<QHeaderView *>(w))
            continue; // a table's headers are checked with the table // the proxy (a combo box for its line edit, a spin box) is the control
        if (auto *edit = qobject_cast<QLineEdit *>(w); edit && qobject_cast<QComboBox *>(edit->parentWidget()))
            continue;
        if (w->parentWidget() && w->parentWidget()->inherits("QAbstractSpinBox"))
            continue; // the line edit inside a spin or date box
        if (w == root && w->isWindow())
            continue; // the window itself is named by its title
        if (nameOf(w).isEmpty())
            found << QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()), w->objectName());
        if (auto *table = qobject_cast<QTableView *>(w)) {
            const int columns = table->model() ? table->model()->columnCount() : 0;
            for (int c = 0; c < columns; ++c) {
                if (!table->isColumnHidden(c) && table->model()->headerData(c, Qt::Horizontal).toString().isEmpty())
                    found << QStringLiteral("%1: column %2 has no header").arg(table->objectName()).arg(c);
            }
        }
    }
    return found;
}

void TestAccessibility::pagesNameEveryControl_data()
{
    QTest::addColumn<int>("view");
    QTest::newRow("case register") << int(MainWindow::View::Cases);
    QTest::newRow("dashboard") << int(MainWindow::View::Dashboard);
    QTest::newRow("registers") << int(MainWindow::View::Registers);
    QTest::newRow("report") << int(MainWindow::View::Report);
}

void TestAccessibility::pagesNameEveryControl()
{
    QFETCH(int, view);
    m_window->showView(MainWindow::View(view));
    QWidget *page = view == int(MainWindow::View::Cases) ? static_cast<QWidget *>(m_window->registerPage())
        : view == int(MainWindow::View::Dashboard)      ? static_cast<QWidget *>(m_window->dashboardPage())
        : view == int(MainWindow::View::Registers)      ? static_cast<QWidget *>(m_window->registersPage())
                                                        : m_window->reportPage();
    QTest::qWait(50);
    QStringList missing = unnamed(page);
    // The toolbar and status bar are walked with every page.
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        missing << unnamed(bar);
    // Every tab of a page, not only the one shown.
    for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
        const int shown = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &m : unnamed(tabs->widget(i)))
                if (!missing.contains(m))
                    missing << m;
        }
        tabs->setCurrentIndex(shown);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("unnamed: ") + missing.join(QStringLiteral("; "))));
}

void TestAccessibility::dialogsNameEveryControl_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char *name : {"case", "event", "complaint", "reception", "coercion", "award", "targets", "shortcuts",
                             "audit", "import", "users", "account", "closebooks"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::dialogsNameEveryControl()
{
    QFETCH(QString, dialog);
    QStringList missing;
    bool seen = false;
    const auto walk = [&](QDialog *d) {
        seen = true;
        missing = unnamed(d);
        d->reject();
    };
    m_window->showView(MainWindow::View::Cases);
    if (dialog == QLatin1String("shortcuts")) {
        m_window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
        auto *d = m_window->findChild<ShortcutsDialog *>();
        QVERIFY(d && d->isVisible());
        missing = unnamed(d);
        d->close();
        seen = true;
    } else if (dialog == QLatin1String("audit")) {
        m_window->findChild<QAction *>(QStringLiteral("actionAuditTrail"))->trigger();
        auto *d = m_window->findChild<AuditDialog *>();
        QVERIFY(d && d->isVisible());
        // Every filter on, so that the date boxes and the case's line are walked too.
        for (const char *check : {"fromCheck", "toCheck"})
            d->findChild<QAbstractButton *>(QLatin1String(check))->setChecked(true);
        missing = unnamed(d);
        d->findChild<QAbstractButton *>(QStringLiteral("clearFiltersButton"))->click();
        d->close();
        seen = true;
    } else if (dialog == QLatin1String("case")) {
        WidgetDriver::whenModal<CaseDialog>(walk);
        m_window->findChild<QAction *>(QStringLiteral("actionOpenCase"))->trigger(); // a stored case: its history too
    } else if (dialog == QLatin1String("event")) {
        WidgetDriver::whenModal<EventDialog>(walk);
        m_window->findChild<QAction *>(QStringLiteral("actionAddEvent"))->trigger();
    } else if (dialog == QLatin1String("import")) {
        WidgetDriver::whenModal<ImportDialog>(walk);
        m_window->findChild<QAction *>(QStringLiteral("actionImportCases"))->trigger();
    } else if (dialog == QLatin1String("users") || dialog == QLatin1String("account")) {
        if (dialog == QLatin1String("users")) {
            WidgetDriver::whenModal<UsersDialog>(walk);
        } else {
            // A new account's form, opened from the list of users.
            WidgetDriver::whenModal<UsersDialog>([&](UsersDialog *list) {
                WidgetDriver::whenModal<AccountDialog>(walk);
                list->findChild<QAbstractButton *>(QStringLiteral("addButton"))->click();
                list->reject();
            });
        }
        m_window->findChild<QAction *>(QStringLiteral("actionUsers"))->trigger();
    } else if (dialog == QLatin1String("closebooks")) {
        WidgetDriver::whenModal<PeriodLockDialog>(walk);
        m_window->findChild<QAction *>(QStringLiteral("actionCloseBooks"))->trigger();
    } else if (dialog == QLatin1String("targets")) {
        WidgetDriver::whenModal<TargetsDialog>(walk);
        m_window->findChild<QAction *>(QStringLiteral("actionTargets"))->trigger();
    } else {
        const RegisterKind kind = dialog == QLatin1String("complaint") ? RegisterKind::Complaints
            : dialog == QLatin1String("reception")                    ? RegisterKind::Reception
            : dialog == QLatin1String("coercion")                     ? RegisterKind::Coercion
                                                                      : RegisterKind::Awards;
        WidgetDriver::whenModal<QDialog>(walk);
        m_window->showView(MainWindow::View::Registers);
        m_window->registersPage()->showRegister(kind);
        m_window->registersPage()->openCurrent(); // a stored entry of the demo
    }
    QTRY_VERIFY(seen);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("unnamed: ") + missing.join(QStringLiteral("; "))));
}

void TestAccessibility::actionsReturnAtOnce_data()
{
    QTest::addColumn<QString>("action");
    for (const char *name : {"actionNewCase", "actionOpenCase", "actionAddEvent", "actionDeleteCase", "actionTargets",
                             "actionNew_complaints", "actionNew_awards", "actionImportCases"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::actionsReturnAtOnce()
{
    // An assistive client that activates a menu item or toolbar button waits for the
    // action to return: the form must be open by then, not closed (exec() would block).
    QFETCH(QString, action);
    m_window->showView(MainWindow::View::Cases);
    QTRY_VERIFY(m_window->registerPage()->currentCaseId() != 0);
    // Should the form block, it is closed after a while so that the test ends, and fails.
    WidgetDriver::whenModal<QDialog>([](QDialog *d) { QTimer::singleShot(2000, d, &QDialog::reject); }, 1000);
    m_window->findChild<QAction *>(action)->trigger();
    QWidget *open = QApplication::activeModalWidget();
    QVERIFY2(qobject_cast<QDialog *>(open), "the action returned with its dialog open");
    static_cast<QDialog *>(open)->reject();
    QTRY_VERIFY(!QApplication::activeModalWidget());
}

void TestAccessibility::chartsDescribeTheirFigures()
{
    m_window->showView(MainWindow::View::Dashboard);
    DashboardPage *dashboard = m_window->dashboardPage();
    dashboard->setPeriod(StatisticalPeriod::year(2021));
    auto *view = dashboard->panel(DashboardPage::Chart::CaseRate)->view();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QVERIFY(iface);
    const QString description = iface->text(QAccessible::Description);
    // The title, then the units' rates as drawn, TP Sơn La first.
    QVERIFY2(description.startsWith(QStringLiteral("Tỷ lệ giải quyết xong về việc")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("năm 2021: Cục THADS tỉnh 78,35 % (Chưa đạt chỉ tiêu); "
                                                 "TP Sơn La 84,30 % (Đạt chỉ tiêu);")),
             qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("Mường La 81,38 % (Chưa đạt chỉ tiêu)")), qPrintable(description));
    QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), "the chart is named by its title");
    // Every chart of the dashboard states its figures.
    for (auto chart : {DashboardPage::Chart::MoneyRate, DashboardPage::Chart::Composition, DashboardPage::Chart::Trend,
                       DashboardPage::Chart::Progress}) {
        auto *other = dashboard->panel(chart)->view();
        const QString text = QAccessible::queryAccessibleInterface(other)->text(QAccessible::Description);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(text));
    }
}

void TestAccessibility::validationIsToldWithTheField()
{
    m_window->showView(MainWindow::View::Cases);
    QString description;
    bool outlined = false;
    bool focused = false;
    WidgetDriver::whenModal<EventDialog>([&](EventDialog *d) {
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("typeCombo"));
        combo->setCurrentIndex(combo->findData(int(EventType::Payment)));
        auto *amount = d->findChild<QLineEdit *>(QStringLiteral("amountEdit"));
        WidgetDriver::retype(amount, QStringLiteral("999999999999"));
        d->findChild<QComboBox *>(QStringLiteral("typeCombo"))->setFocus();
        QTest::keyClick(d, Qt::Key_S, Qt::ControlModifier);
        description = QAccessible::queryAccessibleInterface(amount)->text(QAccessible::Description);
        outlined = amount->property("invalid").toBool();
        focused = d->focusWidget() == amount;
        d->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionAddEvent"))->trigger();
    QTRY_VERIFY(!description.isEmpty() || outlined);
    QVERIFY(outlined);
    QVERIFY(focused);
    QVERIFY2(!description.isEmpty(), "the rule is told with the field");
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
