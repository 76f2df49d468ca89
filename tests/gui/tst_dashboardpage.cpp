// The dashboard on the demo province, as an official sees it: the latest year
// first; for 2021 the province at 85,42 % against 82,50 %; every chart's series
// the engine's numbers; ordering by rate; the chosen unit in the lines and the
// table; the table copied as tab-separated text; charts saved as PNG and SVG;
// an informative empty state for an empty database or a year without cases;
// the language switched at runtime.
// THADS_SCREENSHOT_DIR=DIR saves each tab as a PNG there, to look at them.

#include "ChartPanel.h"
#include "DashboardPage.h"
#include "Format.h"
#include "Language.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCheckBox>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHorizontalStackedBarSeries>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
QStringList categories(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *category = qobject_cast<QBarCategoryAxis *>(axis))
            return category->categories();
    }
    return {};
}

QList<QBarSet *> barSets(const QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            return bars->barSets();
    }
    return {};
}

QList<QLineSeries *> lines(const QChart *chart)
{
    QList<QLineSeries *> result;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            result << line;
    }
    return result;
}
} // namespace

class tst_DashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheLatestYear();
    void headlineOf2021();
    void rateChartsAreTheEnginesRates();
    void sortingChangesTheOrder();
    void chosenUnitIsDrawnAndMarked();
    void tableIsCopiedTabSeparated();
    void showsTheAgeOfPendingCases();
    void chartsAreSavedAsPngAndSvg();
    void yearWithoutCasesShowsAnEmptyState();
    void yearWithOnlyCarriedCasesDoesNotCrash();
    void emptyDatabaseShowsAnEmptyState();
    void switchesLanguageAtRuntime();

private:
    template<typename T>
    T *child(const char *name) const { return m_page->findChild<T *>(QLatin1String(name)); }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    void screenshot(const QString &name);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DashboardPage> m_page;
};

void tst_DashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
}

void tst_DashboardPage::init()
{
    m_page = std::make_unique<DashboardPage>(m_db->session());
    m_page->resize(1366, 680);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_DashboardPage::cleanup()
{
    m_page.reset();
}

void tst_DashboardPage::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("THADS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    auto *tabs = child<QTabWidget>("chartTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        m_page->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(i)));
    }
    tabs->setCurrentIndex(0);
}

void tst_DashboardPage::opensOnTheLatestYear()
{
    QCOMPARE(m_page->period(), StatisticalPeriod::year(2022));
    QCOMPARE(m_page->table().period, StatisticalPeriod::year(2022));
    QVERIFY(!m_page->isEmpty());
    QCOMPARE(m_page->yearTables().size(), 4); // 2019–2022
    QCOMPARE(m_page->monthTables().size(), 12);
}

void tst_DashboardPage::headlineOf2021()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    QCOMPARE(m_page->table().period, StatisticalPeriod::year(2021));
    QCOMPARE(text("casesResolvedValue"), Format::count(4963));
    QVERIFY(text("casesResolvedDetail").contains(Format::count(5810)));
    QCOMPARE(text("caseRateValue"), Format::percent(8542)); // 85,42 %
    QVERIFY2(text("caseRateDetail").contains(Format::percent(8250)), qPrintable(text("caseRateDetail")));
    QVERIFY2(text("caseRateDetail").contains(QStringLiteral("+2,92")), qPrintable(text("caseRateDetail")));
    QCOMPARE(text("moneyRateValue"), Format::percent(5668)); // 56,68 %
    QCOMPARE(text("moneyResolvedValue"), Format::money(m_page->table().province.figures.money(StatColumn::Resolved)));
    QVERIFY(child<QLabel>("caseRateValue")->isVisible());
    screenshot(QStringLiteral("dashboard-2021"));
}

