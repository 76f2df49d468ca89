// The conference report of the demo province: its figures, its paper (A4,
// fonts embedded, landscape appendices), its exports, and what it refuses.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "CsvReader.h"
#include "Language.h"
#include "ReportData.h"
#include "ReportDocument.h"
#include "ReportExports.h"
#include "StatisticsExport.h"
#include "TestDatabase.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <QTest>

namespace {
QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(180000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ReportOptions allSections(const StatisticalPeriod &period)
{
    ReportOptions options;
    options.period = period;
    const QList<ReportSection> all = ReportSections::all();
    options.sections = QSet<ReportSection>(all.cbegin(), all.cend());
    options.header = ReportHeader::defaults(QDate(2021, 12, 15));
    options.header.signerName = QStringLiteral("Lò Văn Hùng");
    return options;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saysTheHeadlineInVietnamese();
    void namesEveryUnitAndTheNation();
    void pdfIsA4WithFontsEmbedded();
    void pagesHoldWholeTablesAndOneChartEach();
    void xlsxHoldsTheStatisticsAndOpensInCalc();
    void csvRoundTrips();
    void aPastYearRegeneratesTheSameTables();
    void packWritesEveryFile();
    void failedPackLeavesTheFolderAsItWas();
    void refusesAYearWithoutData();
    void cancelsBetweenSteps();
    void anUnwritablePathLeavesNoFile();
    void registersWithoutEntriesSaySo();

private:
    std::optional<ReportData> load(const StatisticalPeriod &period, QString *error = nullptr);

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    std::optional<ReportData> m_data;
    std::unique_ptr<ReportDocument> m_report;
    QString m_pdfText;
};

std::optional<ReportData> TestReport::load(const StatisticalPeriod &period, QString *error)
{
    QString ignored;
    return ReportDataLoader::load(m_db->session().sql(), allSections(period), QDate(2026, 11, 25), {},
                                  error ? error : &ignored);
}

void TestReport::initTestCase()
{
    Language::install(Language::Vietnamese);
    m_db = TestDatabase::demo(); // the demo province, built once per test run
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    QString error;
    m_data = load(StatisticalPeriod::year(2021), &error);
    QVERIFY2(m_data, qPrintable(error));
    m_report = std::make_unique<ReportDocument>(*m_data);
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(ReportExports::writePdf(*m_report, pdf, &error), qPrintable(error));
    m_pdfText = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(!m_pdfText.isEmpty());
}

void TestReport::saysTheHeadlineInVietnamese()
{
    for (const QString &text : {m_report->toPlainText(), m_pdfText}) {
        for (const char *figure : {"4.963", "5.810", "85,42%", "82,50%", "2,92%", "56,68%"})
            QVERIFY2(text.contains(QString::fromUtf8(figure)), figure);
    }
    QVERIFY(m_report->toPlainText().contains(QStringLiteral("Giải quyết xong 4.963 việc")));
    QVERIFY(m_report->toPlainText().contains(QStringLiteral("vượt 2,92%")));
}

void TestReport::namesEveryUnitAndTheNation()
{
    const QString flat = QString(m_pdfText).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY(flat.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    QVERIFY(flat.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
    QVERIFY(flat.contains(QStringLiteral("BÁO CÁO")));
    // Dated 15/12/2021: the agency's names of that day.
    QVERIFY(flat.contains(QStringLiteral("TỔNG CỤC THI HÀNH ÁN DÂN SỰ")));
    QVERIFY(flat.contains(QStringLiteral("CỤC THI HÀNH ÁN DÂN SỰ TỈNH"))); // "SƠN LA" wraps beside the motto
    QVERIFY(flat.contains(QStringLiteral("theo Thông tư số 06/2019/TT-BTP"))); // the circular of the period
    for (const StatisticsRow &row : m_data->current.units)
        QVERIFY2(flat.contains(row.unit.shortName()), qPrintable(row.unit.shortName()));
    QVERIFY(flat.contains(QStringLiteral("Toàn tỉnh")));
    QVERIFY(flat.contains(QStringLiteral("Lò Văn Hùng"))); // the signer
}

void TestReport::pdfIsA4WithFontsEmbedded()
{
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const QString info = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                             QStringLiteral("-l"), QStringLiteral("99"), pdf});
    QVERIFY2(info.contains(QStringLiteral("595.276 x 841.89")) || info.contains(QStringLiteral("595 x 842")),
             qPrintable(info));
    // The appendices are landscape A4.
    QVERIFY2(info.contains(QStringLiteral("841.89 x 595.276")) || info.contains(QStringLiteral("842 x 595")),
             qPrintable(info));
    const QStringList fonts = runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(fonts.size() > 2);
    bool serif = false;
    for (const QString &line : fonts.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY2(columns.size() >= 5 && columns.at(columns.size() - 5) == QLatin1String("yes"), qPrintable(line));
        serif |= line.startsWith(QLatin1String("LiberationSerif"));
    }
    QVERIFY(serif);
}

void TestReport::pagesHoldWholeTablesAndOneChartEach()
{
    const ReportDocument report(*m_data);
    QString error;
    QVERIFY2(ReportExports::writePdf(report, m_dir.filePath(QStringLiteral("laid-out.pdf")), &error), qPrintable(error));
    // Laid out for the PDF's pages: a table that fits on a page is on one page.
    for (const ReportDocument::Part &part : report.parts()) {
        QTextDocument *document = part.document.get();
        const qreal pageHeight = document->pageSize().height();
        QVERIFY(pageHeight > 0);
        for (QTextFrame *frame : document->rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            const QRectF box = document->documentLayout()->frameBoundingRect(table);
            if (box.height() < pageHeight)
                QVERIFY2(int(box.top() / pageHeight) == int(box.bottom() / pageHeight),
                         qPrintable(QStringLiteral("a table of %1 rows from %2 to %3 pt")
                                        .arg(table->rows())
                                        .arg(box.top())
                                        .arg(box.bottom())));
        }
    }
    // The charts appendix (the last part): one chart a page, no page left blank.
    QTextDocument *charts = report.parts().back().document.get();
    int objects = 0;
    for (QTextBlock block = charts->begin(); block.isValid(); block = block.next())
        objects += int(block.text().count(QChar::ObjectReplacementCharacter));
    QVERIFY(objects >= 5);
    QCOMPARE(charts->pageCount(), objects);
}

void TestReport::xlsxHoldsTheStatisticsAndOpensInCalc()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("tables.xlsx"));
    QString error;
    QVERIFY2(ReportExports::writeXlsx(*m_data, xlsx, &error), qPrintable(error));
    // LibreOffice Calc converts every sheet to CSV, with raw numbers.
    int exitCode = -1;
    runTool(QStringLiteral("soffice"),
            {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
             QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
             QStringLiteral("--outdir"), m_dir.path(), xlsx},
            &exitCode);
    QCOMPARE(exitCode, 0);
    const QStringList csvs = QDir(m_dir.path()).entryList({QStringLiteral("tables-*.csv")});
    QVERIFY2(csvs.size() >= 2, qPrintable(csvs.join(u' ')));
    const auto sheet = [&](const QString &name) {
        QList<CsvReader::Record> records;
        QString csvError;
        CsvReader::parse(bytes(m_dir.filePath(QStringLiteral("tables-%1.csv").arg(name))), &records, &csvError);
        return records;
    };
    const QList<CsvReader::Record> cases = sheet(QCoreApplication::translate("ReportExports", "Cases"));
    const QList<CsvReader::Record> money = sheet(QCoreApplication::translate("ReportExports", "Money"));
    QVERIFY(cases.size() > 14 && money.size() > 14);
    // After the title and the header: a row per unit, then the province, as thads-cli stats.
    const QString unitHeader = QCoreApplication::translate("ReportExports", "Unit");
    const auto firstRow = [&unitHeader](const QList<CsvReader::Record> &records) {
        for (int i = 0; i < records.size(); ++i) {
            if (records.at(i).fields.value(0) == unitHeader)
                return i + 1;
        }
        return -1;
    };
    const int caseRow = firstRow(cases), moneyRow = firstRow(money);
    QVERIFY(caseRow > 0 && moneyRow > 0);
    const QList<StatisticsRow> rows = m_data->current.rows();
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList c = cases.at(caseRow + i).fields;
        const QStringList m = money.at(moneyRow + i).fields;
        QCOMPARE(c.at(0), rows.at(i).unit.shortName());
        QCOMPARE(c.at(1).toLongLong(), rows.at(i).figures.cases(StatColumn::TotalAccepted));
        QCOMPARE(c.at(7).toLongLong(), rows.at(i).figures.cases(StatColumn::WithConditions));
        QCOMPARE(c.at(8).toLongLong(), rows.at(i).figures.cases(StatColumn::Completed));
        QCOMPARE(m.at(7).toLongLong(), rows.at(i).figures.money(StatColumn::WithConditions));
        QCOMPARE(m.at(11).toLongLong(), rows.at(i).figures.money(StatColumn::Resolved));
    }
    const QStringList province = cases.at(caseRow + rows.size() - 1).fields;
    QCOMPARE(province.at(7), QStringLiteral("5810"));
    QCOMPARE(province.at(10), QStringLiteral("4963"));
    QCOMPARE(province.at(17), QStringLiteral("85.42"));
}

