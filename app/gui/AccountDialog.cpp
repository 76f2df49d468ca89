#include "AccountDialog.h"
#include "ui_AccountDialog.h"

#include "FieldMarker.h"
#include "QuitShortcut.h"
#include "UserRepository.h"

#include <QPushButton>

AccountDialog::AccountDialog(Purpose purpose, const UnitList &units, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::AccountDialog>()), m_purpose(purpose), m_units(units)
{
    ui->setupUi(this);
    for (Role role : Roles::all())
        ui->roleCombo->addItem(Roles::displayName(role), int(role));
    for (const Unit &unit : m_units)
        ui->unitCombo->addItem(unit.shortName(), unit.id);
    // The first account is the administrator; a new password changes nothing else.
    const bool identity = purpose == Purpose::FirstAdministrator || purpose == Purpose::NewUser;
    const bool roleChoice = purpose == Purpose::NewUser;
    for (QWidget *w : {static_cast<QWidget *>(ui->fullNameLabel), static_cast<QWidget *>(ui->fullNameEdit),
                       static_cast<QWidget *>(ui->userLabel), static_cast<QWidget *>(ui->userEdit)})
        w->setVisible(identity);
    for (QWidget *w : {static_cast<QWidget *>(ui->roleLabel), static_cast<QWidget *>(ui->roleCombo),
                       static_cast<QWidget *>(ui->unitLabel), static_cast<QWidget *>(ui->unitCombo)})
        w->setVisible(roleChoice);
    connect(ui->roleCombo, &QComboBox::currentIndexChanged, this,
            [this] { ui->unitCombo->setEnabled(Role(ui->roleCombo->currentData().toInt()) == Role::Clerk); });
    ui->messageLabel->hide();
    retranslate();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    QuitShortcut::install(this);
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::retranslate()
{
    switch (m_purpose) {
    case Purpose::FirstAdministrator:
        setWindowTitle(tr("The administrator of this database"));
        ui->introLabel->setText(tr("This database has no accounts yet. Create its administrator, who adds the "
                                   "clerks and leaders, sets the targets and closes the books."));
        break;
    case Purpose::NewUser:
        setWindowTitle(tr("New user"));
        ui->introLabel->setText(tr("A clerk writes the cases and registers of one unit; a leader reads "
                                   "everything; an administrator manages the accounts, targets and the period lock."));
        break;
    case Purpose::SetPassword:
        setWindowTitle(tr("Set a password"));
        ui->introLabel->setText(tr("A temporary password for %1, who chooses their own at the next sign-in. "
                                   "It also lifts a lock from wrong passwords.")
                                    .arg(m_user.name));
        break;
    case Purpose::NewPassword:
        setWindowTitle(tr("Choose a new password"));
        ui->introLabel->setText(tr("An administrator set the password of %1. Choose your own before you go on.")
                                    .arg(m_user.name));
        break;
    }
}

void AccountDialog::setUser(const User &user)
{
    m_user = user;
    ui->fullNameEdit->setText(user.fullName);
    ui->userEdit->setText(user.name);
    retranslate();
}

User AccountDialog::user() const
{
    User u = m_user;
    if (m_purpose == Purpose::FirstAdministrator || m_purpose == Purpose::NewUser) {
        u.fullName = ui->fullNameEdit->text().trimmed();
        u.name = ui->userEdit->text().trimmed().toLower();
        u.role = m_purpose == Purpose::FirstAdministrator ? Role::Admin : Role(ui->roleCombo->currentData().toInt());
        u.unitId = u.role == Role::Clerk ? ui->unitCombo->currentData().toLongLong() : 0;
    }
    return u;
}

void AccountDialog::showProblems(const FieldProblems &problems)
{
    FieldMarker marker;
    marker.addField(QStringLiteral("full_name"), ui->fullNameEdit);
    marker.addField(QStringLiteral("name"), ui->userEdit);
    marker.addField(QStringLiteral("role"), ui->roleCombo);
    marker.addField(QStringLiteral("unit"), ui->unitCombo);
    marker.addField(QStringLiteral("password"), ui->passwordEdit);
    marker.addField(QStringLiteral("repeat"), ui->repeatEdit);
    marker.setMessageLabel(ui->messageLabel);
    if (QWidget *first = marker.show(problems))
        first->setFocus();
}

void AccountDialog::save()
{
    User u = user();
    const QString password = ui->passwordEdit->text();
    const bool identity = m_purpose == Purpose::FirstAdministrator || m_purpose == Purpose::NewUser;
    FieldProblems problems = identity ? UserRepository::problems(u) : FieldProblems{};
    if (const auto problem = UserRepository::passwordProblem(password, u.name))
        problems << FieldProblem{QStringLiteral("password"), *problem};
    else if (ui->repeatEdit->text() != password)
        problems << FieldProblem{QStringLiteral("repeat"), tr("Repeat the password: the two passwords differ.")};
    if (problems.isEmpty() && m_save) {
        const WriteResult result = m_save(&u, password);
        if (result.ok()) {
            m_user = u;
            accept();
            return;
        }
        problems = result.problems;
        if (!result.error.isEmpty())
            problems << FieldProblem{QString(), result.error};
    }
    showProblems(problems);
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
