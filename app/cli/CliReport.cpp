#include "ArgumentParser.h"
#include "Cli.h"
#include "Format.h"
#include "ReportData.h"
#include "ReportDocument.h"
#include "ReportExports.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTextStream>

namespace {
// The options of the three document commands; the tables (export) have no sections.
void addReportOptions(ArgumentParser *options, const QString &command)
{
    for (const char *name : {"db", "year", "months", "as-of", "out"})
        options->addOption(QString::fromLatin1(name));
    if (command != QLatin1String("export")) {
        options->addOption(QStringLiteral("sections"));
        options->addOption(QStringLiteral("date"));
    }
}
} // namespace

// report, export and pack: read the options, load the report's data once,
// write the files (each whole, or not at all).
int Cli::document(const QString &command, const QStringList &arguments)
{
    ArgumentParser options;
    addReportOptions(&options, command);
    QString error;
    if (!options.parse(arguments, &error))
        return refuse(error);
    const StatisticalPeriod period = this->period(options, &error);
    if (!period.isValid())
        return refuse(error);
    const QString out = options.value(QStringLiteral("out"));
    if (out.isEmpty())
        return refuse(tr("--out is required"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (command == QLatin1String("report") && suffix != QLatin1String("pdf"))
        return refuse(tr("--out: the report is written as PDF (FILE.pdf), not \"%1\"").arg(out));
    if (command == QLatin1String("export") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return refuse(tr("--out: export writes FILE.xlsx or FILE.csv, not \"%1\"").arg(out));
    if (command != QLatin1String("pack") && !QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return refuse(tr("--out: the folder of %1 does not exist").arg(QDir::toNativeSeparators(out)));

    ReportOptions report;
    report.period = period;
    const QList<ReportSection> allSections = ReportSections::all();
    report.sections = QSet<ReportSection>(allSections.cbegin(), allSections.cend());
    if (options.isSet(QStringLiteral("sections"))) {
        QString unknown;
        if (!ReportSections::parseList(options.value(QStringLiteral("sections")), &report.sections, &unknown)) {
            QStringList keys;
            for (ReportSection s : ReportSections::all())
                keys << ReportSections::key(s);
            return refuse(tr("--sections: unknown section \"%1\" (one of: %2)").arg(unknown, keys.join(QStringLiteral(", "))));
        }
        if (report.sections.isEmpty())
            return refuse(tr("--sections: name at least one section"));
    }
    // The report's date, and with it the agency's names of that day.
    QDate issued = QDate::currentDate();
    if (options.isSet(QStringLiteral("date"))) {
        const QString text = options.value(QStringLiteral("date"));
        issued = Format::parseDate(text);
        if (!issued.isValid())
            return refuse(tr("--date: \"%1\" is not a date (write yyyy-MM-dd or dd/MM/yyyy)").arg(text));
    }
    QSettings settings;
    report.header = ReportHeader::load(settings, issued);

    int exitCode = Done;
    const auto database = openExisting(options, &exitCode);
    if (!database)
        return exitCode;
    const auto data = ReportDataLoader::load(database->sql(), report, QDate::currentDate(), {}, &error);
    if (!data)
        return refuse(error);

    QTextStream stdOut(stdout);
    bool written = false;
    if (command == QLatin1String("report")) {
        const ReportDocument document(*data);
        written = ReportExports::writePdf(document, out, &error);
    } else if (command == QLatin1String("export")) {
        written = suffix == QLatin1String("csv") ? ReportExports::writeCsv(data->current, out, &error)
                                                 : ReportExports::writeXlsx(*data, out, &error);
    } else {
        QStringList files;
        written = ReportExports::writePack(*data, out, &files, &error);
        if (written) {
            for (const QString &file : std::as_const(files))
                stdOut << QDir::toNativeSeparators(file) << '\n';
        }
    }
    if (!written)
        return refuse(error);
    if (command != QLatin1String("pack"))
        stdOut << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Done;
}
