#include "PeriodLockDialog.h"
#include "ui_PeriodLockDialog.h"

#include "Format.h"
#include "PeriodLockRepository.h"
#include "QuitShortcut.h"
#include "UnitRepository.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

PeriodLockDialog::PeriodLockDialog(const Session &session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PeriodLockDialog>()), m_session(session)
{
    ui->setupUi(this);
    const QDate today = session.clock().today();
    ui->monthEdit->setMaximumDate(today);
    ui->monthEdit->setDate(today.addMonths(-1)); // the month just ended: what is usually closed
    ui->closedTable->verticalHeader()->hide();
    ui->closedTable->horizontalHeader()->setStretchLastSection(true);
    ui->messageLabel->hide();
    connect(ui->closeButton, &QPushButton::clicked, this, &PeriodLockDialog::closeBooks);
    connect(ui->reopenButton, &QPushButton::clicked, this, &PeriodLockDialog::reopen);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->closedTable, &QTableWidget::itemSelectionChanged, this,
            [this] { ui->reopenButton->setEnabled(!ui->closedTable->selectedItems().isEmpty()); });
    QuitShortcut::install(this);
    fill();
}

PeriodLockDialog::~PeriodLockDialog() = default;

void PeriodLockDialog::fill()
{
    const qint64 scope = ui->scopeCombo->currentData().toLongLong();
    ui->scopeCombo->clear();
    ui->scopeCombo->addItem(tr("Whole province"), 0);
    const UnitList units = UnitRepository(m_session.sql()).all();
    for (const Unit &unit : units)
        ui->scopeCombo->addItem(unit.shortName(), unit.id);
    ui->scopeCombo->setCurrentIndex(std::max(0, ui->scopeCombo->findData(scope)));

    const auto closings = PeriodLockRepository::closedBooks(m_session.sql()).all();
    ui->closedTable->clear();
    ui->closedTable->setColumnCount(4);
    ui->closedTable->setHorizontalHeaderLabels({tr("Month"), tr("For"), tr("Closed on"), tr("By")});
    ui->closedTable->setRowCount(int(closings.size()));
    for (int row = 0; row < closings.size(); ++row) {
        const auto &[month, closing] = closings.at(row);
        QString scopeName = tr("Whole province");
        for (const Unit &unit : units) {
            if (unit.id == closing.unitId)
                scopeName = unit.shortName();
        }
        auto *monthItem = new QTableWidgetItem(Format::month(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate)));
        monthItem->setData(Qt::UserRole, month);
        monthItem->setData(Qt::UserRole + 1, closing.unitId);
        ui->closedTable->setItem(row, 0, monthItem);
        ui->closedTable->setItem(row, 1, new QTableWidgetItem(scopeName));
        ui->closedTable->setItem(row, 2, new QTableWidgetItem(Format::dateTime(closing.at.toLocalTime())));
        ui->closedTable->setItem(row, 3, new QTableWidgetItem(closing.by));
    }
    ui->closedTable->resizeColumnsToContents();
    ui->reopenButton->setEnabled(false);
}

void PeriodLockDialog::closeBooks()
{
    // One computation of the tables per month closed: seconds on a large file.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int closed = 0;
    const WriteResult result = PeriodLockRepository(m_session)
                                   .closeUntil(ui->monthEdit->date(), ui->scopeCombo->currentData().toLongLong(), &closed);
    QApplication::restoreOverrideCursor();
    tell(result, tr("Closed the books of %n month(s) up to %1 for %2.", nullptr, closed)
                     .arg(Format::month(ui->monthEdit->date()), scopeText(ui->scopeCombo->currentData().toLongLong(),
                                                                          ui->scopeCombo->currentText())));
}

void PeriodLockDialog::reopen()
{
    const QList<QTableWidgetItem *> selected = ui->closedTable->selectedItems();
    if (selected.isEmpty())
        return;
    const QTableWidgetItem *monthItem = ui->closedTable->item(selected.first()->row(), 0);
    const QDate month = QDate::fromString(monthItem->data(Qt::UserRole).toString() + QStringLiteral("-01"), Qt::ISODate);
    const WriteResult result = PeriodLockRepository(m_session).reopen(
        month, monthItem->data(Qt::UserRole + 1).toLongLong(), ui->reasonEdit->text().trimmed());
    if (result.ok())
        ui->reasonEdit->clear();
    tell(result, tr("Reopened %1 for %2.")
                     .arg(Format::month(month), scopeText(monthItem->data(Qt::UserRole + 1).toLongLong(),
                                                          ui->closedTable->item(selected.first()->row(), 1)->text())));
}

QString PeriodLockDialog::scopeText(qint64 unitId, const QString &unitName)
{
    return unitId == 0 ? tr("the whole province") : unitName;
}

void PeriodLockDialog::tell(const WriteResult &result, const QString &done)
{
    ui->messageLabel->setText(result.ok() ? done : tr("Nothing was changed: %1").arg(result.message()));
    ui->messageLabel->setStyleSheet(result.ok() ? QString() : QStringLiteral("color: #c62828;"));
    ui->messageLabel->show();
    if (!result.ok())
        return;
    fill();
    emit booksChanged();
}

void PeriodLockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}
