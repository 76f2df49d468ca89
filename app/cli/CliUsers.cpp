// thads-cli user: the accounts of a database; and signing in for every command that writes.

#include "ArgumentParser.h"
#include "Cli.h"
#include "Format.h"
#include "PasswordPrompt.h"
#include "SignIn.h"
#include "UnitRepository.h"
#include "UserRepository.h"

#include <QTextStream>

std::optional<Actor> Cli::signIn(const ArgumentParser &options, Database &database, int *exitCode) const
{
    const Session reader(database, Actor::program(QStringLiteral("thads-cli")));
    if (UserRepository(reader).isEmpty()) {
        *exitCode = refuse(tr("the database has no users yet; create its administrator first: "
                              "thads-cli user add --name NAME --full-name \"NAME\" --role admin"));
        return std::nullopt;
    }
    const QString name = options.value(QStringLiteral("user"));
    if (name.isEmpty()) {
        *exitCode = refuse(tr("--user NAME is required: changes are made by a signed-in user (the password is "
                              "asked, or read from THADS_PASSWORD)"));
        return std::nullopt;
    }
    const auto password = PasswordPrompt::read(tr("Password of %1: ").arg(name));
    if (!password) {
        *exitCode = refuse(tr("no password for %1: set THADS_PASSWORD or run thads-cli in a terminal").arg(name));
        return std::nullopt;
    }
    QString error;
    auto actor = SignIn(database).attempt(name, *password, &error);
    if (!actor)
        *exitCode = refuse(error);
    return actor;
}

namespace {
// A new password: THADS_NEW_PASSWORD, else typed twice on the terminal.
std::optional<QString> newPassword(const QString &name, QString *error)
{
    const auto first = PasswordPrompt::read(Cli::tr("New password of %1: ").arg(name), "THADS_NEW_PASSWORD");
    if (!first) {
        *error = Cli::tr("no password for %1: set THADS_NEW_PASSWORD or run thads-cli in a terminal").arg(name);
        return std::nullopt;
    }
    if (qEnvironmentVariableIsSet("THADS_NEW_PASSWORD"))
        return first;
    const auto again = PasswordPrompt::read(Cli::tr("The same password again: "), "THADS_NEW_PASSWORD");
    if (!again || *again != *first) {
        *error = Cli::tr("the two passwords differ; nothing was changed");
        return std::nullopt;
    }
    return first;
}
} // namespace

int Cli::users(const QStringList &arguments)
{
    QStringList rest = arguments;
    const QString action = rest.isEmpty() || rest.first().startsWith(QLatin1String("--")) ? QStringLiteral("list")
                                                                                           : rest.takeFirst();
    static const QStringList kActions{QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("reset"),
                                      QStringLiteral("disable"), QStringLiteral("enable")};
    if (!kActions.contains(action))
        return refuse(tr("user: unknown action \"%1\" (one of: %2)").arg(action, kActions.join(QStringLiteral(", "))));
    ArgumentParser options;
    for (const char *name : {"db", "user", "name", "full-name", "role", "unit"})
        options.addOption(QString::fromLatin1(name));
    QString error;
    if (!options.parse(rest, &error))
        return refuse(error);
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    const UnitRepository units(database->sql());
    QTextStream out(stdout);

    if (action == QLatin1String("list")) {
        const Session reader(*database, Actor::program(QStringLiteral("thads-cli")));
        for (const User &u : UserRepository(reader).all()) {
            const auto unit = units.byId(u.unitId);
            QStringList line{u.name, Roles::key(u.role), unit ? unit->code : QStringLiteral("-"), u.fullName};
            if (u.disabled)
                line << tr("disabled");
            if (u.lockedUntil.isValid() && u.lockedUntil > QDateTime::currentDateTimeUtc())
                line << tr("locked until %1").arg(Format::dateTime(u.lockedUntil.toLocalTime()));
            out << line.join(QLatin1Char('\t')) << '\n';
        }
        return Done;
    }
    if (database->isReadOnly())
        return refuse(database->readOnlyMessage());
    const QString name = options.value(QStringLiteral("name")).trimmed().toLower();
    if (name.isEmpty())
        return refuse(tr("--name is required: the user name of the account"));

    // The first account of a database is made without signing in: there is no one to sign in as.
    const bool first = action == QLatin1String("add") && UserRepository(Session(*database, Actor::program({}))).isEmpty();
    std::optional<Actor> actor = first ? Actor::program(QStringLiteral("thads-cli")) : signIn(options, *database, &exitCode);
    if (!actor)
        return exitCode;
    const Session session(*database, *actor);
    UserRepository repository(session);
    WriteResult written;
    if (action == QLatin1String("add")) {
        User user;
        user.name = name;
        user.fullName = options.value(QStringLiteral("full-name"));
        if (!Roles::fromKey(options.value(QStringLiteral("role")), &user.role))
            return refuse(tr("--role: \"%1\" is not clerk, leader or admin").arg(options.value(QStringLiteral("role"))));
        if (user.role == Role::Clerk) {
            const auto unit = units.byCode(options.value(QStringLiteral("unit")));
            if (!unit)
                return refuse(tr("--unit: a clerk needs the code of their unit (\"%1\" is none)")
                                  .arg(options.value(QStringLiteral("unit"))));
            user.unitId = unit->id;
        }
        if (FieldProblems problems = UserRepository::problems(user); !problems.isEmpty())
            return refuse(WriteResult{problems, {}}.message());
        const auto password = newPassword(name, &error);
        if (!password)
            return refuse(error);
        written = repository.create(&user, *password);
    } else {
        const auto user = repository.byName(name);
        if (!user)
            return refuse(tr("--name: there is no user %1").arg(name));
        if (action == QLatin1String("reset")) {
            const auto password = newPassword(name, &error);
            if (!password)
                return refuse(error);
            written = repository.resetPassword(user->id, *password);
        } else {
            written = repository.setDisabled(user->id, action == QLatin1String("disable"));
        }
    }
    if (!written.ok())
        return refuse(tr("nothing was changed: %1").arg(written.message()));
    const QString done = action == QLatin1String("add")       ? tr("Added the user %1.")
                         : action == QLatin1String("reset")   ? tr("Set the password of %1; they choose their own at the next sign-in.")
                         : action == QLatin1String("disable") ? tr("Disabled the account %1.")
                                                              : tr("Enabled the account %1.");
    out << done.arg(name) << Qt::endl;
    return Done;
}
