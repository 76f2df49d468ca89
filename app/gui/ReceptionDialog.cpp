#include "ReceptionDialog.h"
#include "ui_ReceptionDialog.h"

#include "ComboChoices.h"
#include "Format.h"
#include "RegisterValidator.h"

ReceptionDialog::ReceptionDialog(const UnitList &units, const Clock &clock, ComplaintChoices choices, QWidget *parent)
    : FormDialog(parent), ui(std::make_unique<Ui::ReceptionDialog>()), m_units(units), m_clock(clock),
      m_choices(std::move(choices))
{
    ui->setupUi(this);
    ui->messageLabel->hide();
    fillChoices();
    setMessageLabel(ui->messageLabel);
    watch(RegisterField::Unit, ui->unitCombo);
    watch(RegisterField::Date, ui->dateEdit);
    watch(RegisterField::ReceiverRole, ui->roleCombo);
    watch(RegisterField::ReceiverName, ui->receiverEdit);
    watch(RegisterField::People, ui->peopleSpin);
    watch(RegisterField::Subject, ui->subjectEdit);
    watch(RegisterField::Complaint, ui->complaintCombo);
    // The petitions offered are the unit's, around the reception's date.
    const auto refill = [this] { fillComplaints(ui->complaintCombo->currentData().toLongLong()); };
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, this, refill);
    connect(ui->dateEdit, &QDateEdit::dateChanged, this, refill);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ReceptionDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ReceptionDialog::reject);
    setReception(Reception{});
}

ReceptionDialog::~ReceptionDialog() = default;

void ReceptionDialog::fillChoices()
{
    ComboChoices::fillUnits(ui->unitCombo, m_units);
    ComboChoices::fill(ui->roleCombo, ReceiverRoles::all(), &ReceiverRoles::displayName);
}

void ReceptionDialog::fillComplaints(qint64 selected)
{
    const QSignalBlocker blocker(ui->complaintCombo);
    ui->complaintCombo->clear();
    ui->complaintCombo->addItem(tr("None"), qint64(0));
    if (m_choices) {
        for (const ComplaintChoice &choice :
             m_choices(ui->unitCombo->currentData().toLongLong(), ui->dateEdit->date()))
            ui->complaintCombo->addItem(choice.label, choice.id);
    }
    ui->complaintCombo->setCurrentIndex(std::max(0, ui->complaintCombo->findData(selected)));
}

void ReceptionDialog::setReception(const Reception &r)
{
    beginLoading();
    m_reception = r;
    ComboChoices::selectUnit(ui->unitCombo, r.unitId);
    ui->dateEdit->setDate(r.date.isValid() ? r.date : m_clock.today());
    ComboChoices::select(ui->roleCombo, r.receiverRole);
    ui->receiverEdit->setText(r.receiverName);
    ui->peopleSpin->setValue(r.people);
    ui->subjectEdit->setText(r.subject);
    fillComplaints(r.complaintId);
    updateTitle();
    endLoading();
}

void ReceptionDialog::updateTitle()
{
    setWindowTitle(m_reception.id == 0 ? tr("New citizen reception")
                                       : tr("Reception of %1").arg(Format::date(m_reception.date)));
}

Reception ReceptionDialog::fromForm() const
{
    Reception r = m_reception;
    r.unitId = ui->unitCombo->currentData().toLongLong();
    r.date = ui->dateEdit->date();
    r.receiverRole = ComboChoices::value<ReceiverRole>(ui->roleCombo);
    r.receiverName = ui->receiverEdit->text().trimmed();
    r.people = ui->peopleSpin->value();
    r.subject = ui->subjectEdit->text().trimmed();
    r.complaintId = ui->complaintCombo->currentData().toLongLong();
    return r;
}

FieldProblems ReceptionDialog::problems() const
{
    return RegisterValidator::validate(fromForm(), m_clock.today());
}

WriteResult ReceptionDialog::store()
{
    Reception r = fromForm();
    if (!m_save)
        return WriteResult::failure(tr("Nothing can save this form."));
    const WriteResult result = m_save(&r);
    if (result.ok())
        m_reception = r;
    return result;
}

void ReceptionDialog::retranslate()
{
    ui->retranslateUi(this);
    fillChoices();
    fillComplaints(ui->complaintCombo->currentData().toLongLong());
    updateTitle();
}
