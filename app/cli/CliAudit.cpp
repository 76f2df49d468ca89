#include "ArgumentParser.h"
#include "AuditTrail.h"
#include "CaseLookup.h"
#include "Cli.h"
#include "Format.h"
#include "UnitRepository.h"
#include "WholeFile.h"

#include <QFile>

// thads-cli audit: the audit trail, newest first, a page at a time, so a
// million rows stream without being held at once.
int Cli::audit(const QStringList &arguments)
{
    ArgumentParser options;
    for (const char *name : {"db", "since", "until", "user", "case", "unit"})
        options.addOption(QString::fromLatin1(name));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    AuditFilter filter;
    for (const auto &[name, date] : {std::pair{"since", &filter.from}, std::pair{"until", &filter.to}}) {
        const QString option = QString::fromLatin1(name);
        if (!options.isSet(option))
            continue;
        *date = Format::parseDate(options.value(option));
        if (!date->isValid())
            return refuse(tr("--%1: \"%2\" is not a date (write yyyy-MM-dd or dd/MM/yyyy)")
                              .arg(option, options.value(option)));
    }
    filter.actor = options.value(QStringLiteral("user"));
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    if (options.isSet(QStringLiteral("case"))) {
        const QString decision = options.value(QStringLiteral("case"));
        QList<CaseBrief> cases = CaseLookup(database->sql()).everyByDecision(decision);
        const UnitRepository units(database->sql());
        if (options.isSet(QStringLiteral("unit"))) {
            const auto unit = units.byCode(options.value(QStringLiteral("unit")).toUpper());
            if (!unit)
                return refuse(tr("--unit: unknown unit \"%1\"").arg(options.value(QStringLiteral("unit"))));
            cases.removeIf([&unit](const CaseBrief &c) { return c.unitId != unit->id; });
        }
        if (cases.isEmpty())
            return refuse(tr("--case: no case has the decision number %1").arg(decision));
        if (cases.size() > 1) {
            QStringList codes;
            for (const CaseBrief &c : std::as_const(cases))
                codes << units.byId(c.unitId)->code;
            return refuse(tr("--case: %1 is a decision number in several units (%2); add --unit CODE")
                              .arg(decision, codes.join(QStringLiteral(", "))));
        }
        filter.caseId = cases.first().id;
    }

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return refuse(out.errorString());
    const AuditTrail trail(database->sql());
    qint64 before = 0;
    qint64 shown = 0;
    while (true) {
        const QList<AuditEntry> entries = trail.page(filter, before, 1000, &error);
        if (!error.isEmpty())
            return refuse(error);
        QByteArray text;
        for (const AuditEntry &e : entries) {
            const QString changes = e.action == QLatin1String("delete") ? e.oldValues
                : e.oldValues.isEmpty()                                  ? e.newValues
                                                                         : e.oldValues + QStringLiteral(" → ") + e.newValues;
            text += QStringLiteral("%1  %2  %3 %4 #%5  %6\n")
                        .arg(Format::dateTime(e.at.toLocalTime()), e.actor, e.action, e.entity)
                        .arg(e.entityId)
                        .arg(changes)
                        .toUtf8();
        }
        if (!WholeFile::writeTo(out, text, tr("the standard output"), &error))
            return refuse(error);
        shown += entries.size();
        if (entries.size() < 1000)
            break;
        before = entries.last().id;
    }
    QTextStream(stderr) << tr("%n audit row(s).", nullptr, int(std::min<qint64>(shown, INT_MAX))) << Qt::endl;
    return Done;
}
