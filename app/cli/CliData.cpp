#include "ArgumentParser.h"
#include "CaseImporter.h"
#include "Cli.h"
#include "DemoBuilder.h"
#include "Format.h"
#include "Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

int Cli::init(const QStringList &arguments)
{
    ArgumentParser options;
    options.addOption(QStringLiteral("db"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const QString path = databasePath(options);
    if (QFileInfo::exists(path))
        return refuse(tr("%1 already exists; it was left as it is").arg(QDir::toNativeSeparators(path)));
    if (!Database::open(path, Database::OpenMode::CreateNew, &error))
        return refuse(error);
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
    const bool exists = QFileInfo::exists(path);
    if (exists && !options.isSet(QStringLiteral("force")))
        return refuse(tr("%1 already exists; it was left as it is (--force replaces it)")
                          .arg(QDir::toNativeSeparators(path)));
    // Built beside the target and renamed over it at the end, so a failure
    // leaves whatever was there untouched.
    const QString building = path + QStringLiteral(".building");
    removeDatabaseFiles(building);
    qint64 cases = 0, events = 0;
    {
        auto database = Database::open(building, Database::OpenMode::CreateNew, &error);
        if (!database)
            return refuse(error);
        const Session session(*database, Actor{QStringLiteral("thads-cli demo")});
        DemoBuilder builder(session);
        if (!builder.build(&error)) {
            database.reset();
            removeDatabaseFiles(building);
            return refuse(error);
        }
        cases = builder.caseCount();
        events = builder.eventCount();
    }
    if ((exists && !QFile::remove(path)) || !QFile::rename(building, path)) {
        removeDatabaseFiles(building);
        return refuse(tr("%1 cannot be written").arg(QDir::toNativeSeparators(path)));
    }
    QTextStream(stdout) << tr("Created the demo database %1: %2 cases, %3 events.")
                               .arg(QDir::toNativeSeparators(path), Format::count(cases), Format::count(events))
                        << Qt::endl;
    return Done;
}

int Cli::import(const QStringList &arguments)
{
    ArgumentParser options;
    for (const char *name : {"db", "cases", "events"})
        options.addOption(QString::fromLatin1(name));
    options.addFlag(QStringLiteral("dry-run"));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    if (!options.isSet(QStringLiteral("cases")))
        return refuse(tr("--cases is required"));
    for (const char *name : {"cases", "events"}) {
        const QString file = options.value(QString::fromLatin1(name));
        if (options.isSet(QString::fromLatin1(name)) && !QFileInfo(file).isFile())
            return refuse(tr("--%1: the file %2 does not exist").arg(QString::fromLatin1(name), file));
    }
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    const Session session(*database, Actor::currentUser());
    CaseImporter importer(session);
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
