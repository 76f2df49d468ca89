#include "Cli.h"

#include "ArgumentParser.h"
#include "Clock.h"
#include "Format.h"
#include "Language.h"
#include "TransactionGuard.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

int Cli::refuse(const QString &message) const
{
    QTextStream(stderr) << "thads-cli: " << message << Qt::endl;
    return Refused;
}

int Cli::run(QStringList arguments)
{
    // --lang may stand anywhere; it is taken out before the command reads its options.
    Language::Code language = Language::Vietnamese;
    for (int i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang")) {
            if (i + 1 == arguments.size()) {
                Language::install(Language::Vietnamese);
                return refuse(tr("the option --%1 needs a value").arg(QStringLiteral("lang")));
            }
            value = arguments.takeAt(i + 1);
            arguments.removeAt(i);
        } else if (arguments.at(i).startsWith(QLatin1String("--lang="))) {
            value = arguments.takeAt(i).mid(7);
        } else {
            continue;
        }
        if (!Language::fromKey(value, &language)) {
            Language::install(Language::Vietnamese);
            return refuse(tr("unknown language \"%1\" (vi or en)").arg(value));
        }
        break;
    }
    Language::install(language);
    // A write that waits for another program says so once, then waits on.
    TransactionGuard::setWaitingHandler([] {
        QTextStream(stderr) << "thads-cli: "
                            << tr("another program is writing the database; waiting up to %n second(s)…", nullptr,
                                  TransactionGuard::waitSeconds())
                            << Qt::endl;
    });

    QTextStream out(stdout);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || (arguments.first() == QLatin1String("help") && arguments.size() == 1)) {
        out << usage();
        return Done;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("help")) {
        const QString text = help(arguments.first());
        if (text.isEmpty())
            return refuse(tr("unknown command \"%1\"; see thads-cli --help").arg(arguments.first()));
        out << text;
        return Done;
    }
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        const QString text = help(command);
        if (text.isEmpty())
            return refuse(tr("unknown command \"%1\"; see thads-cli --help").arg(command));
        out << text;
        return Done;
    }
    if (command == QLatin1String("init"))
        return init(arguments);
    if (command == QLatin1String("demo"))
        return demo(arguments);
    if (command == QLatin1String("stats"))
        return stats(arguments);
    if (command == QLatin1String("import"))
        return import(arguments);
    if (command == QLatin1String("audit"))
        return audit(arguments);
    if (command == QLatin1String("report") || command == QLatin1String("export") || command == QLatin1String("pack"))
        return document(command, arguments);
    if (command == QLatin1String("backup"))
        return backup(arguments);
    if (command == QLatin1String("restore"))
        return restore(arguments);
    if (command == QLatin1String("check"))
        return check(arguments);
    if (command == QLatin1String("user"))
        return users(arguments);
    if (command == QLatin1String("lock") || command == QLatin1String("unlock"))
        return lock(command, arguments);
    return refuse(tr("unknown command \"%1\"; see thads-cli --help").arg(command));
}

QString Cli::databasePath(const ArgumentParser &options) const
{
    return options.isSet(QStringLiteral("db")) ? options.value(QStringLiteral("db")) : Database::defaultPath();
}

std::unique_ptr<Database> Cli::openExisting(const ArgumentParser &options, int *exitCode) const
{
    const QString path = databasePath(options);
    QString error;
    if (!QFileInfo::exists(path)) {
        *exitCode = refuse(tr("the database %1 does not exist; create it with: thads-cli init --db %1")
                               .arg(QDir::toNativeSeparators(path)));
        return nullptr;
    }
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    if (!database)
        *exitCode = refuse(error);
    return database;
}

StatisticalPeriod Cli::period(const ArgumentParser &options, QString *error) const
{
    const bool hasYear = options.isSet(QStringLiteral("year"));
    const bool hasMonths = options.isSet(QStringLiteral("months"));
    const bool hasAsOf = options.isSet(QStringLiteral("as-of"));
    if (hasMonths && hasAsOf) {
        *error = tr("--months and --as-of cannot be used together");
        return {};
    }
    int year = 0;
    if (hasYear) {
        bool ok = false;
        year = options.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < StatisticalPeriod::kFirstYear || year > StatisticalPeriod::kLastYear) {
            *error = tr("--year: \"%1\" is not a statistical year (%2–%3)")
                         .arg(options.value(QStringLiteral("year")))
                         .arg(StatisticalPeriod::kFirstYear)
                         .arg(StatisticalPeriod::kLastYear);
            return {};
        }
    }
    if (hasAsOf) {
        const QString text = options.value(QStringLiteral("as-of"));
        const QDate date = Format::parseDate(text);
        if (!date.isValid()) {
            *error = tr("--as-of: \"%1\" is not a date (write yyyy-MM-dd or dd/MM/yyyy)").arg(text);
            return {};
        }
        const StatisticalPeriod asOf = StatisticalPeriod::asOf(date);
        if (hasYear && asOf.statisticalYear() != year) {
            *error = tr("--as-of: %1 is not in the statistical year %2 (%3 – %4)")
                         .arg(Format::date(date))
                         .arg(year)
                         .arg(Format::date(StatisticalPeriod::yearStart(year)), Format::date(StatisticalPeriod::yearEnd(year)));
            return {};
        }
        if (!asOf.isValid())
            *error = tr("--as-of: %1 is outside the years THADS counts").arg(Format::date(date));
        if (date > Clock::system().today()) {
            *error = tr("--as-of: %1 is after today; nothing has happened by then yet").arg(Format::date(date));
            return {};
        }
        return asOf;
    }
    if (!hasYear) {
        *error = tr("--year is required (or --as-of)");
        return {};
    }
    if (StatisticalPeriod::yearStart(year) > Clock::system().today()) { // the year in progress counts, a later one not
        *error = tr("--year: the statistical year %1 has not begun (it starts on %2)")
                     .arg(year)
                     .arg(Format::date(StatisticalPeriod::yearStart(year)));
        return {};
    }
    if (!hasMonths)
        return StatisticalPeriod::year(year);
    bool ok = false;
    const int months = options.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || months < 1 || months > 12) {
        *error = tr("--months: \"%1\" is not a number of months from 1 to 12").arg(options.value(QStringLiteral("months")));
        return {};
    }
    return StatisticalPeriod::months(year, months);
}
