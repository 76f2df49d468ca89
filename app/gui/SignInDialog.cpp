#include "SignInDialog.h"
#include "ui_SignInDialog.h"

#include "AccountDialog.h"
#include "QuitShortcut.h"
#include "SignIn.h"
#include "UnitRepository.h"
#include "UserRepository.h"

#include <QDir>
#include <QSettings>

namespace {
const QString kLastUser = QStringLiteral("signIn/lastUser");
}

SignInDialog::SignInDialog(Database &database, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::SignInDialog>()), m_database(database)
{
    ui->setupUi(this);
    ui->userEdit->setText(QSettings().value(kLastUser).toString());
    (ui->userEdit->text().isEmpty() ? ui->userEdit : ui->passwordEdit)->setFocus();
    ui->messageLabel->hide();
    retranslate();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    QuitShortcut::install(this);
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::retranslate()
{
    ui->introLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
}

void SignInDialog::signIn()
{
    QString error;
    m_actor = SignIn(m_database).attempt(ui->userEdit->text(), ui->passwordEdit->text(), &error, &m_mustChange);
    if (m_actor) {
        QSettings().setValue(kLastUser, m_actor->name);
        accept();
        return;
    }
    ui->passwordEdit->clear();
    ui->passwordEdit->setFocus();
    ui->messageLabel->setText(error);
    ui->messageLabel->show();
}

std::optional<Actor> SignInDialog::createAdministrator(Database &database, QWidget *parent)
{
    AccountDialog form(AccountDialog::Purpose::FirstAdministrator, {}, parent);
    const Actor program = Actor::program(QStringLiteral("thads"));
    const Session session(database, program);
    UserRepository users(session);
    form.setSaveHandler([&users](User *user, const QString &password) { return users.create(user, password); });
    if (form.exec() != QDialog::Accepted)
        return std::nullopt;
    const User admin = form.user();
    QSettings().setValue(kLastUser, admin.name);
    return Actor{admin.name, Role::Admin, admin.id, 0};
}

bool SignInDialog::chooseNewPassword(Database &database, const Actor &actor, QWidget *parent)
{
    const Session session(database, actor);
    UserRepository users(session);
    const auto user = users.byId(actor.userId);
    if (!user)
        return false;
    AccountDialog form(AccountDialog::Purpose::NewPassword, {}, parent);
    form.setUser(*user);
    form.setSaveHandler([&users](User *, const QString &password) { return users.changeOwnPassword(password); });
    return form.exec() == QDialog::Accepted;
}

std::optional<Actor> SignInDialog::ask(Database &database, QWidget *parent, const QString &userName)
{
    // Sign-in comes before any window: these dialogs are the application's first, so they wait (exec).
    const Session reader(database, Actor::program(QStringLiteral("thads")));
    if (UserRepository(reader).isEmpty()) {
        // A read-only file without accounts cannot get one: it is read, as a leader reads.
        if (database.isReadOnly())
            return Actor{tr("(read-only)"), Role::Leader, 0, 0};
        return createAdministrator(database, parent);
    }
    SignInDialog dialog(database, parent);
    if (!userName.isEmpty()) {
        dialog.ui->userEdit->setText(userName);
        dialog.ui->passwordEdit->setFocus();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (dialog.mustChangePassword() && !database.isReadOnly()
        && !chooseNewPassword(database, *dialog.actor(), parent))
        return std::nullopt;
    return dialog.actor();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
