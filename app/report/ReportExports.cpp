#include "ReportExports.h"

#include "ChartExporter.h"
#include "FileErrors.h"
#include "Format.h"
#include "RegisterGrid.h"
#include "ReportCharts.h"
#include "ReportDocument.h"
#include "ReportRenderer.h"
#include "StatisticsExport.h"
#include "WholeFile.h"
#include "XlsxWorkbook.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace {
bool commit(QSaveFile &file, const QString &path, QString *error)
{
    // QSaveFile misses an error of the last buffered write (Qt 6.4): flush it first.
    if (file.flush() && file.commit())
        return true;
    *error = FileErrors::notWritten(path, file);
    file.cancelWriting();
    return false;
}

bool openSave(QSaveFile &file, const QString &path, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    *error = FileErrors::notWritten(path, file);
    return false;
}

// One statistics sheet: a title, a header row (frozen), a row per unit and the province.
void statisticsSheet(XlsxWorkbook &book, const StatisticsTable &table, bool money, const QString &name,
                     const QString &title)
{
    lxw_worksheet *sheet = book.addSheet(name, true);
    QList<StatColumn> columns;
    for (StatColumn c : StatColumns::all()) {
        if (money || StatColumns::hasCaseCount(c))
            columns << c;
    }
    const int last = int(columns.size()) + 4;
    book.mergeTitle(sheet, 0, last, title);
    const int headerRow = 2;
    book.write(sheet, headerRow, 0, ReportExports::tr("Unit"), XlsxWorkbook::Style::Header);
    for (int i = 0; i < columns.size(); ++i)
        book.write(sheet, headerRow, i + 1, StatColumns::displayName(columns.at(i)), XlsxWorkbook::Style::Header);
    const QStringList tail{ReportExports::tr("Rate (%)"), ReportExports::tr("Target (%)"),
                           ReportExports::tr("Against target (points)"), ReportExports::tr("Still needed")};
    for (int i = 0; i < tail.size(); ++i)
        book.write(sheet, headerRow, int(columns.size()) + 1 + i, tail.at(i), XlsxWorkbook::Style::Header);
    book.setRowHeight(sheet, headerRow, 48);
    book.freeze(sheet, headerRow + 1, 1);
    book.setColumnWidth(sheet, 0, 0, 18);
    book.setColumnWidth(sheet, 1, last, money ? 17 : 11);

    const auto hundredths = [](std::optional<Rates::Hundredths> v) -> std::optional<double> {
        return v ? std::optional<double>(*v / 100.0) : std::nullopt;
    };
    int row = headerRow + 1;
    for (const StatisticsRow &r : table.rows()) {
        const bool total = r.isProvince();
        using S = XlsxWorkbook::Style;
        book.write(sheet, row, 0, r.unit.shortName(), total ? S::UnitTotal : S::Unit);
        for (int i = 0; i < columns.size(); ++i) {
            const qint64 v = money ? r.figures.money(columns.at(i)) : r.figures.cases(columns.at(i));
            book.write(sheet, row, i + 1, std::optional<double>(double(v)), total ? S::CountTotal : S::Count);
        }
        const int t = int(columns.size()) + 1;
        book.write(sheet, row, t, hundredths(money ? r.moneyRate() : r.caseRate()), total ? S::RateTotal : S::Rate);
        book.write(sheet, row, t + 1, hundredths(money ? r.moneyTarget : r.caseTarget), total ? S::RateTotal : S::Rate);
        book.write(sheet, row, t + 2, hundredths(money ? r.moneyPoints() : r.casePoints()),
                   total ? S::RateTotal : S::Rate);
        const std::optional<qint64> needed = money ? r.moneyNeeded() : r.caseNeeded();
        book.write(sheet, row, t + 3, needed ? std::optional<double>(double(*needed)) : std::nullopt,
                   total ? S::CountTotal : S::Count);
        ++row;
    }
}

const QString kStagingLock = QStringLiteral("owner.lock");

// The hidden folders a killed pack left behind, unless another pack is writing one now.
void removeAbandonedStaging(const QDir &folder)
{
    for (const QFileInfo &info :
         folder.entryInfoList({QStringLiteral(".thads-pack-*")}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QLockFile owner(QDir(info.filePath()).filePath(kStagingLock));
        if (owner.tryLock(0)) {
            owner.unlock();
            QDir(info.filePath()).removeRecursively();
        }
    }
}

void gridSheet(XlsxWorkbook &book, const RegisterGrid &grid, const QString &period)
{
    using S = XlsxWorkbook::Style;
    lxw_worksheet *sheet = book.addSheet(grid.title.left(31), false);
    book.mergeTitle(sheet, 0, int(grid.columns.size()),
                    ReportExports::tr("%1, %2").arg(grid.title.toUpper(), period));
    book.write(sheet, 2, 0, ReportExports::tr("Unit"), S::Header);
    for (int i = 0; i < grid.columns.size(); ++i)
        book.write(sheet, 2, i + 1, grid.columns.at(i).header, S::Header);
    book.setRowHeight(sheet, 2, 48);
    book.freeze(sheet, 3, 1);
    book.setColumnWidth(sheet, 0, 0, 18);
    book.setColumnWidth(sheet, 1, int(grid.columns.size()), 13);
    int row = 3;
    for (const RegisterGrid::Row &r : grid.rows) {
        const bool total = r.unit.id == 0;
        book.write(sheet, row, 0, r.unit.shortName(), total ? S::UnitTotal : S::Unit);
        for (int i = 0; i < grid.columns.size(); ++i) {
            const std::optional<qint64> v = r.values.value(i);
            const bool rate = grid.columns.at(i).isRate;
            const std::optional<double> number =
                v ? std::optional<double>(rate ? *v / 100.0 : double(*v)) : std::nullopt;
            const S style = rate ? (total ? S::RateTotal : S::Rate) : (total ? S::CountTotal : S::Count);
            book.write(sheet, row, i + 1, number, style);
        }
        ++row;
    }
}
} // namespace

