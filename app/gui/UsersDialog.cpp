#include "UsersDialog.h"
#include "ui_UsersDialog.h"

#include "AccountDialog.h"
#include "Format.h"
#include "QuitShortcut.h"
#include "UnitRepository.h"
#include "UserRepository.h"

#include <QHeaderView>
#include <QPushButton>

UsersDialog::UsersDialog(const Session &session, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::UsersDialog>()), m_session(session)
{
    ui->setupUi(this);
    ui->messageLabel->hide();
    ui->usersTable->verticalHeader()->hide();
    ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui->usersTable, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    connect(ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(ui->resetButton, &QPushButton::clicked, this, &UsersDialog::setPassword);
    connect(ui->disableButton, &QPushButton::clicked, this, &UsersDialog::toggleDisabled);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    QuitShortcut::install(this);
    fill();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::fill()
{
    const qint64 selected = selectedUserId();
    ui->usersTable->clear();
    ui->usersTable->setColumnCount(5);
    ui->usersTable->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("Unit"), tr("State")});
    const UnitRepository units(m_session.sql());
    const UserList users = UserRepository(m_session).all();
    ui->usersTable->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const User &u = users.at(row);
        const auto unit = units.byId(u.unitId);
        QString state = u.disabled ? tr("Disabled") : tr("Active");
        if (u.lockedUntil.isValid() && u.lockedUntil > m_session.clock().now())
            state = tr("Locked until %1").arg(Format::dateTime(u.lockedUntil.toLocalTime()));
        const QStringList cells{u.name, u.fullName, Roles::displayName(u.role), unit ? unit->shortName() : QString(),
                                state};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, u.id);
            ui->usersTable->setItem(row, column, item);
        }
        if (u.id == selected)
            ui->usersTable->selectRow(row);
    }
    ui->usersTable->resizeColumnsToContents();
    updateButtons();
}

qint64 UsersDialog::selectedUserId() const
{
    const auto items = ui->usersTable->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void UsersDialog::updateButtons()
{
    const auto user = UserRepository(m_session).byId(selectedUserId());
    ui->resetButton->setEnabled(user.has_value());
    ui->disableButton->setEnabled(user && user->id != m_session.actor().userId);
    ui->disableButton->setText(user && user->disabled ? tr("&Enable") : tr("&Disable"));
}

void UsersDialog::tell(const WriteResult &result)
{
    ui->messageLabel->setText(result.message());
    ui->messageLabel->setVisible(!result.ok());
    fill();
}

void UsersDialog::addUser()
{
    AccountDialog form(AccountDialog::Purpose::NewUser, UnitRepository(m_session.sql()).all(), this);
    UserRepository users(m_session);
    form.setSaveHandler([&users](User *user, const QString &password) { return users.create(user, password); });
    if (form.exec() == QDialog::Accepted) // a form within this dialog: it waits, as this one does
        tell({});
}

void UsersDialog::setPassword()
{
    UserRepository users(m_session);
    const auto user = users.byId(selectedUserId());
    if (!user)
        return;
    AccountDialog form(AccountDialog::Purpose::SetPassword, {}, this);
    form.setUser(*user);
    form.setSaveHandler([&users](User *u, const QString &password) { return users.resetPassword(u->id, password); });
    if (form.exec() == QDialog::Accepted)
        tell({});
}

void UsersDialog::toggleDisabled()
{
    UserRepository users(m_session);
    if (const auto user = users.byId(selectedUserId()))
        tell(users.setDisabled(user->id, !user->disabled));
}

void UsersDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}
