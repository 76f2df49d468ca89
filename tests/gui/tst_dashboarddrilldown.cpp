// Clicking through from the dashboard to the cases behind a lagging unit: in
// the real main window, a click on Mường La's bar in the 2021 case-rate chart
// opens the case register filtered to Mường La, 01/10/2020 – 30/09/2021, and
// the cases with conditions not yet resolved — as many as the engine's table
// says (in progress + postponed + suspended + other).

#include "CaseListModel.h"
#include "CaseListQuery.h"
#include "CaseRegisterPage.h"
#include "ChartPanel.h"
#include "CompositionChartBuilder.h"
#include "DashboardPage.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestDatabase.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

class tst_DashboardDrillDown : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardIsAView();
    void clickOnALaggingUnitsBarOpensItsUnresolvedCases();
    void clickOnAStateOpensThoseCases();

private:
    QWidget *currentPage() const { return m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(); }
    // The bar set and index of a unit's bar in a horizontal bar chart (found by its category label).
    static std::pair<QList<QBarSet *>, int> barOf(const QChart *chart, const QString &unitName);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DashboardDrillDown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void tst_DashboardDrillDown::init()
{
    QString error;
    auto database = Database::open(m_db->path(), Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::move(database), Actor::program(QStringLiteral("tester")));
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_DashboardDrillDown::cleanup()
{
    m_window.reset();
}

std::pair<QList<QBarSet *>, int> tst_DashboardDrillDown::barOf(const QChart *chart, const QString &unitName)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets = bars->barSets();
    }
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *units = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (int j = 0; j < units->count(); ++j) {
                if (units->at(j).startsWith(unitName))
                    return {sets, j};
            }
        }
    }
    return {sets, -1};
}

void tst_DashboardDrillDown::dashboardIsAView()
{
    MainWindow::View view = MainWindow::View::Cases;
    QVERIFY(MainWindow::viewFromKey(QStringLiteral("dashboard"), &view));
    QCOMPARE(view, MainWindow::View::Dashboard);
    QVERIFY(MainWindow::viewFromKey(QStringLiteral("cases"), &view));
    QCOMPARE(view, MainWindow::View::Cases);
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionShowDashboard"));
    QVERIFY(action);
    QVERIFY(!action->icon().isNull());
    action->trigger();
    QCOMPARE(currentPage(), m_window->dashboardPage());
    QVERIFY(action->isChecked());
    QCOMPARE(m_window->dashboardPage()->period(), StatisticalPeriod::year(2022));
}

void tst_DashboardDrillDown::clickOnALaggingUnitsBarOpensItsUnresolvedCases()
{
    m_window->showView(MainWindow::View::Dashboard);
    DashboardPage *dashboard = m_window->dashboardPage();
    dashboard->setPeriod(StatisticalPeriod::year(2021));
    const StatisticsRow *row = dashboard->table().row(QStringLiteral("MLA"));
    QVERIFY(row);
    QVERIFY(*row->casePoints() < 0); // Mường La lags: 81,38 % against 82,50 %

    const auto [sets, index] = barOf(dashboard->panel(DashboardPage::Chart::CaseRate)->chart(), row->unit.shortName());
    QVERIFY(index >= 0);
    QCOMPARE(sets.at(1)->at(index), 81.38); // in the "below target" set
    emit sets.at(1)->clicked(index);

    QCOMPARE(currentPage(), m_window->registerPage());
    const CaseFilter filter = m_window->registerPage()->model()->filter();
    QCOMPARE(filter.unitId, row->unit.id);
    QCOMPARE(filter.periodStart, QDate(2020, 10, 1));
    QCOMPARE(filter.periodEnd, QDate(2021, 9, 30));
    QCOMPARE(filter.periodStates, (QSet<CaseState>{CaseState::InProgress, CaseState::Postponed, CaseState::Suspended,
                                                   CaseState::HeldOther}));
    const qint64 expected = row->figures.cases(StatColumn::WithConditions) - row->figures.cases(StatColumn::Resolved);
    QCOMPARE(expected, 65); // 55 in progress, 6 postponed, 1 suspended, 3 other
    QCOMPARE(CaseListQuery(m_db->database().sql()).count(filter), expected);
    QTRY_COMPARE(m_window->registerPage()->model()->totalCount(), expected);
    QTRY_COMPARE(m_window->registerPage()->model()->rowCount(), int(expected));
    auto *banner = m_window->registerPage()->findChild<QLabel *>(QStringLiteral("drillDownLabel"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(row->unit.displayName()));
    // The toolbar's unit follows.
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("unitCombo"))->currentData().toLongLong(), row->unit.id);
}

void tst_DashboardDrillDown::clickOnAStateOpensThoseCases()
{
    m_window->showView(MainWindow::View::Dashboard);
    DashboardPage *dashboard = m_window->dashboardPage();
    dashboard->setPeriod(StatisticalPeriod::months(2021, 9));
    const StatisticsRow *row = dashboard->table().row(QStringLiteral("TPSL"));
    QVERIFY(row);
    const auto [sets, index] = barOf(dashboard->panel(DashboardPage::Chart::Composition)->chart(), row->unit.shortName());
    QVERIFY(index >= 0);
    const int postponed = int(CompositionChartBuilder::parts().indexOf(StatColumn::Postponed));
    emit sets.at(postponed)->clicked(index);
    QCOMPARE(currentPage(), m_window->registerPage());
    const CaseFilter filter = m_window->registerPage()->model()->filter();
    QCOMPARE(filter.unitId, row->unit.id);
    QCOMPARE(filter.periodEnd, QDate(2021, 6, 30));
    QCOMPARE(filter.periodStates, QSet<CaseState>{CaseState::Postponed});
    QTRY_COMPARE(m_window->registerPage()->model()->totalCount(), row->figures.cases(StatColumn::Postponed));
}

QTEST_MAIN(tst_DashboardDrillDown)
#include "tst_dashboarddrilldown.moc"
