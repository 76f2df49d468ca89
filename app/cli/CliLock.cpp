// thads-cli lock and unlock: closing the books of past months (khóa sổ) and reopening one.

#include "ArgumentParser.h"
#include "Cli.h"
#include "Format.h"
#include "PeriodLockRepository.h"
#include "UnitRepository.h"

#include <QTextStream>

namespace {
// A month as yyyy-MM or MM/yyyy: its first day, or an invalid date.
QDate monthOf(const QString &text)
{
    QDate date = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        date = QDate::fromString(QStringLiteral("01/") + text, QStringLiteral("dd/MM/yyyy"));
    return date;
}
} // namespace

int Cli::lock(const QString &command, const QStringList &arguments)
{
    const bool closing = command == QLatin1String("lock");
    const QString monthOption = closing ? QStringLiteral("until") : QStringLiteral("month");
    ArgumentParser options;
    for (const QString &name : {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("unit"),
                                QStringLiteral("reason"), monthOption})
        options.addOption(name);
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const QDate month = monthOf(options.value(monthOption));
    if (!month.isValid())
        return refuse(tr("--%1: \"%2\" is not a month (write yyyy-MM, e.g. 2021-09)")
                          .arg(monthOption, options.value(monthOption)));
    if (!closing && options.value(QStringLiteral("reason")).trimmed().isEmpty())
        return refuse(tr("--reason is required: why the month is reopened is recorded"));
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    if (database->isReadOnly())
        return refuse(database->readOnlyMessage());
    qint64 unitId = 0;
    QString scope = tr("the whole province");
    if (options.isSet(QStringLiteral("unit"))) {
        const auto unit = UnitRepository(database->sql()).byCode(options.value(QStringLiteral("unit")));
        if (!unit)
            return refuse(tr("--unit: unknown unit \"%1\"").arg(options.value(QStringLiteral("unit"))));
        unitId = unit->id;
        scope = unit->shortName();
    }
    const auto actor = signIn(options, *database, &exitCode);
    if (!actor)
        return exitCode;
    const Session session(*database, *actor);
    PeriodLockRepository locks(session);
    int closed = 0;
    const WriteResult written = closing ? locks.closeUntil(month, unitId, &closed)
                                        : locks.reopen(month, unitId, options.value(QStringLiteral("reason")));
    if (!written.ok())
        return refuse(tr("nothing was changed: %1").arg(written.message()));
    const QString shown = Format::month(month);
    QTextStream(stdout) << (closing ? tr("Closed the books of %n month(s) up to %1 for %2.", nullptr, closed).arg(shown, scope)
                                    : tr("Reopened %1 for %2.").arg(shown, scope))
                        << Qt::endl;
    return Done;
}
