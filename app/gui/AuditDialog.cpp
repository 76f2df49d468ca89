#include "AuditDialog.h"
#include "ui_AuditDialog.h"

#include "AccessibleLabel.h"
#include "AuditText.h"
#include "AuditTrailModel.h"
#include "CaseLookup.h"
#include "Format.h"
#include "UnitRepository.h"
#include "WholeFile.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {
constexpr int kChainStep = 20000; // rows checked between two looks at the keyboard
}

AuditDialog::AuditDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::AuditDialog>()), m_db(db), m_model(new AuditTrailModel(db, this))
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("auditDialog"));
    ui->auditView->setModel(m_model);
    ui->auditView->verticalHeader()->hide();
    ui->auditView->verticalHeader()->setDefaultSectionSize(ui->auditView->fontMetrics().height() + 8);
    ui->auditView->horizontalHeader()->setStretchLastSection(true);
    ui->auditView->horizontalHeader()->setHighlightSections(false);
    const int ch = ui->auditView->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (const auto &[column, chars] : {std::pair{AuditTrailModel::Time, 19}, {AuditTrailModel::User, 12},
                                        {AuditTrailModel::Action, 8}, {AuditTrailModel::Table, 20},
                                        {AuditTrailModel::Row, 30}})
        ui->auditView->setColumnWidth(column, chars * ch);
    for (QComboBox *combo : {ui->userCombo, ui->tableCombo, ui->unitCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    const QDate today = QDate::currentDate();
    ui->fromEdit->setDate(today.addDays(-30));
    ui->toEdit->setDate(today);
    ui->caseLabel->hide();
    AccessibleLabel::nameClearButtons(this);

    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    ui->auditView->addAction(copy);
    connect(copy, &QAction::triggered, this, &AuditDialog::copySelection);
    connect(ui->copyButton, &QPushButton::clicked, this, &AuditDialog::copySelection);
    connect(ui->exportButton, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::close);
    // Enter applies the case's number; only Esc or the button closes.
    for (QAbstractButton *button : ui->buttonBox->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(400);
    connect(&m_typingDelay, &QTimer::timeout, this, &AuditDialog::applyFilters);
    connect(ui->decisionEdit, &QLineEdit::textChanged, &m_typingDelay, qOverload<>(&QTimer::start));
    connect(ui->decisionEdit, &QLineEdit::returnPressed, this, [this] {
        m_typingDelay.stop();
        applyFilters();
        ui->auditView->setFocus();
    });
    for (QComboBox *combo : {ui->userCombo, ui->tableCombo, ui->unitCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilters);
    for (auto [check, edit] : {std::pair{ui->fromCheck, ui->fromEdit}, {ui->toCheck, ui->toEdit}}) {
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &AuditDialog::applyFilters);
        connect(edit, &QDateEdit::dateChanged, this, &AuditDialog::applyFilters);
    }
    connect(ui->clearFiltersButton, &QToolButton::clicked, this, &AuditDialog::clearFilters);
    connect(m_model, &AuditTrailModel::loaded, this, &AuditDialog::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            ui->auditView->setCurrentIndex(m_model->index(0, 0)); // the arrows work at once
    });

    m_chainSteps.setInterval(0);
    connect(&m_chainSteps, &QTimer::timeout, this, &AuditDialog::checkChainStep);
    fillChoices();
    refresh();
}

AuditDialog::~AuditDialog() = default;

void AuditDialog::fillChoices()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(ui->userCombo), QSignalBlocker(ui->tableCombo),
                                       QSignalBlocker(ui->unitCombo)};
    const AuditTrail trail(m_db);
    QString error;
    const QVariant user = ui->userCombo->currentData();
    ui->userCombo->clear();
    ui->userCombo->addItem(tr("All users"));
    for (const QString &name : trail.actors(&error))
        ui->userCombo->addItem(name, name);
    ui->userCombo->setCurrentIndex(std::max(0, ui->userCombo->findData(user)));

    const QVariant table = ui->tableCombo->currentData();
    ui->tableCombo->clear();
    ui->tableCombo->addItem(tr("All tables"));
    for (const QString &entity : trail.entities(&error))
        ui->tableCombo->addItem(AuditText::table(entity), entity);
    ui->tableCombo->setCurrentIndex(std::max(0, ui->tableCombo->findData(table)));

    const QVariant unit = ui->unitCombo->currentData();
    ui->unitCombo->clear();
    ui->unitCombo->addItem(tr("Any unit"), qint64(0));
    for (const Unit &u : UnitRepository(m_db).all())
        ui->unitCombo->addItem(u.displayName(), u.id);
    ui->unitCombo->setCurrentIndex(std::max(0, ui->unitCombo->findData(unit)));
    for (QComboBox *combo : {ui->userCombo, ui->tableCombo, ui->unitCombo})
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    if (!error.isEmpty())
        ui->countLabel->setText(error);
}

void AuditDialog::refresh()
{
    fillChoices();
    apply(true);
    m_chain = {};
    m_chainError.clear();
    m_lastId = AuditTrail(m_db).lastId(&m_chainError);
    showChain();
    m_chainSteps.start();
}

void AuditDialog::applyFilters()
{
    apply(false);
}

