#include "ArgumentParser.h"
#include "CaseImporter.h"
#include "Cli.h"
#include "DemoBuilder.h"
#include "Format.h"
#include "PasswordPrompt.h"
#include "Session.h"
#include "UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

int Cli::init(const QStringList &arguments)
{
    ArgumentParser options;
    for (const char *name : {"db", "admin", "full-name"})
        options.addOption(QString::fromLatin1(name));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const QString path = databasePath(options);
    if (QFileInfo::exists(path))
        return refuse(tr("%1 already exists; it was left as it is").arg(QDir::toNativeSeparators(path)));
    // With --admin, the database is made with its administrator, or not at all.
    User admin = User::make(options.value(QStringLiteral("admin")).trimmed().toLower(), options.value(QStringLiteral("full-name")),
               Role::Admin);
    std::optional<QString> password;
    if (options.isSet(QStringLiteral("admin"))) {
        if (admin.fullName.isEmpty())
            admin.fullName = admin.name;
        if (FieldProblems problems = UserRepository::problems(admin); !problems.isEmpty())
            return refuse(WriteResult{problems, {}}.message());
        password = PasswordPrompt::read(tr("New password of %1: ").arg(admin.name), "THADS_NEW_PASSWORD");
        if (!password)
            return refuse(tr("no password for %1: set THADS_NEW_PASSWORD or run thads-cli in a terminal").arg(admin.name));
        if (const auto problem = UserRepository::passwordProblem(*password, admin.name))
            return refuse(*problem);
    }
    {
        auto database = Database::open(path, Database::OpenMode::CreateNew, &error);
        if (!database)
            return refuse(error);
        if (password) {
            const Session session(*database, Actor::program(QStringLiteral("thads-cli init")));
            if (const WriteResult written = UserRepository(session).create(&admin, *password); !written.ok()) {
                database.reset();
                Database::removeFiles(path);
                return refuse(written.message());
            }
        }
    }
    QTextStream(stdout) << tr("Created the database %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Done;
}

int Cli::demo(const QStringList &arguments)
{
    ArgumentParser options;
    options.addOption(QStringLiteral("db"));
    options.addFlag(QStringLiteral("force"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const QString path = databasePath(options);
    const QString shown = QDir::toNativeSeparators(path);
    // One demo builds beside a file at a time; the lock of a killed run is
    // stale (its process is gone) and taken over, with what it left.
    QLockFile building(path + QStringLiteral(".building.lock"));
    if (!building.tryLock(0))
        return refuse(tr("another thads-cli demo is building %1 right now").arg(shown));
    const QString scratch = path + QStringLiteral(".building");
    Database::removeFiles(scratch);
    const bool exists = QFileInfo::exists(path);
    if (exists && !options.isSet(QStringLiteral("force")))
        return refuse(tr("%1 already exists; it was left as it is (--force replaces it)").arg(shown));
    // Built beside the target and renamed over it at the end, so a failure
    // leaves whatever was there untouched.
    qint64 cases = 0, events = 0;
    QList<DemoUsers::Account> accounts;
    {
        auto database = Database::open(scratch, Database::OpenMode::CreateNew, &error);
        if (!database)
            return refuse(error);
        const Session session(*database, Actor::program(QStringLiteral("thads-cli demo")));
        DemoBuilder builder(session);
        if (!builder.build(&error)) {
            database.reset();
            Database::removeFiles(scratch);
            return refuse(error);
        }
        cases = builder.caseCount();
        events = builder.eventCount();
        accounts = builder.accounts();
    } // closed: its log is checkpointed into the file and removed
    // The old file goes with its write-ahead log and shared memory: a log
    // left beside the new file would be replayed onto it.
    if ((exists && !Database::removeFiles(path)) || !QFile::rename(scratch, path)) {
        Database::removeFiles(scratch);
        return refuse(tr("%1 cannot be written").arg(shown));
    }
    Database::removeFiles(scratch); // its -wal and -shm, should any be left
    QTextStream out(stdout);
    out << tr("Created the demo database %1: %2 cases, %3 events.").arg(shown, Format::count(cases), Format::count(events))
        << Qt::endl;
    // One line per account, in a fixed form for scripts (not translated).
    for (const DemoUsers::Account &a : std::as_const(accounts))
        out << QStringLiteral("user %1 password %2 role %3 unit %4")
                   .arg(a.name, a.password, Roles::key(a.role), a.unitCode.isEmpty() ? QStringLiteral("-") : a.unitCode)
            << '\n';
    return Done;
}

int Cli::import(const QStringList &arguments)
{
    ArgumentParser options;
    for (const char *name : {"db", "cases", "events", "user", "encoding", "separator"})
        options.addOption(QString::fromLatin1(name));
    options.addFlag(QStringLiteral("dry-run"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    if (!options.isSet(QStringLiteral("cases")))
        return refuse(tr("--cases is required"));
    CsvFormat format;
    if (options.isSet(QStringLiteral("encoding"))
        && !CsvFormats::encodingFromKey(options.value(QStringLiteral("encoding")), &format.encoding))
        return refuse(tr("--encoding: \"%1\" is not utf-8, windows-1258 or auto")
                          .arg(options.value(QStringLiteral("encoding"))));
    if (options.isSet(QStringLiteral("separator"))
        && !CsvFormats::separatorFromKey(options.value(QStringLiteral("separator")), &format.separator))
        return refuse(tr("--separator: \"%1\" is not \",\", \";\" or auto")
                          .arg(options.value(QStringLiteral("separator"))));
    for (const char *name : {"cases", "events"}) {
        const QString file = options.value(QString::fromLatin1(name));
        if (options.isSet(QString::fromLatin1(name)) && !QFileInfo(file).isFile())
            return refuse(tr("--%1: the file %2 does not exist").arg(QString::fromLatin1(name), file));
    }
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    if (database->isReadOnly() && !dryRun)
        return refuse(database->readOnlyMessage());
    // A dry run checks as the user would write when one is named; it needs no sign-in otherwise.
    const std::optional<Actor> actor = dryRun && !options.isSet(QStringLiteral("user"))
                                           ? Actor::program(QStringLiteral("thads-cli"))
                                           : signIn(options, *database, &exitCode);
    if (!actor)
        return exitCode;
    const Session session(*database, *actor);
    CaseImporter importer(session);
    importer.setFormat(format);
    QTextStream out(stdout);
    if (!importer.check(options.value(QStringLiteral("cases")), options.value(QStringLiteral("events")))) {
        QTextStream err(stderr);
        for (const CaseImporter::Problem &p : importer.problems())
            err << p.toString() << '\n';
        err << tr("%n problem(s); nothing was written.", nullptr, int(importer.problems().size())) << Qt::endl;
        return BadRows;
    }
    QStringList perUnit;
    const QMap<QString, int> counts = importer.casesPerUnit();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        perUnit << QStringLiteral("%1 %2").arg(it.key(), Format::count(it.value()));
    const QString summary = perUnit.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(perUnit.join(QStringLiteral(", ")));
    if (options.isSet(QStringLiteral("dry-run"))) {
        out << tr("Checked: %1 cases and %2 events are correct%3; nothing was written (--dry-run).")
                   .arg(Format::count(importer.caseCount()), Format::count(importer.eventCount()), summary)
            << Qt::endl;
        return Done;
    }
    const WriteResult written = importer.write();
    if (!written.ok())
        return refuse(tr("nothing was written: %1").arg(written.message()));
    out << tr("Imported %1 cases and %2 events%3.")
               .arg(Format::count(importer.caseCount()), Format::count(importer.eventCount()), summary)
        << Qt::endl;
    return Done;
}
