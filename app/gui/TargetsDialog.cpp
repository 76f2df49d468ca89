#include "TargetsDialog.h"
#include "ui_TargetsDialog.h"

#include "PercentDelegate.h"
#include "QuitShortcut.h"
#include "TargetsModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

TargetsDialog::TargetsDialog(const UnitList &units, Loader load, Saver save, int year, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::TargetsDialog>()), m_model(new TargetsModel(this)), m_units(units),
      m_load(std::move(load)), m_save(std::move(save))
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
    m_model->setTargets(year, m_units, m_load ? m_load(year) : QList<Target>{});
    ui->messageLabel->hide();
    updateTitle();
}

void TargetsDialog::updateTitle()
{
    setWindowTitle(tr("Targets of %1").arg(m_shownYear) + (m_model->isModified() ? QStringLiteral(" *") : QString()));
}

void TargetsDialog::copyLastYear()
{
    const QList<Target> last = m_load ? m_load(m_shownYear - 1) : QList<Target>{};
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
    if (!m_save)
        return false;
    const WriteResult result = m_save(m_model->targets());
    if (!result.ok()) {
        ui->messageLabel->setText(tr("The targets were not saved: %1").arg(result.message()));
        ui->messageLabel->show();
        return false;
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
