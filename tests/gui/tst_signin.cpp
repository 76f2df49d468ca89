// Signing in as a user would: the first administrator of a database without
// accounts, a wrong then a right password, and the window of each role
// offering only what that role may do.

#include "AccountDialog.h"
#include "CaseRegisterPage.h"
#include "CaseRepository.h"
#include "Language.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "UserRepository.h"
#include "UsersDialog.h"
#include "WidgetDriver.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>

using namespace WidgetDriver;

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aNewDatabaseAsksForItsAdministrator();
    void aWrongPasswordStaysInTheDialog();
    void aClerkChangesOnlyTheirUnit();
    void aLeaderIsOfferedNoChange();
    void theAdministratorAddsAndDisablesAUser();

private:
    // Saves a picture of a dialog when THADS_SCREENSHOTS names a folder (to look at, not to compare).
    static void picture(QWidget *widget, const QString &name)
    {
        if (const QString folder = qEnvironmentVariable("THADS_SCREENSHOTS"); !folder.isEmpty())
            widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    // Signs in through the dialog, as typed.
    std::optional<Actor> signInAs(Database &database, const QString &name, const QString &password);
    std::unique_ptr<MainWindow> windowFor(const Actor &actor);
    // Selects the register's first case of the unit `code`.
    void selectCaseOf(MainWindow &window, const QString &code);

    std::unique_ptr<TestDatabase> m_demo;
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    Language::install(Language::English);
    m_demo = TestDatabase::demo(); // with its accounts (DemoUsers)
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
}

void TestSignIn::aNewDatabaseAsksForItsAdministrator()
{
    TestDatabase fresh;
    QString typedMismatch;
    whenModal<AccountDialog>([&](AccountDialog *form) {
        retype(form->findChild<QLineEdit *>(QStringLiteral("fullNameEdit")), QStringLiteral("Nguyễn Văn Quản"));
        retype(form->findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("quantri"));
        retype(form->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("mật-khẩu-1"));
        retype(form->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("mật-khẩu-2"));
        QTest::keyClick(form, Qt::Key_Return);
        typedMismatch = form->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        picture(form, QStringLiteral("first-administrator"));
        retype(form->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("mật-khẩu-1"));
        QTest::keyClick(form, Qt::Key_Return);
    });
    const auto actor = SignInDialog::ask(fresh.database());
    QCOMPARE(typedMismatch, QStringLiteral("Repeat the password: the two passwords differ."));
    QVERIFY(actor);
    QCOMPARE(actor->role, Role::Admin);
    const auto stored = UserRepository(fresh.session()).byName(QStringLiteral("quantri"));
    QVERIFY(stored);
    QCOMPARE(stored->fullName, QStringLiteral("Nguyễn Văn Quản"));
    QCOMPARE(QSettings().value(QStringLiteral("signIn/lastUser")).toString(), QStringLiteral("quantri"));
}

std::optional<Actor> TestSignIn::signInAs(Database &database, const QString &name, const QString &password)
{
    whenModal<SignInDialog>([&](SignInDialog *dialog) {
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit")), name);
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), password);
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    return SignInDialog::ask(database);
}

void TestSignIn::aWrongPasswordStaysInTheDialog()
{
    QString message, passwordLeft;
    bool stillOpen = false;
    whenModal<SignInDialog>([&](SignInDialog *dialog) {
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("canbo.mch"));
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("sai"));
        QTest::keyClick(dialog, Qt::Key_Return);
        stillOpen = dialog->isVisible();
        picture(dialog, QStringLiteral("sign-in-wrong-password"));
        message = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
        passwordLeft = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text();
        dialog->reject();
    });
    QVERIFY(!SignInDialog::ask(m_demo->database()));
    QVERIFY(stillOpen);
    QCOMPARE(message, QStringLiteral("Wrong user name or password."));
    QVERIFY(passwordLeft.isEmpty());
    // The user name is remembered from the last sign-in, never the password.
    const auto actor = signInAs(m_demo->database(), QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-demo"));
    QVERIFY(actor);
    QCOMPARE(QSettings().value(QStringLiteral("signIn/lastUser")).toString(), QStringLiteral("canbo.mch"));
    QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("password"), Qt::CaseInsensitive));
}

std::unique_ptr<MainWindow> TestSignIn::windowFor(const Actor &actor)
{
    QString error;
    auto database = Database::open(m_demo->path(), Database::OpenMode::ExistingOnly, &error);
    auto window = std::make_unique<MainWindow>(std::move(database), actor);
    window->show();
    return window;
}

