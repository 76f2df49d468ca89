#include "CaseDialog.h"
#include "ui_CaseDialog.h"

#include "CaseHistoryModel.h"
#include "CaseValidator.h"
#include "Format.h"

#include <QCompleter>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

CaseDialog::CaseDialog(const UnitList &units, const Clock &clock, QWidget *parent)
    : FormDialog(parent), ui(std::make_unique<Ui::CaseDialog>()), m_history(new CaseHistoryModel(this)),
      m_units(units), m_clock(clock)
{
    ui->setupUi(this);
    ui->historyView->setModel(m_history);
    ui->historyView->horizontalHeader()->setSectionResizeMode(CaseHistoryModel::Note, QHeaderView::Stretch);
    ui->historyView->verticalHeader()->hide();
    ui->messageLabel->hide();
    fillChoices();

    const std::pair<CaseField, QWidget *> fields[] = {
        {CaseField::Unit, ui->unitCombo},
        {CaseField::DecisionNo, ui->decisionNoEdit},
        {CaseField::DecisionDate, ui->decisionDateEdit},
        {CaseField::Mode, ui->modeCombo},
        {CaseField::Kind, ui->kindCombo},
        {CaseField::JudgmentNo, ui->judgmentNoEdit},
        {CaseField::JudgmentDate, ui->judgmentDateEdit},
        {CaseField::Court, ui->courtEdit},
        {CaseField::Obligor, ui->obligorNameEdit},
        {CaseField::Obligee, ui->obligeeNameEdit},
        {CaseField::Executor, ui->executorEdit},
        {CaseField::AmountDue, ui->amountDueEdit},
        {CaseField::Obligation, ui->obligationEdit},
        {CaseField::ObligorAddress, ui->obligorAddressEdit},
        {CaseField::ObligorId, ui->obligorIdEdit},
        {CaseField::ObligeeAddress, ui->obligeeAddressEdit},
        {CaseField::ObligeeId, ui->obligeeIdEdit},
    };
    setMessageLabel(ui->messageLabel);
    for (const auto &[field, widget] : fields)
        watch(field, widget);
    // A decision can only follow its judgment: changing either date re-judges both.
    rejudge(ui->judgmentDateEdit, CaseFields::key(CaseField::DecisionDate));

    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CaseDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    auto *eventShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(eventShortcut, &QShortcut::activated, ui->addEventButton, &QPushButton::click);
    connect(ui->addEventButton, &QPushButton::clicked, this, &CaseDialog::addEventRequested);
    connect(ui->correctButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEventId())
            emit correctionRequested(id);
    });
    connect(ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseDialog::updateStatus);

    setCase(EnforcementCase{});
}

CaseDialog::~CaseDialog() = default;

void CaseDialog::fillChoices()
{
    const QVariant unit = ui->unitCombo->currentData();
    const QVariant kind = ui->kindCombo->currentData();
    const QVariant mode = ui->modeCombo->currentData();
    ui->unitCombo->clear();
    for (const Unit &u : std::as_const(m_units))
        ui->unitCombo->addItem(u.displayName(), u.id);
    ui->kindCombo->clear();
    for (CaseKind k : CaseKinds::all())
        ui->kindCombo->addItem(CaseKinds::displayName(k), int(k));
    ui->modeCombo->clear();
    for (EnforcementMode m : EnforcementModes::all())
        ui->modeCombo->addItem(EnforcementModes::displayName(m), int(m));
    for (auto [combo, value] : {std::pair{ui->unitCombo, unit}, {ui->kindCombo, kind}, {ui->modeCombo, mode}}) {
        if (value.isValid())
            combo->setCurrentIndex(combo->findData(value));
    }
}