void AuditDialog::apply(bool reread)
{
    AuditFilter filter;
    filter.actor = ui->userCombo->currentData().toString();
    filter.entity = ui->tableCombo->currentData().toString();
    if (ui->fromCheck->isChecked())
        filter.from = ui->fromEdit->date();
    if (ui->toCheck->isChecked())
        filter.to = ui->toEdit->date();
    const QString decision = ui->decisionEdit->text().trimmed();
    ui->caseLabel->hide();
    if (!decision.isEmpty()) {
        QList<CaseBrief> cases = CaseLookup(m_db).everyByDecision(decision);
        const qint64 unitId = ui->unitCombo->currentData().toLongLong();
        if (unitId != 0)
            cases.removeIf([unitId](const CaseBrief &c) { return c.unitId != unitId; });
        QString problem;
        if (cases.isEmpty()) {
            problem = unitId ? tr("No case of %1 has the decision number %2.").arg(ui->unitCombo->currentText(), decision)
                             : tr("No case has the decision number %1.").arg(decision);
        } else if (cases.size() > 1) {
            QStringList units;
            const AuditText text(m_db);
            for (const CaseBrief &c : std::as_const(cases))
                units << text.unitName(c.unitId);
            problem = tr("%1 is a decision number in several units (%2): choose the unit.")
                          .arg(decision, units.join(QStringLiteral(", ")));
        }
        if (!problem.isEmpty()) {
            ui->caseLabel->setText(problem);
            ui->caseLabel->show();
            m_model->clear();
            return;
        }
        filter.caseId = cases.first().id;
    }
    if (reread && filter == m_model->filter())
        m_model->reload();
    else
        m_model->setFilter(filter);
}

void AuditDialog::clearFilters()
{
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(ui->userCombo), QSignalBlocker(ui->tableCombo),
                                           QSignalBlocker(ui->unitCombo), QSignalBlocker(ui->fromCheck),
                                           QSignalBlocker(ui->toCheck), QSignalBlocker(ui->decisionEdit)};
        for (QComboBox *combo : {ui->userCombo, ui->tableCombo, ui->unitCombo})
            combo->setCurrentIndex(0);
        for (QCheckBox *check : {ui->fromCheck, ui->toCheck})
            check->setChecked(false);
        ui->fromEdit->setEnabled(false);
        ui->toEdit->setEnabled(false);
        ui->decisionEdit->clear();
    }
    m_typingDelay.stop();
    applyFilters();
}

void AuditDialog::updateCount()
{
    const int shown = m_model->rowCount();
    if (!m_model->error().isEmpty())
        ui->countLabel->setText(m_model->error());
    else if (m_model->isComplete())
        ui->countLabel->setText(tr("%Ln change(s).", nullptr, shown));
    else
        ui->countLabel->setText(tr("%Ln change(s) shown; older ones load as you scroll.", nullptr, shown));
}

void AuditDialog::checkChainStep()
{
    if (m_chain.done || !m_chainError.isEmpty() || !AuditTrail(m_db).checkChain(&m_chain, kChainStep, &m_chainError))
        m_chainSteps.stop();
    if (m_chain.done)
        m_chainSteps.stop();
    showChain();
}

void AuditDialog::showChain()
{
    QString text, colour;
    if (!m_chainError.isEmpty()) {
        text = tr("The chain of the audit trail could not be checked: %1").arg(m_chainError);
        colour = QStringLiteral("#b71c1c");
    } else if (!m_chain.done) {
        text = tr("Checking the chain of the audit trail… %1 of %2 rows.")
                   .arg(Format::count(m_chain.checked), Format::count(m_lastId));
    } else if (m_chain.broken) {
        text = tr("The chain of the audit trail is broken at row %1: that row, or the one before it, was changed, "
                  "removed or inserted outside THADS. Tell the administrator (thads-cli check).")
                   .arg(*m_chain.broken);
        colour = QStringLiteral("#b71c1c");
    } else {
        text = tr("The chain of the audit trail is intact (%Ln row(s) checked).", nullptr,
                  int(std::min<qint64>(m_chain.checked, INT_MAX)));
        colour = QStringLiteral("#2e7d32");
    }
    ui->chainLabel->setText(text);
    ui->chainLabel->setStyleSheet(colour.isEmpty() ? QString()
                                                   : QStringLiteral("color: %1; font-weight: bold;").arg(colour));
}

void AuditDialog::copySelection() const
{
    QList<int> rows;
    for (const QModelIndex &index : ui->auditView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && ui->auditView->currentIndex().isValid())
        rows << ui->auditView->currentIndex().row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_model->rowsAsText(rows));
}

bool AuditDialog::writeCsv(const QString &path, QString *error) const
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray bytes = m_model->csv(error);
    const bool written = error->isEmpty() && WholeFile::write(path, bytes, error);
    QApplication::restoreOverrideCursor();
    return written;
}

void AuditDialog::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString proposed = QDir(folder).filePath(
        QStringLiteral("nhat-ky-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), proposed,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writeCsv(path, &error))
        ui->countLabel->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export the audit trail"), error);
}

void AuditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        AccessibleLabel::nameClearButtons(this);
        fillChoices();
        m_model->retranslate();
        updateCount();
        showChain();
    }
    QDialog::changeEvent(event);
}
