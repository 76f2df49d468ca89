#include "CaseRegisterPage.h"
#include "ui_CaseRegisterPage.h"

#include "AuditTrailModel.h"
#include "CaseActions.h"
#include "CaseHistoryModel.h"
#include "CaseListModel.h"
#include "CaseRepository.h"
#include "FitText.h"
#include "Format.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QSettings>

namespace {
// The state filter's choices: a CaseState set each, "on hold" being three.
QList<std::pair<QString, QSet<CaseState>>> stateChoices()
{
    return {
        {CaseRegisterPage::tr("All states"), {}},
        {CaseStates::displayName(CaseState::InProgress), {CaseState::InProgress}},
        {CaseRegisterPage::tr("On hold"), {CaseState::Postponed, CaseState::Suspended, CaseState::HeldOther}},
        {CaseStates::displayName(CaseState::WithoutConditions), {CaseState::WithoutConditions}},
        {CaseStates::displayName(CaseState::Completed), {CaseState::Completed}},
        {CaseStates::displayName(CaseState::Terminated), {CaseState::Terminated}},
        {CaseStates::displayName(CaseState::Entrusted), {CaseState::Entrusted}},
        {CaseStates::displayName(CaseState::Withdrawn), {CaseState::Withdrawn}},
    };
}

// Enter opens the case; the table keeps its other keys.
class EnterFilter : public QObject
{
public:
    EnterFilter(QObject *parent, std::function<void()> onEnter) : QObject(parent), m_onEnter(std::move(onEnter)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_onEnter();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};
} // namespace

CaseRegisterPage::CaseRegisterPage(const Session &session, CaseActions *actions, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::CaseRegisterPage>()), m_session(session), m_actions(actions),
      m_model(new CaseListModel(session.sql(), this)), m_history(new CaseHistoryModel(this)),
      m_changes(new AuditTrailModel(session.sql(), this))
{
    ui->setupUi(this);
    FitText::searchHint(ui->searchEdit);
    // With their labels the filters share the row at 1366 pixels: each shows about eight
    // characters of its choice, the list opens as wide as its longest.
    for (QComboBox *combo : {ui->stateCombo, ui->kindCombo, ui->modeCombo, ui->yearCombo, ui->executorCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    ui->drillDownLabel->hide();
    ui->caseView->setModel(m_model);
    ui->caseView->verticalHeader()->hide();
    ui->caseView->verticalHeader()->setDefaultSectionSize(ui->caseView->fontMetrics().height() + 8);
    ui->caseView->horizontalHeader()->setSortIndicator(CaseListModel::DecisionDate, Qt::DescendingOrder);
    ui->caseView->horizontalHeader()->setStretchLastSection(false);
    ui->caseView->horizontalHeader()->setHighlightSections(false); // bold headers would not fit
    ui->historyView->setModel(m_history);
    ui->historyView->verticalHeader()->hide();
    ui->historyView->horizontalHeader()->setSectionResizeMode(CaseHistoryModel::Note, QHeaderView::Stretch);
    m_changes->clear();
    ui->changesView->setModel(m_changes);
    ui->changesView->verticalHeader()->hide();
    ui->changesView->horizontalHeader()->setStretchLastSection(true);
    ui->caseView->installEventFilter(new EnterFilter(this, [this] { openCurrent(); }));
    fillFilterChoices();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &CaseRegisterPage::applyFilters);
    connect(ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilters();
        ui->caseView->setFocus();
        if (m_model->rowCount() > 0)
            ui->caseView->selectRow(0);
    });
    for (QComboBox *combo : {ui->stateCombo, ui->kindCombo, ui->modeCombo, ui->yearCombo, ui->executorCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseRegisterPage::applyFilters);
    connect(ui->clearFiltersButton, &QToolButton::clicked, this, &CaseRegisterPage::clearFilters);
    connect(ui->caseView, &QTableView::doubleClicked, this, &CaseRegisterPage::openCurrent);
    connect(ui->openButton, &QPushButton::clicked, this, &CaseRegisterPage::openCurrent);
    connect(ui->addEventButton, &QPushButton::clicked, this, &CaseRegisterPage::addEventToCurrent);
    connect(ui->caseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CaseRegisterPage::showDetails);
    connect(m_model, &CaseListModel::totalCountChanged, this, &CaseRegisterPage::matchingCountChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseRegisterPage::selectFirstCase);
    connect(m_actions, &CaseActions::caseChanged, this, [this](qint64 caseId) {
        refresh();
        selectCase(caseId);
        // Back from a form, the clerk is on the case's row (the window gives it the focus when active again).
        if (isVisible() && m_model->rowOfCase(caseId) >= 0)
            ui->caseView->setFocus();
    });
    showDetails();
}

CaseRegisterPage::~CaseRegisterPage() = default;

void CaseRegisterPage::fillFilterChoices()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(ui->stateCombo), QSignalBlocker(ui->kindCombo),
                                       QSignalBlocker(ui->modeCombo), QSignalBlocker(ui->yearCombo),
                                       QSignalBlocker(ui->executorCombo)};
    const int state = std::max(0, ui->stateCombo->currentIndex());
    ui->stateCombo->clear();
    for (const auto &choice : stateChoices())
        ui->stateCombo->addItem(choice.first);
    ui->stateCombo->setCurrentIndex(state);