void TestReport::csvRoundTrips()
{
    const QString csv = m_dir.filePath(QStringLiteral("tables.csv"));
    QString error;
    QVERIFY2(ReportExports::writeCsv(m_data->current, csv, &error), qPrintable(error));
    const QByteArray written = bytes(csv);
    QVERIFY(written.startsWith("\xEF\xBB\xBF"));
    QList<CsvReader::Record> records;
    QVERIFY(CsvReader::parse(written, &records, &error));
    QCOMPARE(records.first().fields, StatisticsExport::columnKeys());
    const QList<StatisticsRow> rows = m_data->current.rows();
    QCOMPARE(records.size(), rows.size() + 1);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(records.at(i + 1).fields, StatisticsExport::rowValues(rows.at(i)));
}

void TestReport::aPastYearRegeneratesTheSameTables()
{
    const auto first = load(StatisticalPeriod::year(2020));
    const auto second = load(StatisticalPeriod::year(2020));
    QVERIFY(first && second);
    QString error;
    const QString a = m_dir.filePath(QStringLiteral("a.xlsx")), b = m_dir.filePath(QStringLiteral("b.xlsx"));
    QVERIFY(ReportExports::writeXlsx(*first, a, &error));
    QVERIFY(ReportExports::writeXlsx(*second, b, &error));
    QCOMPARE(QCryptographicHash::hash(bytes(a), QCryptographicHash::Sha256),
             QCryptographicHash::hash(bytes(b), QCryptographicHash::Sha256));
    const QString c = m_dir.filePath(QStringLiteral("a.csv")), d = m_dir.filePath(QStringLiteral("b.csv"));
    QVERIFY(ReportExports::writeCsv(first->current, c, &error));
    QVERIFY(ReportExports::writeCsv(second->current, d, &error));
    QCOMPARE(bytes(c), bytes(d));
}

