#include "DashboardPage.h"
#include "ui_DashboardPage.h"

#include "AccessibleLabel.h"
#include "CaseListQuery.h"
#include "CaseAgeStatistics.h"
#include "ChartPanel.h"
#include "CompositionChartBuilder.h"
#include "Format.h"
#include "GridTableModel.h"
#include "NeededChartBuilder.h"
#include "PeriodLockRepository.h"
#include "ProgressChartBuilder.h"
#include "RateChartBuilder.h"
#include "StatisticsEngine.h"
#include "StatisticsSeries.h"
#include "StatisticsTableModel.h"
#include "TrendChartBuilder.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>

using Charts::Measure;

namespace {
enum class Order { Official, ByRate };

QString tsv(const QTableView *view)
{
    const QAbstractItemModel *model = view->model();
    QStringList lines;
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!view->isColumnHidden(c))
            cells << model->headerData(c, Qt::Horizontal).toString();
    }
    lines << cells.join(QLatin1Char('\t'));
    for (int r = 0; r < model->rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model->columnCount(); ++c) {
            if (!view->isColumnHidden(c))
                cells << model->index(r, c).data().toString();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

DashboardPage::DashboardPage(const Session &session, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::DashboardPage>()), m_session(session),
      m_cases(new StatisticsTableModel(StatisticsTableModel::Measure::Cases, this)),
      m_money(new StatisticsTableModel(StatisticsTableModel::Measure::Money, this)),
      m_age(new GridTableModel(this))
{
    ui->setupUi(this);
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({850, 510});
    ui->ageView->setModel(m_age);
    for (QTableView *view : {ui->casesView, ui->moneyView, ui->ageView}) {
        if (view != ui->ageView)
            view->setModel(view == ui->casesView ? m_cases : m_money);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
        view->horizontalHeader()->setMinimumHeight(3 * view->fontMetrics().height() + 12); // headers wrap to three lines
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    }
    for (QComboBox *order : {ui->caseRatePanel->addChoice(QStringLiteral("caseRateOrderCombo")),
                             ui->moneyRatePanel->addChoice(QStringLiteral("moneyRateOrderCombo"))}) {
        order->addItems({QString(), QString()});
        connect(order, &QComboBox::currentIndexChanged, this, &DashboardPage::showCharts);
    }
    ui->measureCombo->addItems({QString(), QString()});
    fillChoices();

    connect(ui->periodSelector, &PeriodSelector::periodChanged, this, &DashboardPage::compute);
    connect(ui->chartUnitCombo, &QComboBox::currentIndexChanged, this, [this] {
        showCharts();
        markUnit();
    });
    connect(ui->measureCombo, &QComboBox::currentIndexChanged, this, &DashboardPage::showLines);
    connect(ui->allColumnsCheck, &QCheckBox::toggled, this, &DashboardPage::showColumns);
    connect(ui->copyButton, &QPushButton::clicked, this, &DashboardPage::copyTable);
    // Enter (or a double click) on a unit's row asks what a click on its rate bar does.
    for (QTableView *view : {ui->casesView, ui->moneyView}) {
        connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
            const qint64 id = index.siblingAtColumn(0).data(StatisticsTableModel::UnitIdRole).toLongLong();
            for (const StatisticsRow &row : std::as_const(m_table.units)) {
                if (row.unit.id == id && id != 0) {
                    const Charts::DrillDown d = RateChartBuilder::drillDown(row.unit, m_table.period);
                    emit drillDownRequested(d.unitId, d.period.start(), d.period.end(), d.states, d.description);
                }
            }
        });
    }
    for (Chart chart : {Chart::CaseRate, Chart::MoneyRate, Chart::Composition, Chart::NeededCases, Chart::NeededMoney}) {
        connect(panel(chart), &ChartPanel::drillDownRequested, this, [this](const Charts::DrillDown &d) {
            emit drillDownRequested(d.unitId, d.period.start(), d.period.end(), d.states, d.description);
        });
    }
}

DashboardPage::~DashboardPage() = default;