    const QVariant kind = ui->kindCombo->currentData();
    ui->kindCombo->clear();
    ui->kindCombo->addItem(tr("All kinds"));
    for (CaseKind k : CaseKinds::all())
        ui->kindCombo->addItem(CaseKinds::displayName(k), int(k));
    ui->kindCombo->setCurrentIndex(std::max(0, ui->kindCombo->findData(kind)));

    const QVariant mode = ui->modeCombo->currentData();
    ui->modeCombo->clear();
    ui->modeCombo->addItem(tr("All modes"));
    for (EnforcementMode m : EnforcementModes::all())
        ui->modeCombo->addItem(EnforcementModes::displayName(m), int(m));
    ui->modeCombo->setCurrentIndex(std::max(0, ui->modeCombo->findData(mode)));

    const CaseListQuery lists(m_session.sql());
    const QVariant year = ui->yearCombo->currentData();
    ui->yearCombo->clear();
    ui->yearCombo->addItem(tr("All years"));
    for (int y : lists.acceptedYears())
        ui->yearCombo->addItem(tr("Accepted in %1").arg(y), y);
    ui->yearCombo->setCurrentIndex(std::max(0, ui->yearCombo->findData(year)));

    const QVariant executor = ui->executorCombo->currentData();
    ui->executorCombo->clear();
    ui->executorCombo->addItem(tr("All officers"));
    for (const QString &name : lists.executors(m_unitId))
        ui->executorCombo->addItem(name, name);
    ui->executorCombo->setCurrentIndex(std::max(0, ui->executorCombo->findData(executor)));
    for (QComboBox *combo : {ui->stateCombo, ui->kindCombo, ui->modeCombo, ui->yearCombo, ui->executorCombo})
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
}

void CaseRegisterPage::applyFilters()
{
    CaseFilter filter = m_drillDown;
    filter.unitId = m_unitId;
    filter.search = ui->searchEdit->text();
    filter.states = stateChoices().value(ui->stateCombo->currentIndex()).second;
    if (ui->kindCombo->currentIndex() > 0)
        filter.kind = static_cast<CaseKind>(ui->kindCombo->currentData().toInt());
    if (ui->modeCombo->currentIndex() > 0)
        filter.mode = static_cast<EnforcementMode>(ui->modeCombo->currentData().toInt());
    filter.acceptedYear = ui->yearCombo->currentData().toInt();
    filter.executor = ui->executorCombo->currentData().toString();
    m_model->setFilter(filter);
    saveState();
}

void CaseRegisterPage::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    fillFilterChoices();
    applyFilters();
}

