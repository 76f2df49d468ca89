#include "ArgumentParser.h"
#include "Cli.h"
#include "RegisterGrid.h"
#include "StatisticsEngine.h"
#include "StatisticsExport.h"
#include "StatisticsText.h"
#include "WholeFile.h"

#include <QFile>
#include <QJsonDocument>

int Cli::stats(const QStringList &arguments)
{
    ArgumentParser options;
    for (const char *name : {"db", "year", "months", "as-of", "unit", "format", "table"})
        options.addOption(QString::fromLatin1(name));
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const StatisticalPeriod period = this->period(options, &error);
    if (!period.isValid())
        return refuse(error);
    const QString format = options.isSet(QStringLiteral("format")) ? options.value(QStringLiteral("format"))
                                                                    : QStringLiteral("table");
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return refuse(tr("--format: \"%1\" is not one of table, csv, json").arg(format));
    if (options.isSet(QStringLiteral("table"))) {
        const QString key = options.value(QStringLiteral("table"));
        if (key == QLatin1String("age"))
            return ageStats(options, period, format);
        RegisterKind kind;
        if (!Registers::fromKey(key, &kind))
            return refuse(tr("--table: \"%1\" is not one of age, complaints, reception, coercion, awards").arg(key));
        return registerStats(options, kind, period, format);
    }

    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    const auto table = StatisticsEngine(database->sql()).compute(period, &error);
    if (!table)
        return refuse(error);

    QList<StatisticsRow> rows = table->rows();
    if (options.isSet(QStringLiteral("unit")) && !keepUnit(options.value(QStringLiteral("unit")), &rows, &error))
        return refuse(error);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return refuse(out.errorString());
    QByteArray bytes;
    if (format == QLatin1String("csv"))
        bytes = StatisticsExport::toCsv(rows);
    else if (format == QLatin1String("json"))
        bytes = QJsonDocument(StatisticsExport::toJson(*table, rows)).toJson(QJsonDocument::Indented);
    else
        bytes = StatisticsText::render(*table, rows).toUtf8();
    if (!WholeFile::writeTo(out, bytes, tr("the standard output"), &error))
        return refuse(error);
    return Done;
}
