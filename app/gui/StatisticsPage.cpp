#include "StatisticsPage.h"
#include "ui_StatisticsPage.h"

#include "CaseListQuery.h"
#include "Format.h"
#include "StatisticsEngine.h"
#include "StatisticsTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMessageBox>

StatisticsPage::StatisticsPage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::StatisticsPage>()), m_db(std::move(db)),
      m_cases(new StatisticsTableModel(StatisticsTableModel::Measure::Cases, this)),
      m_money(new StatisticsTableModel(StatisticsTableModel::Measure::Money, this))
{
    ui->setupUi(this);
    for (auto [view, model] : {std::pair{ui->casesView, m_cases}, {ui->moneyView, m_money}}) {
        view->setModel(model);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
        view->horizontalHeader()->setMinimumHeight(2 * view->fontMetrics().height() + 12);
    }
    connect(ui->periodSelector, &PeriodSelector::periodChanged, this, &StatisticsPage::compute);
    connect(ui->copyButton, &QPushButton::clicked, this, &StatisticsPage::copyTable);
    refresh();
}

StatisticsPage::~StatisticsPage() = default;

StatisticalPeriod StatisticsPage::period() const
{
    return ui->periodSelector->period();
}

void StatisticsPage::setPeriod(const StatisticalPeriod &period)
{
    ui->periodSelector->setPeriod(period);
}

const StatisticsTable &StatisticsPage::table() const
{
    return m_cases->table();
}

void StatisticsPage::refresh()
{
    const QList<int> years = CaseListQuery(m_db).acceptedYears();
    ui->periodSelector->setYears(years.isEmpty() ? QList<int>{StatisticalPeriod::statisticalYearOf(QDate::currentDate())}
                                                 : years);
    compute(ui->periodSelector->period());
}

void StatisticsPage::compute(const StatisticalPeriod &period)
{
    QString error;
    const auto table = StatisticsEngine(m_db).compute(period, &error);
    if (!table) {
        QMessageBox::warning(this, tr("Statistics"), error);
        return;
    }
    m_cases->setTable(*table);
    m_money->setTable(*table);
    ui->rangeLabel->setText(tr("%1 – %2").arg(Format::date(period.start()), Format::date(period.end())));
    for (QTableView *view : {ui->casesView, ui->moneyView})
        view->resizeColumnsToContents();
}

void StatisticsPage::copyTable()
{
    const auto *model = ui->tabs->currentIndex() == 0 ? m_cases : m_money;
    QApplication::clipboard()->setText(model->toTabSeparated());
}

void StatisticsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_cases->retranslate();
        m_money->retranslate();
        compute(ui->periodSelector->period());
    }
    QWidget::changeEvent(event);
}
