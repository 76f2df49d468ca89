// thads-cli backup, restore and check: keeping the database safe.

#include "AccessCheck.h"
#include "ArgumentParser.h"
#include "Cli.h"
#include "DatabaseBackup.h"
#include "DatabaseCheck.h"
#include "DatabaseRestore.h"
#include "Format.h"
#include "UserRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

int Cli::backup(const QStringList &arguments)
{
    ArgumentParser options;
    options.addOption(QStringLiteral("db"));
    options.addOption(QStringLiteral("out"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    if (!options.isSet(QStringLiteral("out")))
        return refuse(tr("--out is required: the file to write the backup to"));
    const QString out = options.value(QStringLiteral("out"));
    if (QFileInfo::exists(out))
        return refuse(tr("--out: %1 already exists; it was left as it is").arg(shown(out)));
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    if (!DatabaseBackup::write(database->sql(), out, &error))
        return refuse(error);
    QTextStream(stdout) << tr("Backed up %1 to %2 (%3 bytes).")
                               .arg(shown(database->path()), shown(out), Format::count(QFileInfo(out).size()))
                        << Qt::endl;
    return Done;
}

int Cli::restore(const QStringList &arguments)
{
    ArgumentParser options;
    options.addOption(QStringLiteral("db"));
    options.addOption(QStringLiteral("from"));
    options.addOption(QStringLiteral("user"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    if (!options.isSet(QStringLiteral("from")))
        return refuse(tr("--from is required: the backup to restore"));
    const QString path = databasePath(options);
    // A database that opens and has accounts is replaced only by its administrator;
    // one that cannot be opened (the reason to restore) has no one to ask.
    if (auto current = Database::open(path, Database::OpenMode::ExistingOnly, &error);
        current && !UserRepository(Session(*current, Actor::program({}))).isEmpty()) {
        int exitCode = Done;
        const auto actor = signIn(options, *current, &exitCode);
        if (!actor)
            return exitCode;
        if (const QString refusal = AccessCheck(Session(*current, *actor)).adminRefusal(); !refusal.isEmpty())
            return refuse(refusal);
    }
    error.clear();
    QString keptAside;
    if (!DatabaseRestore::restore(path, options.value(QStringLiteral("from")), QDateTime::currentDateTime(), &keptAside,
                                  &error))
        return refuse(error);
    QTextStream out(stdout);
    out << tr("Restored %1 from %2.").arg(shown(path), shown(options.value(QStringLiteral("from")))) << Qt::endl;
    if (!keptAside.isEmpty())
        out << tr("The previous file is kept as %1.").arg(shown(keptAside)) << Qt::endl;
    return Done;
}

int Cli::check(const QStringList &arguments)
{
    ArgumentParser options;
    options.addOption(QStringLiteral("db"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const QString path = databasePath(options);
    const DatabaseCheck health;
    QList<DatabaseCheck::Problem> problems;
    if (!health.run(path, &problems, &error))
        return refuse(error);
    QTextStream out(stdout);
    if (problems.isEmpty()) {
        out << tr("%1 is healthy: %2.").arg(shown(path), health.names().join(QStringLiteral(", "))) << Qt::endl;
        return Done;
    }
    for (const DatabaseCheck::Problem &problem : std::as_const(problems))
        out << problem.message << '\n';
    out << tr("%1: %n problem(s) found.", nullptr, int(problems.size())).arg(shown(path)) << Qt::endl;
    return Unhealthy;
}

QString Cli::maintenanceHelp(const QString &command) const
{
    if (command == QLatin1String("backup"))
        return tr("Usage: thads-cli backup [--db FILE] --out BACKUP.db\n"
                  "\n"
                  "Copies the database to BACKUP.db while it may be in use (one consistent snapshot,\n"
                  "compacted). The copy is written under a temporary name and renamed when complete,\n"
                  "so a failure leaves no file; an existing BACKUP.db is never overwritten.\n"
                  "\n"
                  "  --out FILE   the backup to write, e.g. thads-2026-12-03.db\n");
    if (command == QLatin1String("restore"))
        return tr("Usage: thads-cli restore [--db FILE] --from BACKUP.db [--user ADMIN]\n"
                  "\n"
                  "Puts BACKUP.db in the place of the database FILE. The backup must be a THADS\n"
                  "database, not newer than this program, and pass SQLite's integrity and foreign\n"
                  "key checks; otherwise nothing is changed. The current file is kept first, with\n"
                  "its write-ahead log, as FILE.before-restore-YYYYMMDD-HHMMSS. Close THADS on FILE\n"
                  "before restoring.\n"
                  "\n"
                  "  --from FILE   the backup to restore\n"
                  "  --user ADMIN  an administrator, when FILE opens and has accounts (the password\n"
                  "                is asked, or read from THADS_PASSWORD)\n");
    if (command == QLatin1String("check"))
        return tr("Usage: thads-cli check [--db FILE]\n"
                  "\n"
                  "Checks the database without changing it: SQLite's integrity check of every page\n"
                  "and index, its foreign key check, and every case's state, amount collected,\n"
                  "amount still due and closing date in the case list against its event log.\n"
                  "Prints one line when all is well (exit code 0), or one line per problem\n"
                  "(exit code 1). Exit code 2: a wrong option, or a file that is missing or not a\n"
                  "THADS database.\n");
    return {};
}
