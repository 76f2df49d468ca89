#include "AwardDialog.h"
#include "ui_AwardDialog.h"

#include "ComboChoices.h"
#include "RegisterValidator.h"
#include "StatisticalPeriod.h"

AwardDialog::AwardDialog(const UnitList &units, const Clock &clock, QWidget *parent)
    : FormDialog(parent), ui(std::make_unique<Ui::AwardDialog>()), m_units(units), m_clock(clock)
{
    ui->setupUi(this);
    ui->messageLabel->hide();
    fillChoices();
    setMessageLabel(ui->messageLabel);
    watch(RegisterField::Year, ui->yearSpin);
    watch(RegisterField::Unit, ui->unitCombo);
    watch(RegisterField::Level, ui->levelCombo);
    watch(RegisterField::RecipientKind, ui->recipientKindCombo);
    watch(RegisterField::RecipientName, ui->recipientEdit);
    watch(RegisterField::DecisionNo, ui->decisionNoEdit);
    watch(RegisterField::DecisionDate, ui->decisionDateEdit);
    rejudge(ui->yearSpin, RegisterField::DecisionDate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AwardDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AwardDialog::reject);
    setAward(Award{});
}

AwardDialog::~AwardDialog() = default;

void AwardDialog::fillChoices()
{
    ComboChoices::fillUnits(ui->unitCombo, m_units);
    ComboChoices::fill(ui->levelCombo, AwardLevels::all(), &AwardLevels::displayName);
    ComboChoices::fill(ui->recipientKindCombo, RecipientKinds::all(), &RecipientKinds::displayName);
}

void AwardDialog::setAward(const Award &a)
{
    beginLoading();
    m_award = a;
    const QDate today = m_clock.today();
    ui->yearSpin->setValue(a.year > 0 ? a.year : StatisticalPeriod::statisticalYearOf(today));
    ComboChoices::selectUnit(ui->unitCombo, a.unitId);
    ComboChoices::select(ui->levelCombo, a.level);
    ComboChoices::select(ui->recipientKindCombo, a.recipientKind);
    ui->recipientEdit->setText(a.recipientName);
    ui->decisionNoEdit->setText(a.decisionNo);
    ui->decisionDateEdit->setDate(a.decisionDate.isValid() ? a.decisionDate : today);
    updateTitle();
    endLoading();
}

void AwardDialog::updateTitle()
{
    setWindowTitle(m_award.id == 0 ? tr("New award") : tr("Award of %1").arg(m_award.recipientName));
}

Award AwardDialog::fromForm() const
{
    Award a = m_award;
    a.year = ui->yearSpin->value();
    a.unitId = ui->unitCombo->currentData().toLongLong();
    a.level = ComboChoices::value<AwardLevel>(ui->levelCombo);
    a.recipientKind = ComboChoices::value<RecipientKind>(ui->recipientKindCombo);
    a.recipientName = ui->recipientEdit->text().trimmed();
    a.decisionNo = ui->decisionNoEdit->text().trimmed();
    a.decisionDate = ui->decisionDateEdit->date();
    return a;
}

FieldProblems AwardDialog::problems() const
{
    return RegisterValidator::validate(fromForm(), m_clock.today());
}

WriteResult AwardDialog::store()
{
    Award a = fromForm();
    if (!m_save)
        return WriteResult::failure(tr("Nothing can save this form."));
    const WriteResult result = m_save(&a);
    if (result.ok())
        m_award = a;
    return result;
}

void AwardDialog::retranslate()
{
    ui->retranslateUi(this);
    fillChoices();
    updateTitle();
}