void TestSignIn::selectCaseOf(MainWindow &window, const QString &code)
{
    // The toolbar's unit selector (the registers page has a unit filter of the same name).
    auto *units = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->findChild<QComboBox *>(QStringLiteral("unitCombo"));
    units->setCurrentIndex(units->findData(m_demo->unitId(code)));
    auto *view = window.registerPage()->findChild<QTableView *>(QStringLiteral("caseView"));
    const CaseRepository cases(m_demo->session());
    // The list follows the unit as it loads: select its first row until that is the unit's case.
    const auto selectedUnit = [&] {
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
        const auto c = cases.find(window.registerPage()->currentCaseId());
        return c ? c->unitId : 0;
    };
    QTRY_COMPARE(selectedUnit(), m_demo->unitId(code));
}

void TestSignIn::aClerkChangesOnlyTheirUnit()
{
    const auto actor = signInAs(m_demo->database(), QStringLiteral("canbo.mch"), QStringLiteral("canbo.mch-demo"));
    QVERIFY(actor);
    auto window = windowFor(*actor);
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("userLabel"))->text(),
             QStringLiteral("canbo.mch (Clerk, Moc Chau)")); // the unit as English names it
    auto *addEvent = window->findChild<QAction *>(QStringLiteral("actionAddEvent"));
    auto *deleteCase = window->findChild<QAction *>(QStringLiteral("actionDeleteCase"));
    selectCaseOf(*window, QStringLiteral("MSO"));
    QVERIFY(!addEvent->isEnabled());
    QVERIFY(!deleteCase->isEnabled());
    selectCaseOf(*window, QStringLiteral("MCH"));
    QVERIFY(addEvent->isEnabled());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionNewCase"))->isEnabled());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionTargets"))->isVisible());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionAuditTrail"))->isVisible());
}

void TestSignIn::aLeaderIsOfferedNoChange()
{
    const auto actor = signInAs(m_demo->database(), QStringLiteral("lanhdao"), QStringLiteral("lanhdao-demo"));
    QVERIFY(actor);
    QCOMPARE(actor->role, Role::Leader);
    auto window = windowFor(*actor);
    selectCaseOf(*window, QStringLiteral("MCH"));
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionNewCase"))->isEnabled());
    QVERIFY(!window->findChild<QAction *>(QStringLiteral("actionAddEvent"))->isEnabled());
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionOpenCase"))->isEnabled()); // reading is fine
    QVERIFY(window->findChild<QAction *>(QStringLiteral("actionAuditTrail"))->isVisible());
}

void TestSignIn::theAdministratorAddsAndDisablesAUser()
{
    const auto actor = signInAs(m_demo->database(), QStringLiteral("quantri"), QStringLiteral("quantri-demo"));
    QVERIFY(actor);
    auto window = windowFor(*actor);
    auto *users = window->findChild<QAction *>(QStringLiteral("actionUsers"));
    QVERIFY(users->isVisible());
    users->trigger();
    UsersDialog *list = nullptr;
    QTRY_VERIFY((list = qobject_cast<UsersDialog *>(QApplication::activeModalWidget())));
    auto *table = list->findChild<QTableWidget *>(QStringLiteral("usersTable"));
    const int before = table->rowCount();
    whenModal<AccountDialog>([&](AccountDialog *form) {
        retype(form->findChild<QLineEdit *>(QStringLiteral("fullNameEdit")), QStringLiteral("Lò Thị Hương"));
        retype(form->findChild<QLineEdit *>(QStringLiteral("userEdit")), QStringLiteral("huong.mla"));
        auto *role = form->findChild<QComboBox *>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findData(int(Role::Clerk)));
        auto *unit = form->findChild<QComboBox *>(QStringLiteral("unitCombo"));
        unit->setCurrentIndex(unit->findData(m_demo->unitId(QStringLiteral("MLA"))));
        retype(form->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("mật-khẩu-tạm"));
        retype(form->findChild<QLineEdit *>(QStringLiteral("repeatEdit")), QStringLiteral("mật-khẩu-tạm"));
        picture(form, QStringLiteral("new-user"));
        QTest::keyClick(form, Qt::Key_Return);
    });
    list->findChild<QPushButton *>(QStringLiteral("addButton"))->click();
    QCOMPARE(table->rowCount(), before + 1);
    const auto added = table->findItems(QStringLiteral("huong.mla"), Qt::MatchExactly);
    QCOMPARE(added.size(), 1);
    table->selectRow(added.first()->row());
    picture(list, QStringLiteral("users"));
    list->findChild<QPushButton *>(QStringLiteral("disableButton"))->click();
    const auto stored = UserRepository(m_demo->session()).byName(QStringLiteral("huong.mla"));
    QVERIFY(stored && stored->disabled);
    QCOMPARE(stored->role, Role::Clerk);
    QCOMPARE(stored->unitId, m_demo->unitId(QStringLiteral("MLA")));
    list->reject();
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