void CaseRegisterPage::showPeriodStates(qint64 unitId, QDate start, QDate end, const QSet<CaseState> &states,
                                        const QString &description)
{
    m_drillDown = CaseFilter{};
    m_drillDown.periodStart = start;
    m_drillDown.periodEnd = end;
    m_drillDown.periodStates = states;
    ui->drillDownLabel->setText(description);
    ui->drillDownLabel->show();
    resetFilterWidgets();
    m_unitId = unitId;
    applyFilters();
}

void CaseRegisterPage::resetFilterWidgets()
{
    for (QComboBox *combo : {ui->stateCombo, ui->kindCombo, ui->modeCombo, ui->yearCombo, ui->executorCombo}) {
        const QSignalBlocker blocker(combo); // one applyFilters() afterwards, not one per filter
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(ui->searchEdit);
    ui->searchEdit->clear();
}

void CaseRegisterPage::clearFilters()
{
    m_drillDown = CaseFilter{};
    ui->drillDownLabel->hide();
    resetFilterWidgets();
    applyFilters();
}

qint64 CaseRegisterPage::matchingCount() const
{
    return m_model->totalCount();
}

void CaseRegisterPage::selectFirstCase()
{
    // The first case is current after every reload, so the arrows and Enter work at once.
    if (m_model->rowCount() > 0)
        ui->caseView->selectRow(0);
    showDetails();
}

qint64 CaseRegisterPage::currentCaseId() const
{
    return m_model->caseId(ui->caseView->currentIndex().row());
}

void CaseRegisterPage::selectCase(qint64 caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return;
    ui->caseView->setCurrentIndex(m_model->index(row, 0));
    ui->caseView->selectRow(row);
}

void CaseRegisterPage::focusSearch()
{
    ui->searchEdit->setFocus();
    ui->searchEdit->selectAll();
}

void CaseRegisterPage::refresh()
{
    const qint64 current = currentCaseId();
    fillFilterChoices();
    m_model->reload();
    selectCase(current);
}

void CaseRegisterPage::openCurrent()
{
    if (const qint64 id = currentCaseId())
        m_actions->editCase(id);
}

void CaseRegisterPage::addEventToCurrent()
{
    if (const qint64 id = currentCaseId())
        m_actions->addEvent(id);
}

void CaseRegisterPage::deleteCurrent()
{
    if (const qint64 id = currentCaseId())
        m_actions->deleteCase(id);
}

void CaseRegisterPage::showDetails()
{
    const qint64 id = currentCaseId();
    const CaseRepository repository(m_session);
    const auto c = id ? repository.find(id) : std::nullopt;
    // What the user may change: storage refuses the rest, the page does not offer it.
    m_currentWritable = c && !m_session.database().isReadOnly() && m_session.actor().canWriteUnit(c->unitId);
    ui->openButton->setEnabled(id != 0);
    ui->addEventButton->setEnabled(m_currentWritable);
    emit currentCaseChanged(id);
    if (!c) {
        ui->detailsLabel->setText(tr("Select a case to see its history. Enter opens it; Ctrl+N starts a new one."));
        m_history->clear();
        m_changes->clear();
        return;
    }
    const CaseLedger ledger = *repository.ledger(id);
    const CaseStatus status = ledger.current();
    // What the obligor owes: money, or for a purely non-money case the obligation.
    const QString owes = c->amountDue > 0
        ? tr("%1 must pay %2 to %3").arg(c->obligorName.toHtmlEscaped(), Format::money(c->amountDue),
                                         c->obligeeName.toHtmlEscaped())
        : tr("%1 must, for %2: %3").arg(c->obligorName.toHtmlEscaped(), c->obligeeName.toHtmlEscaped(),
                                        c->obligation.toHtmlEscaped());
    ui->detailsLabel->setText(tr("<b>%1</b> of %2 — %3. <b>%4</b>; collected %5, still due %6.")
                                  .arg(c->decisionNo.toHtmlEscaped(), Format::date(c->decisionDate), owes,
                                       CaseStates::displayName(status.state()), Format::money(status.paid),
                                       Format::money(status.remaining())));
    m_history->setLedger(ledger);
    ui->historyView->resizeColumnsToContents();
    ui->historyView->horizontalHeader()->setSectionResizeMode(CaseHistoryModel::Note, QHeaderView::Stretch);
    if (m_changesShown) {
        AuditFilter ofCase;
        ofCase.caseId = id;
        if (m_changes->filter() == ofCase)
            m_changes->reload(); // after a write: its new rows
        else
            m_changes->setFilter(ofCase);
        for (int column : {AuditTrailModel::Time, AuditTrailModel::User, AuditTrailModel::Action,
                           AuditTrailModel::Table, AuditTrailModel::Row})
            ui->changesView->resizeColumnToContents(column);
    }
}

void CaseRegisterPage::setChangesShown(bool shown)
{
    m_changesShown = shown;
    ui->historyTabs->setTabVisible(ui->historyTabs->indexOf(ui->changesTab), shown);
    if (!shown)
        m_changes->clear();
    showDetails();
}

void CaseRegisterPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("register"));
    settings.setValue(QStringLiteral("columns"), ui->caseView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("splitter"), ui->splitter->saveState());
    settings.setValue(QStringLiteral("search"), ui->searchEdit->text());
    settings.setValue(QStringLiteral("state"), ui->stateCombo->currentIndex());
    settings.setValue(QStringLiteral("kind"), ui->kindCombo->currentData());
    settings.setValue(QStringLiteral("mode"), ui->modeCombo->currentData());
    settings.setValue(QStringLiteral("year"), ui->yearCombo->currentData());
    settings.setValue(QStringLiteral("executor"), ui->executorCombo->currentData());
}

void CaseRegisterPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("register"));
    if (!ui->caseView->horizontalHeader()->restoreState(settings.value(QStringLiteral("columns")).toByteArray())) {
        // Widths that fit a 1366-pixel screen, in character widths of the current font.
        const int ch = ui->caseView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
        const std::pair<int, int> widths[] = {
            {CaseListModel::Unit, 14},       {CaseListModel::DecisionNo, 17}, {CaseListModel::DecisionDate, 11},
            {CaseListModel::Obligor, 19},    {CaseListModel::Obligee, 18},    {CaseListModel::Kind, 18},
            {CaseListModel::Executor, 15},   {CaseListModel::AmountDue, 13},  {CaseListModel::AmountPaid, 12},
            {CaseListModel::AmountRemaining, 13}, {CaseListModel::State, 14},
        };
        // No narrower than the header, in either language ("Accepted on", "Enforcement officer").
        const QFontMetrics header = ui->caseView->horizontalHeader()->fontMetrics();
        for (const auto &[column, chars] : widths) {
            const QString title = m_model->headerData(column, Qt::Horizontal).toString();
            ui->caseView->setColumnWidth(column, std::max(chars * ch, header.horizontalAdvance(title) + 24));
        }
    }
    if (!ui->splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        ui->splitter->setSizes({560, 160});
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(ui->stateCombo), QSignalBlocker(ui->kindCombo),
                                           QSignalBlocker(ui->modeCombo), QSignalBlocker(ui->yearCombo),
                                           QSignalBlocker(ui->executorCombo), QSignalBlocker(ui->searchEdit)};
        ui->searchEdit->setText(settings.value(QStringLiteral("search")).toString());
        ui->stateCombo->setCurrentIndex(std::max(0, settings.value(QStringLiteral("state")).toInt()));
        for (auto [combo, key] : {std::pair{ui->kindCombo, "kind"}, {ui->modeCombo, "mode"},
                                  {ui->yearCombo, "year"}, {ui->executorCombo, "executor"}}) {
            const QVariant value = settings.value(QString::fromLatin1(key));
            combo->setCurrentIndex(value.isValid() ? std::max(0, combo->findData(value)) : 0);
        }
    }
    const auto header = ui->caseView->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    applyFilters();
    selectFirstCase();
}

void CaseRegisterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        FitText::searchHint(ui->searchEdit);
        fillFilterChoices();
        m_model->reload();
        m_history->retranslate();
        m_changes->retranslate();
        showDetails();
    }
    QWidget::changeEvent(event);
}
