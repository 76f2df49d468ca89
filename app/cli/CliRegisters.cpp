#include "ArgumentParser.h"
#include "CaseAgeStatistics.h"
#include "Cli.h"
#include "RegisterExport.h"
#include "RegisterStatistics.h"
#include "RegisterText.h"
#include "WholeFile.h"

#include <QFile>
#include <QJsonDocument>

int Cli::registerStats(const ArgumentParser &options, RegisterKind kind, const StatisticalPeriod &period,
                       const QString &format)
{
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    QString error;
    const auto grid = RegisterStatistics(database->sql()).grid(kind, period, &error);
    if (!grid)
        return refuse(error);
    return printGrid(options, *grid, format);
}

int Cli::ageStats(const ArgumentParser &options, const StatisticalPeriod &period, const QString &format)
{
    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    QString error;
    const auto table = CaseAgeStatistics(database->sql()).compute(period, &error);
    if (!table)
        return refuse(error);
    return printGrid(options, table->grid(), format);
}

int Cli::printGrid(const ArgumentParser &options, const RegisterGrid &grid, const QString &format)
{
    QString error;
    QList<RegisterGrid::Row> rows = grid.rows;
    if (options.isSet(QStringLiteral("unit")) && !keepUnit(options.value(QStringLiteral("unit")), &rows, &error))
        return refuse(error);

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return refuse(out.errorString());
    QByteArray bytes;
    if (format == QLatin1String("csv"))
        bytes = RegisterExport::toCsv(grid, rows);
    else if (format == QLatin1String("json"))
        bytes = QJsonDocument(RegisterExport::toJson(grid, rows)).toJson(QJsonDocument::Indented);
    else
        bytes = RegisterText::render(grid, rows).toUtf8();
    if (!WholeFile::writeTo(out, bytes, tr("the standard output"), &error))
        return refuse(error);
    return Done;
}