ChartPanel *DashboardPage::panel(Chart chart) const
{
    switch (chart) {
    case Chart::CaseRate: return ui->caseRatePanel;
    case Chart::MoneyRate: return ui->moneyRatePanel;
    case Chart::Composition: return ui->compositionPanel;
    case Chart::Trend: return ui->trendPanel;
    case Chart::Progress: return ui->progressPanel;
    case Chart::NeededCases: return ui->neededCasesPanel;
    case Chart::NeededMoney: return ui->neededMoneyPanel;
    }
    return nullptr;
}

StatisticalPeriod DashboardPage::period() const
{
    return ui->periodSelector->period();
}

void DashboardPage::setPeriod(const StatisticalPeriod &period)
{
    ui->periodSelector->setPeriod(period);
}

qint64 DashboardPage::unitId() const
{
    return ui->chartUnitCombo->currentData().toLongLong();
}

void DashboardPage::setUnitId(qint64 unitId)
{
    ui->chartUnitCombo->setCurrentIndex(std::max(0, ui->chartUnitCombo->findData(unitId)));
}

bool DashboardPage::isEmpty() const
{
    return ui->contentStack->currentWidget() == ui->emptyPage;
}

// The translated texts of the choices made in code, and the units.
void DashboardPage::fillChoices()
{
    for (QComboBox *order : {ui->caseRatePanel->findChild<QComboBox *>(QStringLiteral("caseRateOrderCombo")),
                             ui->moneyRatePanel->findChild<QComboBox *>(QStringLiteral("moneyRateOrderCombo"))}) {
        order->setItemText(int(Order::Official), tr("Official order"));
        order->setItemText(int(Order::ByRate), tr("Highest rate first"));
        order->setToolTip(tr("The order of the units"));
        AccessibleLabel::attach(order, tr("The order of the units"));
    }
    ui->measureCombo->setItemText(int(Measure::Cases), tr("Cases"));
    ui->measureCombo->setItemText(int(Measure::Money), tr("Money"));

    const QSignalBlocker blocker(ui->chartUnitCombo);
    const qint64 current = unitId();
    ui->chartUnitCombo->clear();
    ui->chartUnitCombo->addItem(tr("(province only)"), qint64(0));
    for (const Unit &unit : UnitRepository(m_session.sql()).all())
        ui->chartUnitCombo->addItem(unit.shortName(), unit.id);
    setUnitId(current);
}

void DashboardPage::markStale()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void DashboardPage::refresh()
{
    m_stale = false;
    QString error;
    const auto years = StatisticsSeries(m_session.sql()).years(&error);
    if (!years)
        QMessageBox::warning(this, tr("Dashboard"), error);
    m_years = years.value_or(QList<StatisticsTable>{});
    const QList<int> accepted = CaseListQuery(m_session.sql()).acceptedYears();
    m_hasCases = !accepted.isEmpty();
    const QSignalBlocker blocker(ui->periodSelector);
    ui->periodSelector->setClosedBooks(PeriodLockRepository::closedBooks(m_session.sql()));
    ui->periodSelector->setYears(m_hasCases ? accepted
                                            : QList<int>{StatisticalPeriod::statisticalYearOf(m_session.clock().today())});
    compute(ui->periodSelector->period());
}

void DashboardPage::compute(const StatisticalPeriod &period)
{
    if (!period.isValid())
        return;
    QString error;
    const auto table = StatisticsEngine(m_session.sql()).compute(period, &error);
    const auto months = table ? StatisticsSeries(m_session.sql()).months(period, m_session.clock().today(), &error)
                              : std::nullopt;
    if (!table || !months) {
        QMessageBox::warning(this, tr("Dashboard"), error);
        return;
    }
    m_table = *table;
    m_months = *months;
    ui->rangeLabel->setText(tr("%1 – %2").arg(Format::date(period.start()), Format::date(period.end())));
    m_cases->setTable(m_table);
    m_money->setTable(m_table);
    if (const auto age = CaseAgeStatistics(m_session.sql()).compute(period, &error))
        m_age->setGrid(age->grid());
    ui->ageView->resizeColumnsToContents();
    showColumns();
    showTiles();

    const bool counted = m_table.province.figures.cases(StatColumn::TotalAccepted) > 0;
    if (!counted) {
        ui->emptyLabel->setText(
            m_hasCases ? tr("No case is counted in %1 (%2 – %3): none was accepted by its end or carried into it.\n"
                            "Choose another period above.")
                             .arg(period.label(), Format::date(period.start()), Format::date(period.end()))
                       : tr("The database has no cases yet, so there is nothing to chart.\n"
                            "Enter cases in the register, import them (thads-cli import), "
                            "or try the demo province (thads-cli demo)."));
        ui->contentStack->setCurrentWidget(ui->emptyPage);
        return;
    }
    ui->contentStack->setCurrentWidget(ui->chartsPage);
    showCharts();
    markUnit();
}

