#include "TargetsDialog.h"
#include "ui_TargetsDialog.h"

#include "Format.h"
#include "PercentDelegate.h"
#include "QuitShortcut.h"
#include "StatisticalPeriod.h"
#include "TargetsModel.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

TargetsDialog::TargetsDialog(const UnitList &units, Store store, int year, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::TargetsDialog>()), m_model(new TargetsModel(this)), m_units(units),
      m_store(std::move(store))
{
    ui->setupUi(this);
    ui->messageLabel->hide();
    ui->targetsView->setModel(m_model);
    ui->targetsView->setItemDelegate(new PercentDelegate(this));
    ui->targetsView->verticalHeader()->hide();
    ui->targetsView->horizontalHeader()->setSectionResizeMode(TargetsModel::Unit, QHeaderView::Stretch);
    for (int column : {TargetsModel::CaseTarget, TargetsModel::MoneyTarget})
        ui->targetsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Enter saves only from outside the table, where it edits.
    ui->buttonBox->button(QDialogButtonBox::Save)->setAutoDefault(false);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (this->save())
            accept();
    });
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &TargetsDialog::reject);
    connect(ui->copyButton, &QPushButton::clicked, this, &TargetsDialog::copyLastYear);
    QuitShortcut::install(this);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        // A cell still being edited counts: take its text before saving.
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (editor && editor->parent() == ui->targetsView->viewport() && editor->hasAcceptableInput())
            m_model->setData(ui->targetsView->currentIndex(), editor->text());
        if (this->save())
            accept();
    });
    connect(ui->yearSpin, &QSpinBox::valueChanged, this, [this](int year) {
        if (year == m_shownYear)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(ui->yearSpin);
            ui->yearSpin->setValue(m_shownYear);
            return;
        }
        showYear(year);
    });
    connect(ui->decisionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || index == m_shownDecision)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(ui->decisionCombo);
            ui->decisionCombo->setCurrentIndex(m_shownDecision);
            return;
        }
        showDecision(index);
    });
    connect(ui->newDecisionButton, &QPushButton::clicked, this, &TargetsDialog::newDecision);
    for (QLineEdit *edit : {ui->numberEdit, ui->issuerEdit})
        connect(edit, &QLineEdit::textEdited, this, &TargetsDialog::markModified);
    for (QDateEdit *edit : {ui->decidedEdit, ui->effectiveEdit})
        connect(edit, &QDateEdit::userDateChanged, this, &TargetsDialog::markModified);
    connect(m_model, &TargetsModel::modifiedChanged, this, &TargetsDialog::updateTitle);
    {
        const QSignalBlocker blocker(ui->yearSpin);
        ui->yearSpin->setValue(year);
    }
    showYear(year);
    ui->targetsView->setFocus();
    ui->targetsView->setCurrentIndex(m_model->index(0, TargetsModel::CaseTarget));
}

TargetsDialog::~TargetsDialog() = default;

int TargetsDialog::year() const
{
    return m_shownYear;
}

void TargetsDialog::showYear(int year)
{
    m_shownYear = year;
    m_decisions = m_store.decisions ? m_store.decisions(year) : QList<TargetDecision>{};
    // Targets stored before decisions were recorded come first: they count from the year's start.
    const bool undecided = m_store.targets && !m_store.targets(year, 0).isEmpty();
    if (undecided)
        m_decisions.prepend(TargetDecision{0, year, {}, {}, {}, {}});
    if (m_decisions.isEmpty()) // a year without targets: its first decision, in force from 1 October
        m_decisions.append(TargetDecision{0, year, QStringLiteral(""), {}, {}, StatisticalPeriod::year(year).start()});
    const QSignalBlocker blocker(ui->decisionCombo);
    ui->decisionCombo->clear();
    for (const TargetDecision &d : std::as_const(m_decisions)) {
        if (d.number.isNull())
            ui->decisionCombo->addItem(tr("Targets without a decision (recorded before decisions)"));
        else if (d.id == 0)
            ui->decisionCombo->addItem(tr("New decision"));
        else
            ui->decisionCombo->addItem(decisionText(d));
    }
    // The decision in force at the year's end: the latest.
    showDecision(int(m_decisions.size()) - 1);
}

QString TargetsDialog::decisionText(const TargetDecision &d)
{
    return tr("%1 of %2, in force from %3").arg(d.number, Format::date(d.decidedOn), Format::date(d.effectiveFrom));
}

void TargetsDialog::markModified()
{
    m_model->setModified(true);
    updateTitle();
}

