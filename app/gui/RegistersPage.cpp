#include "RegistersPage.h"
#include "ui_RegistersPage.h"

#include "AwardListModel.h"
#include "CoercionListModel.h"
#include "FitText.h"
#include "ComplaintListModel.h"
#include "ReceptionListModel.h"
#include "RegisterActions.h"
#include "RegisterStatistics.h"
#include "RegisterSummaryText.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QShortcut>

namespace {
// Enter opens the selected entry; the table keeps its other keys.
class EnterOpens : public QObject
{
public:
    EnterOpens(QObject *parent, std::function<void()> open) : QObject(parent), m_open(std::move(open)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_open();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_open;
};
} // namespace

RegistersPage::RegistersPage(const Session &session, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::RegistersPage>()), m_session(session),
      m_actions(new RegisterActions(session, this))
{
    ui->setupUi(this);
    FitText::searchHint(ui->searchEdit);
    m_models = {new ComplaintListModel(session, this), new ReceptionListModel(session, this),
                new CoercionListModel(session, this), new AwardListModel(session, this)};
    for (RegisterKind kind : Registers::all()) {
        QTableView *table = view(kind);
        table->setModel(model(kind));
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setStretchLastSection(true);
        table->installEventFilter(new EnterOpens(this, [this] { openCurrent(); }));
        connect(table, &QTableView::doubleClicked, this, &RegistersPage::openCurrent);
        connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistersPage::updateButtons);
        connect(model(kind), &QAbstractItemModel::modelReset, this, &RegistersPage::updateButtons);
        connect(model(kind), &RegisterListModel::totalCountChanged, this, [this, kind](qint64 count) {
            if (kind == currentRegister())
                emit matchingCountChanged(count);
        });
        fitColumns(table);
    }
    nameViews();
    fillUnits();
    // Every year with entries and the current one; shown first, the latest with entries.
    QList<int> years = RegisterStatistics(session.sql()).years();
    const int latest = years.isEmpty() ? StatisticalPeriod::statisticalYearOf(session.clock().today()) : years.first();
    const int thisYear = StatisticalPeriod::statisticalYearOf(session.clock().today());
    if (!years.contains(thisYear) && (years.isEmpty() || thisYear > years.first()))
        years.prepend(thisYear);
    ui->periodSelector->setYears(years);
    ui->periodSelector->setPeriod(StatisticalPeriod::year(latest));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &RegistersPage::applyFilters);
    connect(ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilters();
        view(currentRegister())->setFocus();
        view(currentRegister())->selectRow(0);
    });
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, this, &RegistersPage::applyFilters);
    connect(ui->periodSelector, &PeriodSelector::periodChanged, this, &RegistersPage::applyFilters);
    connect(ui->clearFiltersButton, &QToolButton::clicked, this, &RegistersPage::clearFilters);
    connect(ui->tabs, &QTabWidget::currentChanged, this, [this] {
        updateSummary();
        updateButtons();
        emit matchingCountChanged(model(currentRegister())->totalCount());
    });
    connect(ui->newButton, &QPushButton::clicked, this, &RegistersPage::newEntryHere);
    connect(ui->editButton, &QPushButton::clicked, this, &RegistersPage::openCurrent);
    connect(ui->deleteButton, &QPushButton::clicked, this, &RegistersPage::deleteCurrent);
    for (auto [key, slot] : {std::pair{QKeySequence(Qt::Key_Insert), &RegistersPage::newEntryHere},
                             {QKeySequence(QKeySequence::Delete), &RegistersPage::deleteCurrent}}) {
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    connect(m_actions, &RegisterActions::entryChanged, this, [this](RegisterKind kind, qint64 id) {
        showRegister(kind);
        refresh();
        const int row = model(kind)->rowOfId(id);
        if (row >= 0)
            view(kind)->selectRow(row);
    });
    applyFilters();
}

RegistersPage::~RegistersPage() = default;

RegisterKind RegistersPage::currentRegister() const
{
    return static_cast<RegisterKind>(std::max(0, ui->tabs->currentIndex()));
}

RegisterListModel *RegistersPage::model(RegisterKind kind) const
{
    return m_models.at(int(kind));
}

QTableView *RegistersPage::view(RegisterKind kind) const
{
    switch (kind) {
    case RegisterKind::Complaints: return ui->complaintView;
    case RegisterKind::Reception: return ui->receptionView;
    case RegisterKind::Coercion: return ui->coercionView;
    case RegisterKind::Awards: return ui->awardView;
    }
    return ui->complaintView;
}

qint64 RegistersPage::currentId() const
{
    const RegisterKind kind = currentRegister();
    return model(kind)->idAt(view(kind)->currentIndex().row());
}

QString RegistersPage::summaryText() const
{
    return ui->summaryLabel->text();
}

void RegistersPage::fillUnits()
{
    const QSignalBlocker blocker(ui->unitCombo);
    const QVariant current = ui->unitCombo->currentData();
    ui->unitCombo->clear();
    ui->unitCombo->addItem(tr("All units"), qint64(0));
    for (const Unit &unit : UnitRepository(m_session.sql()).all())
        ui->unitCombo->addItem(unit.displayName(), unit.id);
    ui->unitCombo->setCurrentIndex(std::max(0, ui->unitCombo->findData(current)));
}

