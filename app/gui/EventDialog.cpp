#include "EventDialog.h"
#include "ui_EventDialog.h"

#include "CaseValidator.h"
#include "Format.h"
#include "QuitShortcut.h"

#include <QPushButton>
#include <QShortcut>

EventDialog::EventDialog(const EnforcementCase &c, const CaseLedger &ledger, const Clock &clock, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::EventDialog>()), m_case(c), m_ledger(ledger), m_clock(clock)
{
    ui->setupUi(this);
    ui->dateEdit->setDate(clock.today());
    ui->messageLabel->hide();
    m_marker.setMessageLabel(ui->messageLabel);
    m_marker.addField(QStringLiteral("type"), ui->typeCombo);
    m_marker.addField(QStringLiteral("date"), ui->dateEdit);
    m_marker.addField(QStringLiteral("amount"), ui->amountEdit);
    offerTypes();
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, [this] {
        m_edited = true;
        offerTypes();
    });
    connect(ui->typeCombo, &QComboBox::currentIndexChanged, this, &EventDialog::update);
    connect(ui->amountEdit, &QLineEdit::textChanged, this, [this] {
        m_edited = true;
        update();
    });
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &EventDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &EventDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &EventDialog::save);
    QuitShortcut::install(this);
}

EventDialog::~EventDialog() = default;

void EventDialog::offerTypes()
{
    const QVariant current = ui->typeCombo->currentData();
    const QSignalBlocker blocker(ui->typeCombo);
    ui->typeCombo->clear();
    for (EventType type : m_ledger.allowedNext(ui->dateEdit->date(), m_clock.today())) {
        if (type != EventType::Correction) // corrections void a chosen event: their own dialog
            ui->typeCombo->addItem(EventTypes::displayName(type), int(type));
    }
    ui->typeCombo->setCurrentIndex(std::max(0, ui->typeCombo->findData(current)));
    update();
}

CaseEvent EventDialog::event() const
{
    CaseEvent e;
    e.type = static_cast<EventType>(ui->typeCombo->currentData().toInt());
    e.date = ui->dateEdit->date();
    e.amount = EventTypes::carriesAmount(e.type) ? ui->amountEdit->value().value_or(0) : 0;
    e.note = ui->noteEdit->text().trimmed();
    return e;
}

void EventDialog::setClosedBooks(const ClosedBooks &books, const QString &unitName)
{
    m_closedBooks = books;
    m_unitName = unitName;
    update();
}

std::optional<ClosedBooks::Closing> EventDialog::closedDate() const
{
    return m_closedBooks.closing(m_case.unitId, ui->dateEdit->date());
}

QString EventDialog::problem() const
{
    if (const auto closing = closedDate())
        return ClosedBooks::refusal(tr("Date"), ui->dateEdit->date(), *closing, m_unitName);
    if (ui->typeCombo->count() == 0) {
        const CaseStatus status = m_ledger.statusAt(ui->dateEdit->date());
        if (status.isClosed())
            return tr("No event can be recorded on %1: the case is closed (%2). To undo a mistaken event, open "
                      "the case and void it.")
                .arg(Format::date(ui->dateEdit->date()), CaseStates::displayName(status.state()));
        return tr("No event can be recorded on %1: it is before the case was accepted or after today.")
            .arg(Format::date(ui->dateEdit->date()));
    }
    const CaseEvent e = event();
    if (EventTypes::carriesAmount(e.type) && !ui->amountEdit->value())
        return CaseValidator::wholeDong(CaseField::AmountDue).message.replace(
            CaseFields::label(CaseField::AmountDue), tr("Amount"));
    if (const auto breach = m_ledger.with(e).check(m_clock.today()))
        return breach->message();
    return {};
}

void EventDialog::update()
{
    const auto type = static_cast<EventType>(ui->typeCombo->currentData().toInt());
    const bool money = ui->typeCombo->count() > 0 && EventTypes::carriesAmount(type);
    ui->amountEdit->setEnabled(money);
    ui->amountLabel->setEnabled(money);
    const CaseStatus status = m_ledger.statusAt(ui->dateEdit->date());
    ui->caseLabel->setText(tr("Case %1 — %2. State on %3: %4; still due: %5.")
                               .arg(m_case.decisionNo, m_case.obligorName, Format::date(ui->dateEdit->date()),
                                    CaseStates::displayName(status.state()), Format::money(status.remaining())));
    // Judge the amount once typed; the rest at once, since it was chosen from what is allowed.
    const QString message = (money && !m_edited && ui->amountEdit->text().isEmpty()) ? QString() : problem();
    showProblem(message);
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(ui->typeCombo->count() > 0);
}

QWidget *EventDialog::showProblem(const QString &message)
{
    return m_marker.show(message.isEmpty() ? FieldProblems{} : FieldProblems{{problemField(), message}});
}

QString EventDialog::problemField() const
{
    if (closedDate())
        return QStringLiteral("date");
    if (ui->typeCombo->count() == 0)
        return QStringLiteral("date"); // nothing can happen on that date
    const CaseEvent e = event();
    if (!EventTypes::carriesAmount(e.type))
        return QStringLiteral("type");
    if (!ui->amountEdit->value())
        return QStringLiteral("amount");
    // The amount is at fault when the same event with a token amount would pass (more than what remains).
    CaseEvent token = e;
    token.amount = 1;
    return m_ledger.with(token).check(m_clock.today()) ? QStringLiteral("type") : QStringLiteral("amount");
}

void EventDialog::save()
{
    QString message = problem();
    if (message.isEmpty() && m_save) {
        CaseEvent e = event();
        const WriteResult result = m_save(&e);
        if (result.ok()) {
            accept();
            return;
        }
        m_edited = true;
        // The database refused: at the field it names (a closed month's date), else below the form.
        m_marker.show(result.problems.isEmpty() ? FieldProblems{{QString(), result.message()}} : result.problems);
        return;
    }
    m_edited = true;
    if (QWidget *field = showProblem(message))
        field->setFocus(); // the clerk corrects it at once
}

void EventDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        offerTypes();
    }
    QDialog::changeEvent(event);
}