void DashboardPage::showTiles()
{
    const StatisticsRow &p = m_table.province;
    const auto colour = [](QLabel *label, std::optional<Rates::Hundredths> points) {
        label->setStyleSheet(!points       ? QString()
                                 : *points >= 0 ? QStringLiteral("color: #2e7d32;")
                                                : QStringLiteral("color: #c62828;"));
    };
    ui->casesResolvedValue->setText(Format::count(p.figures.cases(StatColumn::Resolved)));
    ui->casesResolvedDetail->setText(
        tr("of %1 with conditions").arg(Format::count(p.figures.cases(StatColumn::WithConditions))));
    ui->moneyResolvedValue->setText(Format::money(p.figures.money(StatColumn::Resolved)));
    ui->moneyResolvedDetail->setText(
        tr("of %1 with conditions").arg(Format::money(p.figures.money(StatColumn::WithConditions))));

    const auto rateTile = [&](QLabel *value, QLabel *detail, std::optional<Rates::Hundredths> rate,
                              std::optional<Rates::Hundredths> target, std::optional<Rates::Hundredths> points,
                              std::optional<qint64> needed, bool money) {
        value->setText(rate ? Format::percent(rate) : tr("none"));
        colour(value, points);
        QString text;
        if (!target)
            text = tr("no target set");
        else if (!points)
            text = tr("target %1").arg(Format::percent(target));
        else if (*points >= 0)
            text = tr("target %1: %2 points").arg(Format::percent(target), Format::points(points));
        else
            text = tr("target %1: %2 points, %3 still needed")
                       .arg(Format::percent(target), Format::points(points),
                            money ? Format::money(needed.value_or(0)) : Format::count(needed.value_or(0)));
        detail->setText(text);
        colour(detail, points);
    };
    rateTile(ui->caseRateValue, ui->caseRateDetail, p.caseRate(), p.caseTarget, p.casePoints(), p.caseNeeded(), false);
    rateTile(ui->moneyRateValue, ui->moneyRateDetail, p.moneyRate(), p.moneyTarget, p.moneyPoints(), p.moneyNeeded(),
             true);
}

void DashboardPage::showCharts()
{
    if (isEmpty() || m_table.units.isEmpty())
        return;
    const StatisticsTable table = m_table;
    const qint64 unit = unitId();
    const auto orderOf = [](ChartPanel *panel) {
        const auto *combo = panel->findChild<QComboBox *>();
        return combo && combo->currentIndex() == int(Order::ByRate) ? RateChartBuilder::Order::ByRate
                                                                    : RateChartBuilder::Order::Official;
    };
    const QString key = table.period.key();
    for (auto [chart, measure, name] : {std::tuple{Chart::CaseRate, Measure::Cases, "case-rate"},
                                        std::tuple{Chart::MoneyRate, Measure::Money, "money-rate"}}) {
        const RateChartBuilder::Order order = orderOf(panel(chart));
        panel(chart)->setFactory([=] { return RateChartBuilder::build(table, measure, order, unit).chart; },
                                 QStringLiteral("thads-%1-%2").arg(QLatin1String(name), key));
    }
    panel(Chart::Composition)
        ->setFactory([=] { return CompositionChartBuilder::build(table).chart; },
                     QStringLiteral("thads-cases-by-state-%1").arg(key));
    for (auto [chart, measure, name] : {std::tuple{Chart::NeededCases, Measure::Cases, "needed-cases"},
                                        std::tuple{Chart::NeededMoney, Measure::Money, "needed-money"}}) {
        if (NeededChartBuilder::bars(table, measure).isEmpty()) {
            panel(chart)->showMessage(measure == Measure::Cases
                                          ? tr("Every unit with a case target has reached it in %1.").arg(table.period.label())
                                          : tr("Every unit with a money target has reached it in %1.").arg(table.period.label()));
            continue;
        }
        panel(chart)->setFactory([=] { return NeededChartBuilder::build(table, measure).chart; },
                                 QStringLiteral("thads-%1-%2").arg(QLatin1String(name), key));
    }
    showLines();
}