void CaseDialog::setCompletions(const QStringList &executors, const QStringList &courts)
{
    for (auto [edit, words] : {std::pair{ui->executorEdit, executors}, {ui->courtEdit, courts}}) {
        auto *completer = new QCompleter(words, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
}

void CaseDialog::setCase(const EnforcementCase &c)
{
    beginLoading();
    m_case = c;
    const bool isNew = c.id == 0;
    updateTitle();
    ui->unitCombo->setCurrentIndex(std::max(0, ui->unitCombo->findData(c.unitId)));
    ui->decisionNoEdit->setText(c.decisionNo);
    const QDate today = m_clock.today();
    ui->decisionDateEdit->setDate(c.decisionDate.isValid() ? c.decisionDate : today);
    ui->judgmentDateEdit->setDate(c.judgmentDate.isValid() ? c.judgmentDate : today);
    ui->modeCombo->setCurrentIndex(ui->modeCombo->findData(int(c.mode)));
    ui->kindCombo->setCurrentIndex(ui->kindCombo->findData(int(c.kind)));
    ui->judgmentNoEdit->setText(c.judgmentNo);
    ui->courtEdit->setText(c.court);
    ui->executorEdit->setText(c.executor);
    if (isNew)
        ui->amountDueEdit->clear();
    else
        ui->amountDueEdit->setValue(c.amountDue);
    ui->obligationEdit->setText(c.obligation);
    ui->obligorNameEdit->setText(c.obligorName);
    ui->obligorAddressEdit->setText(c.obligorAddress);
    ui->obligorIdEdit->setText(c.obligorIdNumber);
    ui->obligeeNameEdit->setText(c.obligeeName);
    ui->obligeeAddressEdit->setText(c.obligeeAddress);
    ui->obligeeIdEdit->setText(c.obligeeIdNumber);
    ui->historyGroup->setEnabled(!isNew);
    if (isNew)
        m_history->clear();
    endLoading();
    updateStatus();
}

void CaseDialog::updateTitle()
{
    setWindowTitle(m_case.id == 0 ? tr("New case") : tr("Case %1").arg(m_case.decisionNo));
}

void CaseDialog::setLedger(const CaseLedger &ledger)
{
    m_ledger = ledger;
    m_history->setLedger(ledger);
    ui->historyView->resizeColumnsToContents();
    ui->historyView->horizontalHeader()->setSectionResizeMode(CaseHistoryModel::Note, QHeaderView::Stretch);
    ui->historyView->scrollToBottom();
    updateStatus();
}

qint64 CaseDialog::selectedEventId() const
{
    const QModelIndexList rows = ui->historyView->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().data(CaseHistoryModel::VoidedRole).toBool())
        return 0;
    return rows.first().data(CaseHistoryModel::EventIdRole).toLongLong();
}

void CaseDialog::updateStatus()
{
    if (!m_ledger) {
        ui->statusLabel->setText(tr("Save the case to record its events."));
        ui->addEventButton->setEnabled(false);
        ui->correctButton->setEnabled(false);
        return;
    }
    const CaseStatus status = m_ledger->current();
    ui->statusLabel->setText(tr("State: <b>%1</b> &nbsp; Collected: <b>%2</b> &nbsp; Reduced: <b>%3</b> &nbsp; "
                                "Still due: <b>%4</b>")
                                 .arg(CaseStates::displayName(status.state()), Format::money(status.paid),
                                      Format::money(status.reduced), Format::money(status.remaining())));
    ui->addEventButton->setEnabled(true);
    const qint64 selected = selectedEventId();
    bool correctable = false;
    for (const CaseEvent &e : m_ledger->events())
        correctable |= e.id == selected && e.type != EventType::Correction;
    ui->correctButton->setEnabled(correctable);
}

EnforcementCase CaseDialog::fromForm() const
{
    EnforcementCase c = m_case;
    c.unitId = ui->unitCombo->currentData().toLongLong();
    c.decisionNo = ui->decisionNoEdit->text().trimmed();
    c.decisionDate = ui->decisionDateEdit->date();
    c.mode = static_cast<EnforcementMode>(ui->modeCombo->currentData().toInt());
    c.kind = static_cast<CaseKind>(ui->kindCombo->currentData().toInt());
    c.judgmentNo = ui->judgmentNoEdit->text().trimmed();
    c.judgmentDate = ui->judgmentDateEdit->date();
    c.court = ui->courtEdit->text().trimmed();
    c.executor = ui->executorEdit->text().trimmed();
    c.amountDue = ui->amountDueEdit->value().value_or(0);
    c.obligation = ui->obligationEdit->text().trimmed();
    c.obligorName = ui->obligorNameEdit->text().trimmed();
    c.obligorAddress = ui->obligorAddressEdit->text().trimmed();
    c.obligorIdNumber = ui->obligorIdEdit->text().trimmed();
    c.obligeeName = ui->obligeeNameEdit->text().trimmed();
    c.obligeeAddress = ui->obligeeAddressEdit->text().trimmed();
    c.obligeeIdNumber = ui->obligeeIdEdit->text().trimmed();
    return c;
}

FieldProblems CaseDialog::problems() const
{
    FieldProblems problems;
    const bool amountRead = ui->amountDueEdit->value().has_value();
    if (!amountRead)
        problems << (ui->amountDueEdit->text().trimmed().isEmpty() ? CaseValidator::required(CaseField::AmountDue)
                                                                   : CaseValidator::wholeDong(CaseField::AmountDue));
    for (const FieldProblem &p : CaseValidator::validate(fromForm(), m_clock.today())) {
        // Without a readable amount, "required when no amount is due" would mislead.
        if (amountRead || p.field != CaseFields::key(CaseField::Obligation))
            problems << p;
    }
    // In the order of the form, so the first message is about the first field to fix.
    const QList<QWidget *> order = findChildren<QWidget *>();
    const auto position = [&](const FieldProblem &p) { return order.indexOf(fieldWidget(p.field)); };
    std::stable_sort(problems.begin(), problems.end(),
                     [&](const FieldProblem &a, const FieldProblem &b) { return position(a) < position(b); });
    return problems;
}

WriteResult CaseDialog::store()
{
    EnforcementCase c = fromForm();
    const WriteResult result = m_save ? m_save(&c) : WriteResult::failure(tr("The case cannot be saved here."));
    if (result.ok())
        m_case = c;
    return result;
}

void CaseDialog::retranslate()
{
    ui->retranslateUi(this);
    updateTitle();
    fillChoices();
    m_history->retranslate();
    updateStatus();
}
