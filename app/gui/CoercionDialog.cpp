#include "CoercionDialog.h"
#include "ui_CoercionDialog.h"

#include "CaseLinkCompleter.h"
#include "ComboChoices.h"
#include "RegisterValidator.h"

CoercionDialog::CoercionDialog(const UnitList &units, const Clock &clock, CaseLookup lookup, QWidget *parent)
    : FormDialog(parent), ui(std::make_unique<Ui::CoercionDialog>()), m_units(units), m_clock(clock)
{
    ui->setupUi(this);
    ui->messageLabel->hide();
    m_case = new CaseLinkCompleter(ui->caseEdit, ui->caseInfoLabel, std::move(lookup),
                                   [this] { return ui->unitCombo->currentData().toLongLong(); });
    fillChoices();
    setMessageLabel(ui->messageLabel);
    watch(RegisterField::Unit, ui->unitCombo);
    watch(RegisterField::Date, ui->dateEdit);
    watch(RegisterField::Case, ui->caseEdit);
    watch(RegisterField::Measure, ui->measureCombo);
    watch(RegisterField::Police, ui->policeSpin);
    watch(RegisterField::Commune, ui->communeSpin);
    watch(RegisterField::OtherForces, ui->otherSpin);
    watch(RegisterField::Outcome, ui->outcomeCombo);
    watch(RegisterField::Note, ui->noteEdit);
    rejudge(ui->unitCombo, RegisterField::Case);
    rejudge(ui->caseEdit, RegisterField::Date);
    connect(ui->unitCombo, &QComboBox::currentIndexChanged, m_case, &CaseLinkCompleter::update);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &CoercionDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &CoercionDialog::reject);
    setCoercion(Coercion{});
}

CoercionDialog::~CoercionDialog() = default;

void CoercionDialog::fillChoices()
{
    ComboChoices::fillUnits(ui->unitCombo, m_units);
    ComboChoices::fill(ui->measureCombo, CoercionMeasures::all(), &CoercionMeasures::displayName);
    ComboChoices::fill(ui->outcomeCombo, CoercionOutcomes::all(), &CoercionOutcomes::displayName);
}

void CoercionDialog::setCoercion(const Coercion &c)
{
    beginLoading();
    m_coercion = c;
    ComboChoices::selectUnit(ui->unitCombo, c.unitId);
    ui->dateEdit->setDate(c.date.isValid() ? c.date : m_clock.today());
    m_case->setCase(c.caseId);
    ComboChoices::select(ui->measureCombo, c.measure);
    ui->policeSpin->setValue(c.police);
    ui->communeSpin->setValue(c.commune);
    ui->otherSpin->setValue(c.otherForces);
    ComboChoices::select(ui->outcomeCombo, c.outcome);
    ui->noteEdit->setText(c.note);
    updateTitle();
    endLoading();
}

void CoercionDialog::updateTitle()
{
    setWindowTitle(m_coercion.id == 0 ? tr("New coercion operation")
                                      : tr("Coercion operation of %1").arg(ui->caseEdit->text()));
}

Coercion CoercionDialog::fromForm() const
{
    Coercion c = m_coercion;
    c.unitId = ui->unitCombo->currentData().toLongLong();
    c.date = ui->dateEdit->date();
    const auto linked = m_case->resolve();
    c.caseId = linked ? linked->id : 0;
    c.measure = ComboChoices::value<CoercionMeasure>(ui->measureCombo);
    c.police = ui->policeSpin->value();
    c.commune = ui->communeSpin->value();
    c.otherForces = ui->otherSpin->value();
    c.outcome = ComboChoices::value<CoercionOutcome>(ui->outcomeCombo);
    c.note = ui->noteEdit->text().trimmed();
    return c;
}

FieldProblems CoercionDialog::problems() const
{
    const Coercion c = fromForm();
    FieldProblems problems;
    // An unknown number says more than "required".
    for (const FieldProblem &p : RegisterValidator::validate(c, m_clock.today())) {
        if (p.field != RegisterFields::key(RegisterField::Case) || m_case->isEmpty())
            problems << p;
    }
    const auto linked = m_case->resolve();
    if (!m_case->isEmpty() && !linked)
        problems << RegisterValidator::problem(RegisterField::Case,
                                               tr("this unit has no case numbered %1.").arg(ui->caseEdit->text().trimmed()));
    if (linked && c.date.isValid() && c.date < linked->decisionDate)
        problems << RegisterValidator::notBefore(RegisterField::Date,
                                                 tr("the acceptance of case %1").arg(linked->decisionNo),
                                                 linked->decisionDate);
    return problems;
}

WriteResult CoercionDialog::store()
{
    Coercion c = fromForm();
    if (!m_save)
        return WriteResult::failure(tr("Nothing can save this form."));
    const WriteResult result = m_save(&c);
    if (result.ok())
        m_coercion = c;
    return result;
}

void CoercionDialog::retranslate()
{
    ui->retranslateUi(this);
    fillChoices();
    updateTitle();
    m_case->update();
}
