#include "CorrectionDialog.h"
#include "ui_CorrectionDialog.h"

#include "Format.h"
#include "QuitShortcut.h"

CorrectionDialog::CorrectionDialog(const CaseLedger &ledger, qint64 eventId, const Clock &clock, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::CorrectionDialog>()), m_ledger(ledger), m_eventId(eventId),
      m_clock(clock)
{
    ui->setupUi(this);
    ui->dateEdit->setDate(clock.today());
    ui->messageLabel->hide();
    describe();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CorrectionDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &CorrectionDialog::reject);
    QuitShortcut::install(this);
}

CorrectionDialog::~CorrectionDialog() = default;

void CorrectionDialog::describe()
{
    for (const CaseEvent &e : m_ledger.events()) {
        if (e.id != m_eventId)
            continue;
        QString what = tr("%1 of %2").arg(EventTypes::displayName(e.type), Format::date(e.date));
        if (EventTypes::carriesAmount(e.type))
            what += QStringLiteral(", ") + Format::money(e.amount);
        ui->eventLabel->setText(tr("The event \"%1\" will be voided: it stays in the history, struck through, "
                                   "and no longer counts.")
                                    .arg(what));
    }
}

CaseEvent CorrectionDialog::correction() const
{
    CaseEvent e;
    e.type = EventType::Correction;
    e.date = ui->dateEdit->date();
    e.note = ui->reasonEdit->text().trimmed();
    e.correctsEventId = m_eventId;
    return e;
}

void CorrectionDialog::save()
{
    CaseEvent e = correction();
    QString message;
    if (const auto breach = m_ledger.with(e).check(m_clock.today()))
        message = breach->message();
    else if (m_save) {
        const WriteResult result = m_save(&e);
        if (result.ok()) {
            accept();
            return;
        }
        message = result.message();
    }
    ui->messageLabel->setText(message);
    ui->messageLabel->setVisible(!message.isEmpty());
}

void CorrectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        describe();
    }
    QDialog::changeEvent(event);
}