void tst_DashboardPage::rateChartsAreTheEnginesRates()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    QString error;
    const auto table = StatisticsEngine(m_db->database().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    const int n = int(table->units.size());
    for (auto [which, cases] : {std::pair{DashboardPage::Chart::CaseRate, true}, {DashboardPage::Chart::MoneyRate, false}}) {
        const QChart *chart = m_page->panel(which)->chart();
        QVERIFY(chart);
        const QStringList labels = categories(chart);
        const QList<QBarSet *> sets = barSets(chart);
        QCOMPARE(labels.size(), n);
        QCOMPARE(sets.size(), 3);
        for (int i = 0; i < n; ++i) { // official order, the first unit on top (the last category)
            const StatisticsRow &row = table->units.at(i);
            const int j = n - 1 - i;
            QVERIFY2(labels.at(j).startsWith(row.unit.shortName()), qPrintable(labels.at(j)));
            const auto rate = cases ? row.caseRate() : row.moneyRate();
            const auto points = cases ? row.casePoints() : row.moneyPoints();
            QCOMPARE(sets.at(0)->at(j) + sets.at(1)->at(j), *rate / 100.0);
            QCOMPARE(sets.at(*points >= 0 ? 0 : 1)->at(j), *rate / 100.0);
        }
    }
    // The composition and the lines come from the same tables.
    const QChart *composition = m_page->panel(DashboardPage::Chart::Composition)->chart();
    QCOMPARE(barSets(composition).at(0)->at(n - 1), double(table->units.at(0).figures.cases(StatColumn::Resolved)));
    const QChart *progress = m_page->panel(DashboardPage::Chart::Progress)->chart();
    QCOMPARE(lines(progress).at(0)->count(), 12);
    QCOMPARE(lines(progress).at(0)->at(8).y(), 76.56);
    QCOMPARE(lines(progress).at(0)->at(11).y(), 85.42);
    QCOMPARE(lines(m_page->panel(DashboardPage::Chart::Trend)->chart()).at(0)->count(), 4);
    QVERIFY(m_page->panel(DashboardPage::Chart::NeededCases)->hasChart()); // three units lag in cases
}

void tst_DashboardPage::sortingChangesTheOrder()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    ChartPanel *panel = m_page->panel(DashboardPage::Chart::CaseRate);
    const QStringList official = categories(panel->chart());
    auto *order = panel->findChild<QComboBox *>(QStringLiteral("caseRateOrderCombo"));
    QVERIFY(order);
    order->setCurrentIndex(1);
    const QStringList ranked = categories(panel->chart());
    QVERIFY(ranked != official);
    QCOMPARE(QSet<QString>(ranked.cbegin(), ranked.cend()), QSet<QString>(official.cbegin(), official.cend()));
    const QList<QBarSet *> sets = barSets(panel->chart());
    for (int j = 1; j < ranked.size(); ++j) // highest on top: rising towards the last category
        QVERIFY(sets.at(0)->at(j - 1) + sets.at(1)->at(j - 1) <= sets.at(0)->at(j) + sets.at(1)->at(j));
    QVERIFY(ranked.constLast().startsWith(QStringLiteral("Sốp Cộp")));
    order->setCurrentIndex(0);
    QCOMPARE(categories(panel->chart()), official);
}

void tst_DashboardPage::chosenUnitIsDrawnAndMarked()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    QCOMPARE(lines(m_page->panel(DashboardPage::Chart::Trend)->chart()).size(), 2); // the province and its target
    const qint64 unit = m_db->unitId(QStringLiteral("MLA"));
    m_page->setUnitId(unit);
    QCOMPARE(m_page->unitId(), unit);
    const QList<QLineSeries *> trend = lines(m_page->panel(DashboardPage::Chart::Trend)->chart());
    QCOMPARE(trend.size(), 4);
    QCOMPARE(trend.at(2)->name(), QStringLiteral("Mường La"));
    QCOMPARE(trend.at(2)->count(), 4);
    QCOMPARE(lines(m_page->panel(DashboardPage::Chart::Progress)->chart()).size(), 4);
    // The table selects the unit's row.
    auto *view = child<QTableView>("casesView");
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).row(), 4); // Mường La is fifth in the official order
    // Money lines.
    child<QComboBox>("measureCombo")->setCurrentIndex(1);
    const QList<QLineSeries *> money = lines(m_page->panel(DashboardPage::Chart::Progress)->chart());
    QCOMPARE(money.at(0)->at(11).y(), 56.68);
}

void tst_DashboardPage::tableIsCopiedTabSeparated()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    m_page->copyTable();
    QStringList rows = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 1 + 13 + 1); // header, the units, the province
    const QStringList province = rows.last().split(QLatin1Char('\t'));
    QVERIFY2(province.contains(Format::percent(8542)), qPrintable(rows.last()));
    QVERIFY(province.contains(Format::count(4963)));
    QVERIFY(province.contains(Format::count(5810)));
    const int compact = int(rows.first().split(QLatin1Char('\t')).size());

    child<QCheckBox>("allColumnsCheck")->setChecked(true);
    m_page->copyTable();
    rows = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = rows.first().split(QLatin1Char('\t'));
    QCOMPARE(header.size(), 1 + 16 + 4); // the unit, every case column, rate, target, points, needed
    QVERIFY(header.size() > compact);
    QVERIFY(header.contains(StatColumns::displayName(StatColumn::CarriedOver)));
    QVERIFY(rows.last().split(QLatin1Char('\t')).contains(Format::count(7645))); // total accepted
}