bool ReportExports::writePdf(const ReportDocument &report, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!openSave(file, path, error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(report.title());
        writer.setCreator(QStringLiteral("THADS"));
        const ReportRenderer renderer(report);
        renderer.prepare(&writer);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
            file.cancelWriting();
            return false;
        }
        renderer.paint(&writer, &painter, ReportRenderer::Orientations::PerPage);
        painter.end();
    }
    return commit(file, path, error);
}

bool ReportExports::writeXlsx(const ReportData &data, const QString &path, QString *error)
{
    // libxlsxwriter writes a path: a hidden scratch file beside the target
    // (the next export of the same file replaces one a kill left), then copied whole.
    const QFileInfo target(path);
    const QString scratch = target.dir().filePath(QStringLiteral(".%1.thads-partial").arg(target.fileName()));
    const auto removeScratch = qScopeGuard([&scratch] { QFile::remove(scratch); });
    const StatisticalPeriod &period = data.current.period;
    const QString range = tr("%1 (%2 – %3)").arg(period.label(), Format::date(period.start()), Format::date(period.end()));
    {
        XlsxWorkbook book(scratch, period.end().startOfDay(Qt::UTC));
        if (!book.isValid()) {
            *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        statisticsSheet(book, data.current, false, tr("Cases"),
                        tr("RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN CASES, %1").arg(range.toUpper()));
        statisticsSheet(book, data.current, true, tr("Money"),
                        tr("RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN MONEY (ĐỒNG), %1").arg(range.toUpper()));
        if (data.complaints)
            gridSheet(book, RegisterGrid::from(*data.complaints), range);
        if (data.receptions)
            gridSheet(book, RegisterGrid::from(*data.receptions), range);
        if (data.coercions)
            gridSheet(book, RegisterGrid::from(*data.coercions), range);
        if (data.awards)
            gridSheet(book, RegisterGrid::from(*data.awards), range);
        if (!book.close()) {
            *error = FileErrors::notWritten(path);
            return false;
        }
    }
    QFile produced(scratch);
    if (!produced.open(QIODevice::ReadOnly)) {
        *error = FileErrors::notWritten(path);
        return false;
    }
    return WholeFile::write(path, produced.readAll(), error);
}

bool ReportExports::writeCsv(const StatisticsTable &table, const QString &path, QString *error)
{
    return WholeFile::write(path, QByteArrayLiteral("\xEF\xBB\xBF") + StatisticsExport::toCsv(table.rows()), error);
}

bool ReportExports::writePack(const ReportData &data, const QString &folder, QStringList *written, QString *error)
{
    const bool existed = QFileInfo(folder).isDir();
    if (!QDir().mkpath(folder)) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    // Every file is written into a hidden folder inside, then moved into place:
    // a failure halfway leaves the folder as it was (and no folder if it was new).
    const QDir dir(folder);
    removeAbandonedStaging(dir);
    QTemporaryDir staging(dir.filePath(QStringLiteral(".thads-pack-XXXXXX")));
    QLockFile owner(QDir(staging.path()).filePath(kStagingLock));
    owner.lock();
    QStringList names;
    const auto file = [&](const QString &name) {
        names << name;
        return QDir(staging.path()).filePath(name);
    };
    const auto fail = [&] {
        // The message names the file where the user will look for it.
        error->replace(QDir::toNativeSeparators(staging.path()), QDir::toNativeSeparators(dir.path()));
        staging.remove();
        if (!existed)
            QDir().rmdir(folder);
        return false;
    };
    if (!staging.isValid()) {
        *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(folder));
        return fail();
    }
    const QString key = data.current.period.key();
    const ReportDocument report(data);
    if (!writePdf(report, file(QStringLiteral("bao-cao-%1.pdf").arg(key)), error)
        || !writeXlsx(data, file(QStringLiteral("bang-so-lieu-%1.xlsx").arg(key)), error)
        || !writeCsv(data.current, file(QStringLiteral("bang-so-lieu-%1.csv").arg(key)), error))
        return fail();
    for (ReportCharts::Chart &chart : ReportCharts::build(data)) {
        if (!ChartExporter::savePng(chart.chart.get(), file(chart.fileName), QSize(1400, 800), error))
            return fail();
    }
    for (const QString &name : std::as_const(names)) {
        const QString target = dir.filePath(name);
        QFile::remove(target); // the same pack written again replaces its files
        if (!QFile::rename(QDir(staging.path()).filePath(name), target)) {
            *error = tr("%1 could not be written.").arg(QDir::toNativeSeparators(target));
            return fail();
        }
        *written << target;
    }
    return true;
}
