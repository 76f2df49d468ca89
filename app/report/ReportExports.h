#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QStringList>

class ReportDocument;

// The files of the conference: the report as PDF, the official tables as XLSX
// and CSV, and the conference pack (all of them, and every chart as PNG, in a
// folder). Each file is written whole or not at all: into a temporary file
// beside it, renamed over it at the end.
class ReportExports
{
    Q_DECLARE_TR_FUNCTIONS(ReportExports)

public:
    static bool writePdf(const ReportDocument &report, const QString &path, QString *error);
    // One sheet per table: cases, money, and each register the data holds.
    static bool writeXlsx(const ReportData &data, const QString &path, QString *error);
    // The tables as thads-cli stats --format csv writes them, with a byte-order mark for spreadsheets.
    static bool writeCsv(const StatisticsTable &table, const QString &path, QString *error);
    // Writes the pack into `folder` (created if needed); `written` lists the files.
    static bool writePack(const ReportData &data, const QString &folder, QStringList *written, QString *error);

};