void tst_DashboardPage::showsTheAgeOfPendingCases()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    auto *tabs = child<QTabWidget>("tableTabs");
    tabs->setCurrentWidget(child<QWidget>("ageTab"));
    auto *view = child<QTableView>("ageView");
    QCOMPARE(view->model()->rowCount(), 13 + 1);
    // The province's pending cases are the year's carried_next: 2.627, carried into 2022.
    const int last = view->model()->rowCount() - 1;
    const int pending = 1 + 4;
    QCOMPARE(view->model()->headerData(pending, Qt::Horizontal).toString(), QStringLiteral("Còn phải thi hành"));
    QCOMPARE(view->model()->index(last, pending).data().toString(),
             Format::count(m_page->table().province.figures.cases(StatColumn::CarriedNext)));
    QCOMPARE(view->model()->index(last, pending).data().toString(), Format::count(2627));
    QCOMPARE(view->model()->index(last, 8).data().toString(), Format::percent(9836)); // 4.963 ÷ 5.046
    m_page->copyTable();
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("Đơn vị\tdưới 1 năm")));
    if (const QString dir = qEnvironmentVariable("THADS_SCREENSHOT_DIR"); !dir.isEmpty())
        m_page->grab().save(QDir(dir).filePath(QStringLiteral("dashboard-age.png")));
    tabs->setCurrentIndex(0);
}

void tst_DashboardPage::chartsAreSavedAsPngAndSvg()
{
    QTemporaryDir dir;
    QString error;
    for (DashboardPage::Chart chart : {DashboardPage::Chart::CaseRate, DashboardPage::Chart::MoneyRate,
                                       DashboardPage::Chart::Composition, DashboardPage::Chart::Trend,
                                       DashboardPage::Chart::Progress, DashboardPage::Chart::NeededCases}) {
        for (const char *suffix : {"png", "svg"}) {
            const QString path = dir.filePath(QStringLiteral("chart-%1.%2").arg(int(chart)).arg(QLatin1String(suffix)));
            QVERIFY2(m_page->panel(chart)->exportTo(path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }
    QImage image(dir.filePath(QStringLiteral("chart-0.png")));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
}

void tst_DashboardPage::yearWithoutCasesShowsAnEmptyState()
{
    m_page->setPeriod(StatisticalPeriod::year(2016)); // before the first case (01/10/2016)
    QVERIFY(m_page->isEmpty());
    QVERIFY(child<QLabel>("emptyLabel")->isVisible());
    QVERIFY(text("emptyLabel").contains(StatisticalPeriod::year(2016).label()));
    QCOMPARE(text("casesResolvedValue"), Format::count(0));
    m_page->setPeriod(StatisticalPeriod::year(2021));
    QVERIFY(!m_page->isEmpty());
    QCOMPARE(text("caseRateValue"), Format::percent(8542));
}

void tst_DashboardPage::yearWithOnlyCarriedCasesDoesNotCrash()
{
    m_page->setPeriod(StatisticalPeriod::year(2024)); // only the backlog carried from 2022
    QVERIFY(!m_page->isEmpty());
    QCOMPARE(m_page->table().province.figures.cases(StatColumn::NewAccepted), 0);
    QVERIFY(m_page->panel(DashboardPage::Chart::CaseRate)->hasChart());
    m_page->setUnitId(m_db->unitId(QStringLiteral("MLA")));
    child<QComboBox>("caseRateOrderCombo")->setCurrentIndex(1);
    QVERIFY(m_page->panel(DashboardPage::Chart::Progress)->hasChart());
    screenshot(QStringLiteral("dashboard-2024"));
}

void tst_DashboardPage::emptyDatabaseShowsAnEmptyState()
{
    TestDatabase empty;
    DashboardPage page(empty.session());
    page.resize(1366, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.isEmpty());
    auto *label = page.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("thads-cli")));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("caseRateValue"))->text(), page.tr("none"));
    QVERIFY(page.yearTables().isEmpty());
    page.copyTable(); // no crash, a table of zeros
    page.refresh();
    QVERIFY(page.isEmpty());
}

void tst_DashboardPage::switchesLanguageAtRuntime()
{
    m_page->setPeriod(StatisticalPeriod::year(2021));
    Language::install(Language::English);
    QCoreApplication::processEvents();
    QCOMPARE(text("caseRateValue"), QStringLiteral("85.42") + QChar(0x00A0) + QLatin1Char('%'));
    QVERIFY(m_page->panel(DashboardPage::Chart::CaseRate)->chart()->locale().language() == QLocale::English);
    Language::install(Language::Vietnamese);
    QCoreApplication::processEvents();
    QCOMPARE(text("caseRateValue"), Format::percent(8542));
    QCOMPARE(m_page->period(), StatisticalPeriod::year(2021));
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
