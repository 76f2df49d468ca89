#include "ComplaintDialog.h"
#include "ui_ComplaintDialog.h"

#include "CaseLinkCompleter.h"
#include "ComboChoices.h"
#include "RegisterValidator.h"

ComplaintDialog::ComplaintDialog(const UnitList &units, const Clock &clock, CaseLookup lookup, QWidget *parent)
    : FormDialog(parent), ui(std::make_unique<Ui::ComplaintDialog>()), m_units(units), m_clock(clock)
{
    ui->setupUi(this);
    ui->messageLabel->hide();
    m_case = new CaseLinkCompleter(ui->caseEdit, ui->caseInfoLabel, std::move(lookup),
                                   [this] { return ui->unitCombo->currentData().toLongLong(); });
    fillChoices();
    setMessageLabel(ui->messageLabel);
    watch(RegisterField::Unit, ui->unitCombo);
    watch(RegisterField::ReceivedDate, ui->receivedDateEdit);
    watch(RegisterField::Kind, ui->kindCombo);
    watch(RegisterField::Competence, ui->competenceCombo);
    watch(RegisterField::Petitioner, ui->petitionerEdit);
    watch(RegisterField::Subject, ui->subjectEdit);
    watch(RegisterField::Case, ui->caseEdit);
    watch(RegisterField::Result, ui->resultCombo);
    watch(RegisterField::SettledDate, ui->settledDateEdit);
    watch(RegisterField::Note, ui->noteEdit);
    for (QWidget *flag : {ui->repeatedCheck, ui->crowdCheck, ui->beyondLevelCheck})
        rejudge(flag, RegisterField::Note); // flags have no rule of their own; they mark the form changed
    rejudge(ui->receivedDateEdit, RegisterField::SettledDate);
    rejudge(ui->resultCombo, RegisterField::SettledDate);
    rejudge(ui->unitCombo, RegisterField::Case);
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, m_case, &CaseLinkCompleter::update);
    connect(ui->resultCombo, &QComboBox::currentIndexChanged, this, &ComplaintDialog::updateSettled);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    setComplaint(Complaint{});
}

ComplaintDialog::~ComplaintDialog() = default;

void ComplaintDialog::fillChoices()
{
    ComboChoices::fillUnits(ui->unitCombo, m_units);
    ComboChoices::fill(ui->kindCombo, ComplaintKinds::all(), &ComplaintKinds::displayName);
    ComboChoices::fill(ui->competenceCombo, Competences::all(), &Competences::displayName);
    ComboChoices::fill(ui->resultCombo, ComplaintResults::all(), &ComplaintResults::displayName);
}

void ComplaintDialog::setComplaint(const Complaint &c)
{
    beginLoading();
    m_complaint = c;
    const QDate today = m_clock.today();
    ComboChoices::selectUnit(ui->unitCombo, c.unitId);
    ui->receivedDateEdit->setDate(c.receivedDate.isValid() ? c.receivedDate : today);
    ComboChoices::select(ui->kindCombo, c.kind);
    ComboChoices::select(ui->competenceCombo, c.competence);
    ui->petitionerEdit->setText(c.petitioner);
    ui->subjectEdit->setText(c.subject);
    m_case->setCase(c.caseId);
    ComboChoices::select(ui->resultCombo, c.result);
    ui->settledDateEdit->setDate(c.settledDate.isValid() ? c.settledDate : today);
    ui->repeatedCheck->setChecked(c.repeated);
    ui->crowdCheck->setChecked(c.crowd);
    ui->beyondLevelCheck->setChecked(c.beyondLevel);
    ui->noteEdit->setText(c.note);
    updateSettled();
    updateTitle();
    endLoading();
}

void ComplaintDialog::updateSettled()
{
    // A settled date belongs to a closed petition only.
    ui->settledDateEdit->setEnabled(ComplaintResults::isClosed(ComboChoices::value<ComplaintResult>(ui->resultCombo)));
}

void ComplaintDialog::updateTitle()
{
    setWindowTitle(m_complaint.id == 0 ? tr("New complaint or denunciation")
                                       : tr("Petition of %1").arg(m_complaint.petitioner));
}

Complaint ComplaintDialog::fromForm() const
{
    Complaint c = m_complaint;
    c.unitId = ui->unitCombo->currentData().toLongLong();
    c.receivedDate = ui->receivedDateEdit->date();
    c.kind = ComboChoices::value<ComplaintKind>(ui->kindCombo);
    c.competence = ComboChoices::value<Competence>(ui->competenceCombo);
    c.petitioner = ui->petitionerEdit->text().trimmed();
    c.subject = ui->subjectEdit->text().trimmed();
    const auto linked = m_case->resolve();
    c.caseId = linked ? linked->id : 0;
    c.result = ComboChoices::value<ComplaintResult>(ui->resultCombo);
    c.settledDate = ComplaintResults::isClosed(c.result) ? ui->settledDateEdit->date() : QDate();
    c.repeated = ui->repeatedCheck->isChecked();
    c.crowd = ui->crowdCheck->isChecked();
    c.beyondLevel = ui->beyondLevelCheck->isChecked();
    c.note = ui->noteEdit->text().trimmed();
    return c;
}

FieldProblems ComplaintDialog::problems() const
{
    FieldProblems problems = RegisterValidator::validate(fromForm(), m_clock.today());
    if (!m_case->isEmpty() && !m_case->resolve())
        problems << RegisterValidator::problem(RegisterField::Case,
                                               tr("this unit has no case numbered %1.").arg(ui->caseEdit->text().trimmed()));
    return problems;
}

WriteResult ComplaintDialog::store()
{
    Complaint c = fromForm();
    if (!m_save)
        return WriteResult::failure(tr("Nothing can save this form."));
    const WriteResult result = m_save(&c);
    if (result.ok())
        m_complaint = c;
    return result;
}

void ComplaintDialog::retranslate()
{
    ui->retranslateUi(this);
    fillChoices();
    updateTitle();
    m_case->update();
}