void TestReport::packWritesEveryFile()
{
    QStringList written;
    QString error;
    const QString folder = m_dir.filePath(QStringLiteral("pack"));
    QVERIFY2(ReportExports::writePack(*m_data, folder, &written, &error), qPrintable(error));
    QVERIFY(written.size() >= 7);
    int charts = 0;
    for (const QString &path : std::as_const(written)) {
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        if (path.endsWith(QLatin1String(".png"))) {
            QVERIFY(!QImage(path).isNull());
            ++charts;
        }
    }
    QVERIFY(charts >= 5);
    // Only the pack's files: nothing of the staging is left.
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), written.size());
}

void TestReport::failedPackLeavesTheFolderAsItWas()
{
    // A folder where the report's name is taken by a folder: the pack cannot be put in place.
    const QString folder = m_dir.filePath(QStringLiteral("taken"));
    const QString key = m_data->current.period.key();
    QVERIFY(QDir().mkpath(QDir(folder).filePath(QStringLiteral("bao-cao-%1.pdf").arg(key))));
    QStringList written;
    QString error;
    QVERIFY(!ReportExports::writePack(*m_data, folder, &written, &error));
    QVERIFY2(error.contains(QStringLiteral("bao-cao-%1.pdf").arg(key)), qPrintable(error));
    QVERIFY(written.isEmpty());
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("bao-cao-%1.pdf").arg(key)});
}

void TestReport::refusesAYearWithoutData()
{
    QString error;
    // Before the first case was accepted there is nothing at all to report.
    QVERIFY(!load(StatisticalPeriod::year(2015), &error));
    QVERIFY2(error.contains(QStringLiteral("2015")), qPrintable(error));
}

void TestReport::cancelsBetweenSteps()
{
    QString error;
    int calls = 0;
    const auto data = ReportDataLoader::load(m_db->session().sql(), allSections(StatisticalPeriod::year(2021)),
                                             QDate(2026, 11, 25), [&calls](int, int) { return ++calls < 2; }, &error);
    QVERIFY(!data);
    QCOMPARE(calls, 2);
    QVERIFY(!error.isEmpty());
}

void TestReport::anUnwritablePathLeavesNoFile()
{
    QString error;
    const QString missingFolder = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    QVERIFY(!ReportExports::writePdf(*m_report, missingFolder, &error));
    QVERIFY(error.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(missingFolder));
    QVERIFY(!ReportExports::writeXlsx(*m_data, m_dir.filePath(QStringLiteral("no/such/tables.xlsx")), &error));
}

void TestReport::registersWithoutEntriesSaySo()
{
    TestDatabase empty;
    CaseRepository cases(empty.session());
    EnforcementCase c = CaseFixtures::makeCase(empty.unitId(QStringLiteral("MSO")), QStringLiteral("1/QĐ"),
                                               QDate(2021, 3, 1), 1000000);
    QVERIFY(cases.create(&c).ok());
    QString error;
    const auto data = ReportDataLoader::load(empty.session().sql(), allSections(StatisticalPeriod::year(2021)),
                                             QDate(2026, 11, 25), {}, &error);
    QVERIFY2(data, qPrintable(error));
    const QString text = ReportDocument(*data).toPlainText();
    for (const char *none : {"No complaints or denunciations were recorded in this period.",
                             "No citizen receptions were recorded in this period.",
                             "No coercive enforcement operations were recorded in this period.",
                             "No commendations were recorded for this year."})
        QVERIFY2(text.contains(QCoreApplication::translate("ReportNarrative", none)), none);
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
