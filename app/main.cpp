// thads: the desktop application.

#include "Database.h"
#include "Language.h"
#include "MainWindow.h"
#include "SignIn.h"
#include "SignInDialog.h"
#include "UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {
int fail(const QString &message, bool quiet)
{
    QTextStream(stderr) << "thads: " << message << Qt::endl;
    if (!quiet)
        QMessageBox::critical(nullptr, QStringLiteral("THADS"), message);
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Settings and the default database are shared by thads and thads-cli.
    QCoreApplication::setOrganizationName(QStringLiteral("THADS"));
    QCoreApplication::setApplicationName(QStringLiteral("thads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // The language comes first, so even messages about the options are Vietnamese.
    Language::Code language = Language::Vietnamese;
    Language::fromKey(QSettings().value(QStringLiteral("language"), QStringLiteral("vi")).toString(), &language);
    const QStringList arguments = app.arguments();
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    const QString requested = langAt >= 0 && langAt + 1 < arguments.size() ? arguments.at(langAt + 1) : QString();
    const bool languageOk = requested.isEmpty() || Language::fromKey(requested, &language);
    Language::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "THADS: civil judgment enforcement statistics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "The database to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window at 1366×768 to a PNG file and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "The view to show: cases, dashboard, registers or report."),
                                        QStringLiteral("VIEW"), QStringLiteral("cases"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "The language: vi or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "The user who signs in (with THADS_PASSWORD set, without the dialog)."),
        QStringLiteral("NAME"));
    parser.addOptions({dbOption, screenshotOption, viewOption, langOption, userOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), true);
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const bool screenshot = parser.isSet(screenshotOption);
    if (!languageOk)
        return fail(QCoreApplication::translate("main", "--lang: \"%1\" is not vi or en").arg(requested), screenshot);
    MainWindow::View view = MainWindow::View::Cases;
    if (!MainWindow::viewFromKey(parser.value(viewOption), &view))
        return fail(QCoreApplication::translate("main", "--view: \"%1\" is not one of cases, dashboard, registers, report")
                        .arg(parser.value(viewOption)),
                    screenshot);

    QString error;
    std::unique_ptr<Database> database;
    if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        if (!QFileInfo::exists(path))
            return fail(QCoreApplication::translate("main", "The database %1 does not exist. Create it with: "
                                                            "thads-cli init --db %1")
                            .arg(path),
                        screenshot);
        database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    } else {
        database = Database::open(Database::defaultPath(), Database::OpenMode::CreateIfMissing, &error);
    }
    if (!database)
        return fail(error, screenshot);

    // Who works: a script or a screenshot signs in with --user and THADS_PASSWORD, a person in the dialog.
    std::optional<Actor> actor;
    const QString user = parser.value(userOption);
    if (!user.isEmpty() && qEnvironmentVariableIsSet("THADS_PASSWORD")) {
        actor = SignIn(*database).attempt(user, qEnvironmentVariable("THADS_PASSWORD"), &error);
        if (!actor)
            return fail(error, screenshot);
    } else if (screenshot) { // nobody is there to answer a dialog
        return fail(UserRepository(Session(*database, Actor::program({}))).isEmpty()
                        ? QCoreApplication::translate("main", "--screenshot: the database has no accounts yet; create "
                                                              "its administrator first (thads-cli user add)")
                        : QCoreApplication::translate("main", "--screenshot: sign in with --user NAME and the password "
                                                              "in THADS_PASSWORD"),
                    true);
    } else {
        actor = SignInDialog::ask(*database, nullptr, user);
        if (!actor)
            return 0;
    }

    MainWindow window(std::move(database), *actor);
    window.showView(view);
    if (screenshot) {
        window.resize(1366, 768);
        window.show();
        QCoreApplication::processEvents();
        const QString file = parser.value(screenshotOption);
        if (!window.grab().save(file, "PNG"))
            return fail(QCoreApplication::translate("main", "%1 could not be written").arg(file), true);
        return 0;
    }
    window.show();
    return app.exec();
}