void RegistersPage::setUnit(qint64 unitId)
{
    const int index = std::max(0, ui->unitCombo->findData(unitId));
    if (index != ui->unitCombo->currentIndex())
        ui->unitCombo->setCurrentIndex(index);
}

void RegistersPage::showRegister(RegisterKind kind)
{
    ui->tabs->setCurrentIndex(int(kind));
}

void RegistersPage::applyFilters()
{
    RegisterFilter filter;
    filter.unitId = ui->unitCombo->currentData().toLongLong();
    filter.period = ui->periodSelector->period();
    filter.search = ui->searchEdit->text();
    for (RegisterListModel *m : std::as_const(m_models))
        m->setFilter(filter);
    updateSummary();
    updateButtons();
}

void RegistersPage::updateSummary()
{
    ui->summaryLabel->setText(RegisterSummaryText::describe(m_session.sql(), currentRegister(),
                                                            ui->periodSelector->period(),
                                                            ui->unitCombo->currentData().toLongLong()));
}

void RegistersPage::updateButtons()
{
    const bool selected = currentId() != 0;
    ui->editButton->setEnabled(selected);
    ui->deleteButton->setEnabled(selected);
}

void RegistersPage::fitColumns(QTableView *table)
{
    // Widths that fit a 1366-pixel screen, in character widths; the last column stretches.
    const int ch = table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const QString header = table->model()->headerData(column, Qt::Horizontal).toString();
        table->setColumnWidth(column, std::clamp(int(header.size()) + 4, 8, 14) * ch);
    }
    const int date = table->fontMetrics().horizontalAdvance(QStringLiteral("30/09/2021")) + 3 * ch;
    const std::pair<QTableView *, QList<std::pair<int, int>>> wide[] = {
        {ui->complaintView, {{ComplaintListModel::Unit, 14}, {ComplaintListModel::Kind, 11},
                             {ComplaintListModel::Petitioner, 18}, {ComplaintListModel::Subject, 28},
                             {ComplaintListModel::Case, 16}, {ComplaintListModel::Result, 16}}},
        {ui->receptionView, {{ReceptionListModel::Unit, 14}, {ReceptionListModel::ReceiverName, 22},
                             {ReceptionListModel::Subject, 46}, {ReceptionListModel::Complaint, 22}}},
        {ui->coercionView, {{CoercionListModel::Unit, 14}, {CoercionListModel::Case, 16},
                            {CoercionListModel::Obligor, 22}, {CoercionListModel::Measure, 30},
                            {CoercionListModel::Outcome, 14}}},
        {ui->awardView, {{AwardListModel::Unit, 14}, {AwardListModel::Level, 28}, {AwardListModel::Recipient, 36},
                         {AwardListModel::DecisionNo, 18}}},
    };
    for (const auto &[target, columns] : wide) {
        if (target == table) {
            for (const auto &[column, chars] : columns)
                table->setColumnWidth(column, chars * ch);
        }
    }
    const std::pair<QTableView *, QList<int>> dates[] = {
        {ui->complaintView, {ComplaintListModel::ReceivedDate, ComplaintListModel::SettledDate}},
        {ui->receptionView, {ReceptionListModel::Date}},
        {ui->coercionView, {CoercionListModel::Date}},
        {ui->awardView, {AwardListModel::DecisionDate}},
    };
    for (const auto &[target, columns] : dates) {
        if (target == table) {
            for (int column : columns)
                table->setColumnWidth(column, std::max(date, table->columnWidth(column)));
        }
    }
}

void RegistersPage::refresh()
{
    const qint64 id = currentId();
    for (RegisterListModel *m : std::as_const(m_models))
        m->reload();
    updateSummary();
    const int row = model(currentRegister())->rowOfId(id);
    if (row >= 0)
        view(currentRegister())->selectRow(row);
    updateButtons();
}

void RegistersPage::focusSearch()
{
    ui->searchEdit->setFocus();
    ui->searchEdit->selectAll();
}

void RegistersPage::focusList()
{
    QTableView *table = view(currentRegister());
    table->setFocus();
    if (!table->currentIndex().isValid() && table->model()->rowCount() > 0)
        table->selectRow(0);
}

void RegistersPage::clearFilters()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(ui->searchEdit), QSignalBlocker(ui->unitCombo)};
        ui->searchEdit->clear();
        ui->unitCombo->setCurrentIndex(0);
    }
    applyFilters();
}

void RegistersPage::newEntry(RegisterKind kind)
{
    showRegister(kind);
    m_actions->newEntry(kind, ui->unitCombo->currentData().toLongLong());
}

void RegistersPage::openCurrent()
{
    if (const qint64 id = currentId())
        m_actions->edit(currentRegister(), id);
}

void RegistersPage::deleteCurrent()
{
    if (const qint64 id = currentId())
        m_actions->remove(currentRegister(), id);
}

void RegistersPage::nameViews()
{
    for (RegisterKind kind : Registers::all())
        view(kind)->setAccessibleName(Registers::displayName(kind));
}

void RegistersPage::editTargets()
{
    m_actions->editTargets(ui->periodSelector->period().statisticalYear());
}

void RegistersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        FitText::searchHint(ui->searchEdit);
        nameViews();
        fillUnits();
        for (RegisterListModel *m : std::as_const(m_models))
            m->retranslate();
        updateSummary();
    }
    QWidget::changeEvent(event);
}