void TargetsDialog::showDecision(int index)
{
    m_shownDecision = index;
    {
        const QSignalBlocker blocker(ui->decisionCombo);
        ui->decisionCombo->setCurrentIndex(index);
    }
    const TargetDecision d = m_decisions.value(index);
    const bool undecided = d.number.isNull();
    for (QWidget *field : std::initializer_list<QWidget *>{ui->numberEdit, ui->decidedEdit, ui->issuerEdit,
                                                          ui->effectiveEdit})
        field->setEnabled(!undecided);
    ui->numberEdit->setText(d.number);
    ui->issuerEdit->setText(d.issuer);
    ui->decidedEdit->setDate(d.decidedOn.isValid() ? d.decidedOn : StatisticalPeriod::year(m_shownYear).start());
    ui->effectiveEdit->setDate(d.effectiveFrom.isValid() ? d.effectiveFrom
                                                         : StatisticalPeriod::year(m_shownYear).start());
    if (d.id != 0 || undecided)
        m_model->setTargets(m_shownYear, m_units, m_store.targets ? m_store.targets(m_shownYear, d.id) : QList<Target>{});
    else
        m_model->setTargets(m_shownYear, m_units, {});
    m_model->setModified(false);
    ui->messageLabel->hide();
    updateTitle();
}

void TargetsDialog::newDecision()
{
    if (!m_decisions.isEmpty() && m_decisions.last().id == 0 && !m_decisions.last().number.isNull())
        return showDecision(int(m_decisions.size()) - 1); // one new decision at a time
    if (!confirmDiscard())
        return;
    const QList<Target> shown = m_model->targets(); // a revision starts from what it revises
    const StatisticalPeriod year = StatisticalPeriod::year(m_shownYear);
    const QDate today = std::clamp(QDate::currentDate(), year.start(), year.end());
    m_decisions.append(TargetDecision{0, m_shownYear, QStringLiteral(""), today, {}, today});
    {
        const QSignalBlocker blocker(ui->decisionCombo);
        ui->decisionCombo->addItem(tr("New decision"));
    }
    showDecision(int(m_decisions.size()) - 1);
    m_model->setTargets(m_shownYear, m_units, shown);
    m_model->setModified(true);
    updateTitle();
    ui->numberEdit->setFocus();
}

TargetDecision TargetsDialog::decisionShown() const
{
    TargetDecision d = m_decisions.value(m_shownDecision);
    if (d.number.isNull())
        return d;
    d.number = ui->numberEdit->text().trimmed();
    d.decidedOn = ui->decidedEdit->date();
    d.issuer = ui->issuerEdit->text().trimmed();
    d.effectiveFrom = ui->effectiveEdit->date();
    return d;
}

void TargetsDialog::updateTitle()
{
    setWindowTitle(tr("Targets of %1").arg(m_shownYear) + (m_model->isModified() ? QStringLiteral(" *") : QString()));
}

void TargetsDialog::copyLastYear()
{
    const QList<Target> last = m_store.inForceAtEnd ? m_store.inForceAtEnd(m_shownYear - 1) : QList<Target>{};
    if (last.isEmpty()) {
        ui->messageLabel->setText(tr("%1 has no targets to copy.").arg(m_shownYear - 1));
        ui->messageLabel->show();
        return;
    }
    for (const Target &t : last) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Target shown = m_model->targets().at(row);
            if (shown.unitId != t.unitId)
                continue;
            for (auto [column, value] : {std::pair{int(TargetsModel::CaseTarget), t.cases},
                                         std::pair{int(TargetsModel::MoneyTarget), t.money}})
                m_model->setData(m_model->index(row, column), value ? QVariant(*value) : QVariant(QString()));
        }
    }
    ui->messageLabel->hide();
}

bool TargetsDialog::save()
{
    if (!m_store.save)
        return false;
    TargetDecision decision = decisionShown();
    const bool undecided = decision.number.isNull();
    const WriteResult result = m_store.save(undecided ? nullptr : &decision, m_model->targets());
    if (!result.ok()) {
        ui->messageLabel->setText(tr("The targets were not saved: %1").arg(result.message()));
        ui->messageLabel->show();
        return false;
    }
    if (!undecided && m_decisions.value(m_shownDecision).id == 0) { // the new decision joins the list
        const int year = m_shownYear;
        showYear(year);
        for (int i = 0; i < m_decisions.size(); ++i) {
            if (m_decisions.at(i).id == decision.id)
                showDecision(i);
        }
        return true;
    }
    if (!undecided) {
        m_decisions[m_shownDecision] = decision;
        ui->decisionCombo->setItemText(m_shownDecision, decisionText(decision));
    }
    m_model->setModified(false);
    updateTitle();
    return true;
}

bool TargetsDialog::confirmDiscard()
{
    if (!m_model->isModified())
        return true;
    const auto answer = QMessageBox::question(this, windowTitle(),
                                              tr("The targets of %1 have unsaved changes. Save them?").arg(m_shownYear),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void TargetsDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

void TargetsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        const bool modified = m_model->isModified();
        const QList<Target> shown = m_model->targets();
        m_model->setTargets(m_shownYear, m_units, shown); // unit names in the new language
        m_model->setModified(modified);
        updateTitle();
    }
    QDialog::changeEvent(event);
}
