// Exports are safe to open: a unit name that looks like a formula is a string
// cell in the XLSX (never <f>), stays text when LibreOffice opens it, and gets
// the neutralising apostrophe in the CSV.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "CsvReader.h"
#include "Language.h"
#include "RegisterExport.h"
#include "ReportData.h"
#include "ReportExports.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kHyperlink = QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"Mộc Châu\")");
const QString kPlus = QStringLiteral("+1+2");
const QString kAt = QStringLiteral("@SUM(1,2)");

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(180000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

QByteArray bytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestExportSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xlsxWritesFormulaLookingNamesAsText();
    void csvNeutralisesFormulaLookingNames();

private:
    TestDatabase m_db;
    QTemporaryDir m_dir;
    std::optional<ReportData> m_data;
};

void TestExportSafety::initTestCase()
{
    Language::install(Language::Vietnamese);
    QVERIFY2(m_db.isValid(), qPrintable(m_db.error()));
    // Names as an administrator could type them (units are data).
    const QList<std::pair<QString, QString>> names{{QStringLiteral("MCH"), kHyperlink},
                                                   {QStringLiteral("MLA"), kPlus},
                                                   {QStringLiteral("BYE"), kAt}};
    for (const auto &[code, name] : names) {
        QSqlQuery q(m_db.session().sql());
        q.prepare(QStringLiteral("UPDATE units SET short_vi = ?, name_vi = ? WHERE code = ?"));
        q.addBindValue(name);
        q.addBindValue(name);
        q.addBindValue(code);
        QVERIFY(q.exec());
    }
    EnforcementCase c = CaseFixtures::makeCase(m_db.unitId(QStringLiteral("MCH")), QStringLiteral("1/QĐ-CCTHADS"),
                                               QDate(2021, 2, 1), 1000000);
    QVERIFY(CaseRepository(m_db.session()).create(&c).ok());
    ReportOptions options;
    options.period = StatisticalPeriod::year(2021);
    const QList<ReportSection> all = ReportSections::all();
    options.sections = QSet<ReportSection>(all.cbegin(), all.cend());
    options.header = ReportHeader::defaults(QDate(2021, 12, 15));
    QString error;
    m_data = ReportDataLoader::load(m_db.session().sql(), options, QDate(2026, 11, 25), {}, &error);
    QVERIFY2(m_data, qPrintable(error));
}

void TestExportSafety::xlsxWritesFormulaLookingNamesAsText()
{
    const QString xlsx = m_dir.filePath(QStringLiteral("tables.xlsx"));
    QString error;
    QVERIFY2(ReportExports::writeXlsx(*m_data, xlsx, &error), qPrintable(error));
    int exitCode = -1;
    const QString listing = QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), xlsx}, &exitCode));
    QCOMPARE(exitCode, 0);
    const QStringList sheets = listing.split(QLatin1Char('\n')).filter(QStringLiteral("xl/worksheets/sheet"));
    QVERIFY(sheets.size() >= 2);
    for (const QString &sheet : sheets) {
        const QByteArray xml = run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, sheet}, &exitCode);
        QVERIFY(!xml.isEmpty());
        QVERIFY2(!xml.contains("<f>") && !xml.contains("<f "), qPrintable(sheet)); // no formula anywhere
    }
    const QString strings = QString::fromUtf8(
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}, &exitCode));
    QVERIFY(strings.contains(QStringLiteral("=HYPERLINK(&quot;http://evil.example/&quot;,&quot;Mộc Châu&quot;)"))
            || strings.contains(QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"Mộc Châu\")")));
    QVERIFY(strings.contains(QStringLiteral(">+1+2<")));
    // The sheet's cell for the name is a shared string (t="s").
    const QByteArray cases = run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, sheets.first()}, &exitCode);
    QVERIFY(cases.contains("t=\"s\""));

    // And LibreOffice Calc shows the text as typed: converted to CSV, the cell is the text, not "Mộc Châu".
    run(QStringLiteral("soffice"),
        {QStringLiteral("--headless"), QStringLiteral("--convert-to"),
         QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"),
         QStringLiteral("--outdir"), m_dir.path(), xlsx},
        &exitCode);
    QCOMPARE(exitCode, 0);
    QList<CsvReader::Record> records;
    const QString sheet = QCoreApplication::translate("ReportExports", "Cases");
    QVERIFY(CsvReader::parse(bytes(m_dir.filePath(QStringLiteral("tables-%1.csv").arg(sheet))), &records, &error));
    QStringList firstColumn;
    for (const CsvReader::Record &record : std::as_const(records))
        firstColumn << record.fields.value(0);
    QVERIFY2(firstColumn.contains(kHyperlink), qPrintable(firstColumn.join(QLatin1Char('|'))));
    QVERIFY(firstColumn.contains(kPlus));
    QVERIFY(firstColumn.contains(kAt));
    QVERIFY(!firstColumn.contains(QStringLiteral("3"))); // +1+2 never evaluated
}

void TestExportSafety::csvNeutralisesFormulaLookingNames()
{
    const QString csv = m_dir.filePath(QStringLiteral("statistics.csv"));
    QString error;
    QVERIFY2(ReportExports::writeCsv(m_data->current, csv, &error), qPrintable(error));
    QList<CsvReader::Record> records;
    QVERIFY(CsvReader::parse(bytes(csv), &records, &error));
    QHash<QString, QString> names; // unit_code → unit_name as written
    for (const CsvReader::Record &record : std::as_const(records))
        names.insert(record.fields.value(0), record.fields.value(1));
    QCOMPARE(names.value(QStringLiteral("MCH")), QLatin1Char('\'') + kHyperlink);
    QCOMPARE(names.value(QStringLiteral("MLA")), QLatin1Char('\'') + kPlus);
    QCOMPARE(names.value(QStringLiteral("BYE")), QLatin1Char('\'') + kAt);
    QVERIFY(!names.value(QStringLiteral("TPSL")).startsWith(QLatin1Char('\'')));

    // The registers' CSV (thads-cli stats --table … --format csv) the same.
    QVERIFY(m_data->complaints);
    const RegisterGrid grid = RegisterGrid::from(*m_data->complaints);
    records.clear();
    QVERIFY(CsvReader::parse(RegisterExport::toCsv(grid, grid.rows), &records, &error));
    bool found = false;
    for (const CsvReader::Record &record : std::as_const(records)) {
        if (record.fields.value(0) == QLatin1String("MCH")) {
            QCOMPARE(record.fields.value(1), QLatin1Char('\'') + kHyperlink);
            found = true;
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestExportSafety)
#include "tst_exportsafety.moc"