// The trend and progress charts: the province and the chosen unit, in cases or money.
void DashboardPage::showLines()
{
    if (isEmpty())
        return;
    const Measure measure = ui->measureCombo->currentIndex() == int(Measure::Money) ? Measure::Money : Measure::Cases;
    const qint64 unit = unitId();
    const QString suffix = measure == Measure::Money ? QStringLiteral("money") : QStringLiteral("cases");
    if (m_years.isEmpty()) {
        panel(Chart::Trend)->showMessage(tr("No year has results yet: no case was resolved and no target was set."));
    } else {
        const QList<StatisticsTable> years = m_years;
        panel(Chart::Trend)->setFactory([=] { return TrendChartBuilder::build(years, measure, unit).chart; },
                                        QStringLiteral("thads-trend-%1").arg(suffix));
    }
    if (m_months.isEmpty()) {
        panel(Chart::Progress)->showMessage(tr("%1 has not begun yet.").arg(m_table.period.label()));
    } else {
        const QList<StatisticsTable> months = m_months;
        panel(Chart::Progress)
            ->setFactory([=] { return ProgressChartBuilder::build(months, measure, unit).chart; },
                         QStringLiteral("thads-progress-%1-%2").arg(suffix, m_table.period.key()));
    }
}

// Every column of the official tables, or only the rate and the figures behind it.
void DashboardPage::showColumns()
{
    const bool all = ui->allColumnsCheck->isChecked();
    for (auto [view, model] : {std::pair{ui->casesView, m_cases}, {ui->moneyView, m_money}}) {
        const QList<StatColumn> columns = model->figureColumns();
        for (int i = 0; i < columns.size(); ++i) {
            const StatColumn c = columns.at(i);
            const bool essential = c == StatColumn::WithConditions || c == StatColumn::Resolved;
            view->setColumnHidden(1 + i, !all && !essential);
        }
        // As wide as the figures; a long header wraps onto its second line instead.
        view->resizeColumnsToContents();
        const int headerLimit = view->fontMetrics().horizontalAdvance(QStringLiteral("Against tar"));
        const QAbstractItemView *cells = view; // sizeHintForColumn is public here
        for (int c = 1; c < model->columnCount(); ++c)
            view->setColumnWidth(c, std::max(cells->sizeHintForColumn(c), std::min(view->columnWidth(c), headerLimit)));
    }
}

void DashboardPage::markUnit()
{
    const qint64 unit = unitId();
    for (QTableView *view : {ui->casesView, ui->moneyView}) {
        view->clearSelection();
        for (int r = 0; unit != 0 && r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(StatisticsTableModel::UnitIdRole).toLongLong() == unit) {
                view->selectRow(r);
                view->scrollTo(view->model()->index(r, 0));
            }
        }
    }
}

void DashboardPage::copyTable()
{
    QApplication::clipboard()->setText(tsv(ui->tableTabs->currentWidget()->findChild<QTableView *>()));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && ui) {
        ui->retranslateUi(this);
        fillChoices();
        m_cases->retranslate();
        m_money->retranslate();
        if (!m_stale)
            refresh(); // the charts' words, the units' and the province's names, the numbers' format
    }
    QWidget::changeEvent(event);
}
