// CaseImporter: a cases file and an events file (CSV from a spreadsheet) are
// checked as a whole; every bad line is named FILE:LINE: field: rule and then
// nothing at all is written; good files land in one go.

#include "CaseFixtures.h"
#include "CaseImporter.h"
#include "CaseRepository.h"
#include "StatisticsChecks.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using StatisticsChecks::Expected;
using Col = StatColumn;

namespace {
constexpr qint64 M = 1'000'000;

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// The case columns: Vietnamese spreadsheet names for some, keys for the others.
const QString kCasesHeader = QStringLiteral(
    "Đơn vị,Số quyết định,Ngày quyết định,mode,Loại việc,judgment_no,Ngày bản án,court,obligor,obligee,"
    "Chấp hành viên,amount_due,obligation");
const QString kEventsHeader = QStringLiteral("unit,Số quyết định,Ngày,event,Số tiền,note");

// One case row in kCasesHeader order; the court, the parties and the officer are fixed.
QString caseRow(const QString &unit, const QString &no, const QString &date, const QString &mode,
                const QString &kind, const QString &judgmentDate, const QString &amount,
                const QString &obligation = {})
{
    return QStringList{unit, no, date, mode, kind, QStringLiteral("12/2020/DS-ST"), judgmentDate,
                       QStringLiteral("\"Tòa án nhân dân huyện Mai Sơn, tỉnh Sơn La\""), QStringLiteral("Cầm Thị Lan"),
                       QStringLiteral("Quàng Văn Sơn"), QStringLiteral("Lò Văn Hùng"), amount, obligation}
        .join(QLatin1Char(','));
}

qint64 scalar(TestDatabase &db, const QString &sql)
{
    QSqlQuery q(db.database().sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// What the database holds, to see that nothing changed.
struct Counts
{
    qint64 cases = 0, events = 0, audit = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(TestDatabase &db)
{
    return {scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")),
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"))};
}

QStringList problemLines(const CaseImporter &importer)
{
    QStringList lines;
    for (const CaseImporter::Problem &p : importer.problems())
        lines << p.toString();
    return lines;
}

// Whether a problem FILE:LINE: field: … was reported.
bool reported(const CaseImporter &importer, const QString &file, int line, const QString &field)
{
    const QString prefix = QStringLiteral("%1:%2: %3: ").arg(file).arg(line).arg(field);
    for (const CaseImporter::Problem &p : importer.problems()) {
        if (p.toString().startsWith(prefix) && p.toString().size() > prefix.size())
            return true;
    }
    return false;
}
} // namespace

class tst_CaseImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsGoodFilesInOneGo();
    void checkWithoutWriteChangesNothing();
    void namesEveryBadLineAndWritesNothing();
    void namesMissingAndUnknownColumns();
    void refusesABackDatedEventThatBreaksTheLog_data();
    void refusesABackDatedEventThatBreaksTheLog();
    void appendsEventsToStoredCases();
    void backDatedEventBreakingAStoredLogNamesItsLine();
    void refusesWhatItMustNotStore_data();
    void refusesWhatItMustNotStore();
    void storesTextCleanAndVerbatim();
    void decisionNumbersThatLookTheSameAreOne_data();
    void decisionNumbersThatLookTheSameAreOne();
    void readsExcelsWindows1258WithSemicolons();
    void cancellingThroughTheProgressHandlerWritesNothing();

private:
    QString write(const QString &name, const QStringList &lines, bool bom = true, bool crlf = true);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CaseImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString tst_CaseImporter::write(const QString &name, const QStringList &lines, bool bom, bool crlf)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    const QString text = lines.join(crlf ? QStringLiteral("\r\n") : QStringLiteral("\n")) + QStringLiteral("\r\n");
    file.write((bom ? kBom : QByteArray()) + text.toUtf8());
    return path;
}

void tst_CaseImporter::importsGoodFilesInOneGo()
{
    TestDatabase db;
    QVERIFY2(db.isValid(), qPrintable(db.error()));
    const QString cases = write(QStringLiteral("cases.csv"),
                                {kCasesHeader,
                                 caseRow(QStringLiteral("MSO"), QStringLiteral("01/2021/QĐ-CCTHADS"),
                                         QStringLiteral("15/10/2020"), QStringLiteral("theo_don"),
                                         QStringLiteral("dan_su"), QStringLiteral("2020-09-15"),
                                         QStringLiteral("10.000.000")),
                                 caseRow(QStringLiteral("mso"), QStringLiteral("02/2021/QĐ-CCTHADS"),
                                         QStringLiteral("2021-01-05"), QStringLiteral("Chủ động"),
                                         QStringLiteral("Hình sự"), QStringLiteral("01/12/2020"),
                                         QStringLiteral("2500000")),
                                 caseRow(QStringLiteral("TPSL"), QStringLiteral("01/2021/QĐ-CCTHADS"),
                                         QStringLiteral("20/11/2020"), QStringLiteral("Theo đơn"),
                                         QStringLiteral("Dân sự"), QStringLiteral("20/10/2020"), QStringLiteral("0"),
                                         QStringLiteral("Trả lại quyền sử dụng đất")),
                                 caseRow(QStringLiteral("CUC"), QStringLiteral("07/2020/QĐ-CTHADS"),
                                         QStringLiteral("30/09/2020"), QStringLiteral("chu_dong"),
                                         QStringLiteral("KINH DOANH THUONG MAI"), QStringLiteral("2020-08-01"),
                                         QStringLiteral("\"3,000,000\""))});
    const QString events = write(
        QStringLiteral("events.csv"),
        {kEventsHeader,
         QStringLiteral("MSO,01/2021/QĐ-CCTHADS,01/12/2020,payment,4.000.000,tiền mặt"),
         QStringLiteral("MSO,01/2021/QĐ-CCTHADS,2021-02-01,payment,6000000,"),
         QStringLiteral("MSO,01/2021/QĐ-CCTHADS,05/02/2021,completed,,"),
         QStringLiteral("MSO,02/2021/QĐ-CCTHADS,10/01/2021,verified_unable,,"),
         QStringLiteral("TPSL,01/2021/QĐ-CCTHADS,2021-03-01,postponed,,\"đương sự xin hoãn, có đơn\""),
         QStringLiteral("CUC,07/2020/QĐ-CTHADS,2020-09-30,payment,1.000.000,"),
         QStringLiteral("CUC,07/2020/QĐ-CTHADS,01/12/2020,reduction,500.000,miễn một phần")});
    CaseImporter importer(db.session());
    QVERIFY2(importer.check(cases, events), qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QCOMPARE(importer.caseCount(), 4);
    QCOMPARE(importer.eventCount(), 7);
    const QMap<QString, int> perUnit{{QStringLiteral("CUC"), 1}, {QStringLiteral("MSO"), 2}, {QStringLiteral("TPSL"), 1}};
    QCOMPARE(importer.casesPerUnit(), perUnit);
    const WriteResult written = importer.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")), qint64(4));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")), qint64(7));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'tester' "
                                       "AND entity IN ('cases', 'case_events')")),
             qint64(11));

    CaseRepository repository(db.session());
    const auto first = repository.findByDecision(db.unitId(QStringLiteral("MSO")), QStringLiteral("01/2021/QĐ-CCTHADS"));
    QVERIFY(first);
    QCOMPARE(first->decisionDate, QDate(2020, 10, 15));
    QCOMPARE(first->judgmentDate, QDate(2020, 9, 15));
    QCOMPARE(first->court, QStringLiteral("Tòa án nhân dân huyện Mai Sơn, tỉnh Sơn La"));
    QCOMPARE(first->amountDue, 10 * M);
    QCOMPARE(first->mode, EnforcementMode::TheoDon);
    const CaseEventList firstEvents = repository.events(first->id);
    QCOMPARE(firstEvents.size(), 3);
    QCOMPARE(firstEvents.at(0).note, QStringLiteral("tiền mặt"));
    QCOMPARE(firstEvents.at(0).amount, 4 * M);
    QCOMPARE(firstEvents.at(2).type, EventType::Completed);
    const auto second = repository.findByDecision(db.unitId(QStringLiteral("MSO")), QStringLiteral("02/2021/QĐ-CCTHADS"));
    QCOMPARE(second->kind, CaseKind::HinhSu);
    QCOMPARE(second->mode, EnforcementMode::ChuDong);
    const auto tpsl = repository.findByDecision(db.unitId(QStringLiteral("TPSL")), QStringLiteral("01/2021/QĐ-CCTHADS"));
    QCOMPARE(tpsl->obligation, QStringLiteral("Trả lại quyền sử dụng đất"));
    QCOMPARE(repository.events(tpsl->id).at(0).note, QStringLiteral("đương sự xin hoãn, có đơn"));
    const auto cuc = repository.findByDecision(db.unitId(QStringLiteral("CUC")), QStringLiteral("07/2020/QĐ-CTHADS"));
    QCOMPARE(cuc->kind, CaseKind::KinhDoanhThuongMai);
    QCOMPARE(cuc->amountDue, 3 * M);

    // The statistics of 2021 reflect the import.
    QString error;
    const auto table = StatisticsEngine(db.database().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    const Expected mso = {
        {Col::TotalAccepted, 2, 12'500'000},
        {Col::CarriedOver, 0, 0},
        {Col::NewAccepted, 2, 12'500'000},      // 10M + 2.5M, both accepted in the year
        {Col::Entrusted, 0, 0},
        {Col::Withdrawn, 0, 0},
        {Col::ToEnforce, 2, 12'500'000},
        {Col::WithConditions, 1, 10 * M},
        {Col::Completed, 1, 10 * M},            // 4M + 6M paid, completed
        {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},
        {Col::Resolved, 1, 10 * M},
        {Col::InProgress, 0, 0},
        {Col::Postponed, 0, 0},
        {Col::Suspended, 0, 0},
        {Col::Other, 0, 0},
        {Col::WithoutConditions, 1, 2'500'000}, // verified unable
        {Col::CarriedNext, 1, 2'500'000},
    };
    const Expected tpslRow = {
        {Col::TotalAccepted, 1, 0}, {Col::CarriedOver, 0, 0},      {Col::NewAccepted, 1, 0},
        {Col::Entrusted, 0, 0},     {Col::Withdrawn, 0, 0},        {Col::ToEnforce, 1, 0},
        {Col::WithConditions, 1, 0}, {Col::Completed, 0, 0},       {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 0},       {Col::Resolved, 0, 0},         {Col::InProgress, 0, 0},
        {Col::Postponed, 1, 0},     {Col::Suspended, 0, 0},        {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0}, {Col::CarriedNext, 1, 0},
    };
    // CUC: accepted 30/09/2020 (carried over), 3M − 1M paid that day; 0.5M reduced in the year.
    const Expected cucRow = {
        {Col::TotalAccepted, 1, 2 * M}, {Col::CarriedOver, 1, 2 * M}, {Col::NewAccepted, 0, 0},
        {Col::Entrusted, 0, 0},         {Col::Withdrawn, 0, 0},       {Col::ToEnforce, 1, 2 * M},
        {Col::WithConditions, 1, 2 * M}, {Col::Completed, 0, 0},      {Col::Terminated, 0, 0},
        {Col::Reduced, 0, 500'000},     {Col::Resolved, 0, 500'000},  {Col::InProgress, 1, 1'500'000},
        {Col::Postponed, 0, 0},         {Col::Suspended, 0, 0},       {Col::Other, 0, 0},
        {Col::WithoutConditions, 0, 0}, {Col::CarriedNext, 1, 1'500'000},
    };
    const QHash<QString, Expected> expected{
        {QStringLiteral("MSO"), mso}, {QStringLiteral("TPSL"), tpslRow}, {QStringLiteral("CUC"), cucRow}};
    QStringList differences;
    for (const StatisticsRow &row : table->units) {
        for (const QString &d : StatisticsChecks::compare(row.figures, expected.value(row.unit.code,
                                                                                      StatisticsChecks::zeros())))
            differences << row.unit.code + QStringLiteral(": ") + d;
    }
    differences << StatisticsChecks::tableProblems(*table);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QCOMPARE(table->province.figures.cases(Col::TotalAccepted), qint64(4));

    // The same files again: every case is now a duplicate of a stored one.
    CaseImporter again(db.session());
    QVERIFY(!again.check(cases, events));
    for (int line = 2; line <= 5; ++line)
        QVERIFY2(reported(again, QStringLiteral("cases.csv"), line, QStringLiteral("decision_no")),
                 qPrintable(problemLines(again).join(QLatin1Char('\n'))));
}

void tst_CaseImporter::checkWithoutWriteChangesNothing()
{
    TestDatabase db;
    const QString cases = write(QStringLiteral("cases.csv"),
                                {kCasesHeader, caseRow(QStringLiteral("MSO"), QStringLiteral("D/1"),
                                                       QStringLiteral("15/10/2020"), QStringLiteral("theo_don"),
                                                       QStringLiteral("dan_su"), QStringLiteral("2020-09-15"),
                                                       QStringLiteral("1000"))});
    const QString events = write(QStringLiteral("events.csv"),
                                 {kEventsHeader, QStringLiteral("MSO,D/1,01/12/2020,payment,1000,")});
    const Counts before = counts(db);
    {
        CaseImporter importer(db.session());
        QVERIFY(importer.check(cases, events));
        QCOMPARE(importer.caseCount(), 1);
        QCOMPARE(importer.eventCount(), 1);
    } // a dry run: checked, never written
    QCOMPARE(counts(db), before);
    CaseImporter importer(db.session());
    QVERIFY(importer.check(cases)); // the events file is optional
    QCOMPARE(importer.eventCount(), 0);
    QCOMPARE(counts(db), before);
}

void tst_CaseImporter::namesEveryBadLineAndWritesNothing()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase stored =
        CaseFixtures::makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("DB-01"), QDate(2021, 1, 10), 1000);
    QVERIFY(repository.create(&stored).ok());

    const auto row = [](const char *unit, const char *no, const char *date, const char *mode, const char *kind,
                        const char *amount) {
        return caseRow(QString::fromUtf8(unit), QString::fromUtf8(no), QString::fromUtf8(date),
                       QString::fromUtf8(mode), QString::fromUtf8(kind), QStringLiteral("01/09/2020"),
                       QString::fromUtf8(amount));
    };
    const QString cases = write(
        QStringLiteral("cases.csv"),
        {kCasesHeader,                                                                  // line 1
         row("MSO", "B-01", "15/10/2020", "theo_don", "dan_su", "1.000.000"),           // 2: good
         row("XYZ", "B-02", "15/10/2020", "theo_don", "dan_su", "1.000.000"),           // 3: unknown unit
         row("MSO", "B-03", "15/10/2020", "theo_don", "dan su hinh", "1.000.000"),      // 4: unknown kind
         row("MSO", "B-04", "15/10/2020", "tu nguyen", "dan_su", "1.000.000"),          // 5: unknown mode
         row("MSO", "B-05", "31/02/2021", "theo_don", "dan_su", "1.000.000"),           // 6: no such date
         row("MSO", "B-06", "15/10/2020", "theo_don", "dan_su", "\"12,5\""),            // 7: decimal amount
         row("MSO", "B-07", "15/10/2020", "theo_don", "dan_su", "-3"),                  // 8: negative amount
         row("MSO", "B-01", "16/10/2020", "theo_don", "dan_su", "2.000.000"),           // 9: duplicate of line 2
         row("MSO", "DB-01", "15/10/2020", "theo_don", "dan_su", "1.000.000"),          // 10: already stored
         QStringLiteral("MSO,B-10,15/10/2020,theo_don,dan_su,12/2020/DS-ST,01/09/2020"), // 11: too few fields
         row("TPSL", "B-01", "2026-11-26", "theo_don", "dan_su", "1.000.000"),          // 12: after today
         row("TPSL", "B-02", "15/10/2020", "theo_don", "dan_su", "1.000.000")});        // 13: good
    const QString events = write(
        QStringLiteral("events.csv"),
        {kEventsHeader,                                                   // line 1
         QStringLiteral("MSO,B-01,01/03/2021,payment,1000,"),             // 2: good
         QStringLiteral("MSO,NOPE-9,01/03/2021,payment,1000,"),           // 3: no such case
         QStringLiteral("MSO,B-01,01/03/2021,paid,1000,"),                // 4: unknown event
         QStringLiteral("MSO,B-01,02/03/2021,correction,,nhầm"),          // 5: corrections are not imported
         QStringLiteral("MSO,B-01,2021-13-01,verified_able,,"),           // 6: no such date
         QStringLiteral("MSO,B-01,03/03/2021,payment,\"1,5\","),          // 7: decimal amount
         QStringLiteral("TPSL,B-02,03/03/2021,verified_able,,"),          // 8: good
         QStringLiteral("MSO,B-01,04/03/2021,verified_able"),             // 9: too few fields
         QStringLiteral("QNH,B-02,03/03/2021,verified_able,,"),           // 10: B-02 is TPSL's, not QNH's
         // 11: more than is due, on a good case: the rules are checked despite the other files' errors
         QStringLiteral("TPSL,B-02,04/03/2021,payment,5.000.000,")});
    const Counts before = counts(db);
    CaseImporter importer(db.session());
    QVERIFY(!importer.check(cases, events));
    const QString all = problemLines(importer).join(QLatin1Char('\n'));
    const QString c = QStringLiteral("cases.csv");
    const QString e = QStringLiteral("events.csv");
    const QList<std::tuple<QString, int, QString>> expected = {
        {c, 3, QStringLiteral("unit")},          {c, 4, QStringLiteral("kind")},
        {c, 5, QStringLiteral("mode")},          {c, 6, QStringLiteral("decision_date")},
        {c, 7, QStringLiteral("amount_due")},    {c, 8, QStringLiteral("amount_due")},
        {c, 9, QStringLiteral("decision_no")},   {c, 10, QStringLiteral("decision_no")},
        {c, 11, QStringLiteral("row")},          {c, 12, QStringLiteral("decision_date")},
        {e, 3, QStringLiteral("decision_no")},   {e, 4, QStringLiteral("event")},
        {e, 5, QStringLiteral("event")},         {e, 6, QStringLiteral("date")},
        {e, 7, QStringLiteral("amount")},        {e, 9, QStringLiteral("row")},
        {e, 10, QStringLiteral("decision_no")},  {e, 11, QStringLiteral("amount")},
    };
    for (const auto &[file, line, field] : expected)
        QVERIFY2(reported(importer, file, line, field),
                 qPrintable(QStringLiteral("%1:%2: %3 not reported in\n%4").arg(file).arg(line).arg(field, all)));
    // The good lines are not blamed; every problem is on a line that has one.
    for (const CaseImporter::Problem &p : importer.problems()) {
        QVERIFY2(p.line > 0, qPrintable(p.toString()));
        QVERIFY2(!(p.file == c && (p.line == 2 || p.line == 13)), qPrintable(p.toString()));
        QVERIFY2(!(p.file == e && (p.line == 2 || p.line == 8)), qPrintable(p.toString()));
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.toString()));
    }
    // Messages say what is wrong with the value.
    QVERIFY2(all.contains(QStringLiteral("\"XYZ\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"12,5\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"-3\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("\"31/02/2021\"")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("line 2")), qPrintable(all)); // the duplicate points at its first line
    // The cases file first, each file in line order.
    bool inEvents = false;
    int lastLine = 0;
    for (const CaseImporter::Problem &p : importer.problems()) {
        if (p.file == e && !inEvents)
            inEvents = true, lastLine = 0;
        QVERIFY2(p.file == (inEvents ? e : c), qPrintable(all));
        QVERIFY2(p.line >= lastLine, qPrintable(all));
        lastLine = p.line;
    }

    // Nothing written, not even the good rows.
    const WriteResult written = importer.write();
    QVERIFY(!written.ok());
    QCOMPARE(counts(db), before);
    QCOMPARE(repository.count(), qint64(1));
}

void tst_CaseImporter::namesMissingAndUnknownColumns()
{
    TestDatabase db;
    QString header = kCasesHeader;
    header.replace(QStringLiteral(",court,"), QStringLiteral(",Tòa xử,")); // an unknown column instead of court
    const QString cases = write(QStringLiteral("cases.csv"),
                                {header, caseRow(QStringLiteral("MSO"), QStringLiteral("H/1"),
                                                 QStringLiteral("15/10/2020"), QStringLiteral("theo_don"),
                                                 QStringLiteral("dan_su"), QStringLiteral("01/09/2020"),
                                                 QStringLiteral("1000"))},
                                false, false); // no BOM, LF line ends
    const QString events = write(QStringLiteral("events.csv"),
                                 {QStringLiteral("unit,decision_no,date,amount"), // no "event" column
                                  QStringLiteral("MSO,H/1,01/03/2021,1000")});
    const Counts before = counts(db);
    CaseImporter importer(db.session());
    QVERIFY(!importer.check(cases, events));
    const QString all = problemLines(importer).join(QLatin1Char('\n'));
    QVERIFY2(reported(importer, QStringLiteral("cases.csv"), 1, QStringLiteral("header")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("cases.csv:1: header: the column court is missing")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Tòa xử")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("events.csv:1: header: the column event is missing")), qPrintable(all));
    QVERIFY(!importer.write().ok());
    QCOMPARE(counts(db), before);

    const QString empty = write(QStringLiteral("empty.csv"), {}, false, false);
    CaseImporter emptyImporter(db.session());
    QVERIFY(!emptyImporter.check(empty));
    QVERIFY(reported(emptyImporter, QStringLiteral("empty.csv"), 1, QStringLiteral("header")));
    CaseImporter missing(db.session());
    QVERIFY(!missing.check(m_dir->filePath(QStringLiteral("absent.csv"))));
    QVERIFY(reported(missing, QStringLiteral("absent.csv"), 0, QStringLiteral("file")));
    QCOMPARE(counts(db), before);
}

// One case (MSO L-01, accepted 05/01/2021, 1M due) and its events in file order.
void tst_CaseImporter::refusesABackDatedEventThatBreaksTheLog_data()
{
    QTest::addColumn<QStringList>("eventRows");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field"); // the column the rule is about
    const QString paid = QStringLiteral("MSO,L-01,05/03/2021,payment,1.000.000,");
    const QString completed = QStringLiteral("MSO,L-01,10/03/2021,completed,,");
    QTest::newRow("back-dated payment beyond what was due")
        << QStringList{paid, completed, QStringLiteral("MSO,L-01,01/03/2021,payment,1.500.000,")} << 4
        << LifecycleRules::name(LifecycleRule::AmountWithinRemaining)
        << QStringLiteral("amount");
    QTest::newRow("payment after completion")
        << QStringList{paid, completed, QStringLiteral("MSO,L-01,15/03/2021,payment,100,")} << 4
        << LifecycleRules::name(LifecycleRule::NothingAfterTerminal)
        << QStringLiteral("event");
    QTest::newRow("hold on the day of completion, listed after it")
        << QStringList{paid, completed, QStringLiteral("MSO,L-01,10/03/2021,postponed,,")} << 4
        << LifecycleRules::name(LifecycleRule::NothingAfterTerminal)
        << QStringLiteral("event");
    // The back-dated payment fits, but in date order it leaves too little for
    // the payment of 05/03: that event (line 2) is the one that breaks the rule.
    QTest::newRow("back-dated payment squeezing a later one")
        << QStringList{paid, completed, QStringLiteral("MSO,L-01,01/03/2021,payment,500.000,")} << 2
        << LifecycleRules::name(LifecycleRule::AmountWithinRemaining)
        << QStringLiteral("amount");
    QTest::newRow("completion before the money is in")
        << QStringList{QStringLiteral("MSO,L-01,01/03/2021,completed,,"), paid} << 2
        << LifecycleRules::name(LifecycleRule::CompletedWhenNothingDue)
        << QStringLiteral("event");
    QTest::newRow("event before acceptance")
        << QStringList{paid, QStringLiteral("MSO,L-01,04/01/2021,verified_able,,")} << 3
        << LifecycleRules::name(LifecycleRule::NotBeforeAcceptance)
        << QStringLiteral("date");
}

void tst_CaseImporter::refusesABackDatedEventThatBreaksTheLog()
{
    QFETCH(QStringList, eventRows);
    QFETCH(int, line);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    TestDatabase db;
    const QString cases = write(QStringLiteral("cases.csv"),
                                {kCasesHeader, caseRow(QStringLiteral("MSO"), QStringLiteral("L-01"),
                                                       QStringLiteral("05/01/2021"), QStringLiteral("theo_don"),
                                                       QStringLiteral("dan_su"), QStringLiteral("01/12/2020"),
                                                       QStringLiteral("1.000.000"))});
    const QString events = write(QStringLiteral("events.csv"), QStringList{kEventsHeader} + eventRows);
    const Counts before = counts(db);
    CaseImporter importer(db.session());
    QVERIFY(!importer.check(cases, events));
    const QString all = problemLines(importer).join(QLatin1Char('\n'));
    QCOMPARE(importer.problems().size(), 1);
    QVERIFY2(reported(importer, QStringLiteral("events.csv"), line, field), qPrintable(all));
    QVERIFY2(all.contains(rule), qPrintable(all));
    QVERIFY(!importer.write().ok());
    QCOMPARE(counts(db), before);
}

void tst_CaseImporter::appendsEventsToStoredCases()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase stored = CaseFixtures::makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("DB-02"),
                                                    QDate(2021, 1, 10), 2 * M);
    QVERIFY(repository.create(&stored).ok());
    CaseEvent payment = CaseFixtures::event(EventType::Payment, QDate(2021, 2, 1), 500'000);
    QVERIFY(repository.addEvent(stored.id, &payment).ok());

    const QString cases = write(QStringLiteral("cases.csv"), {kCasesHeader}); // no new case
    const QString events = write(QStringLiteral("events.csv"),
                                 {kEventsHeader,
                                  QStringLiteral("MSO,DB-02,20/01/2021,verified_able,,"), // before the stored payment
                                  QStringLiteral("mso,DB-02,01/04/2021,payment,1.500.000,chuyển khoản"),
                                  QStringLiteral("MSO,DB-02,2021-04-02,completed,,")});
    CaseImporter importer(db.session());
    QVERIFY2(importer.check(cases, events), qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QCOMPARE(importer.caseCount(), 0);
    QCOMPARE(importer.eventCount(), 3);
    QVERIFY(importer.casesPerUnit().isEmpty());
    const WriteResult written = importer.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(repository.count(), qint64(1));
    const CaseEventList log = repository.events(stored.id);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(0).id, payment.id); // appended after what was there
    QCOMPARE(log.at(2).note, QStringLiteral("chuyển khoản"));
    QSqlQuery q(db.database().sql());
    q.prepare(QStringLiteral("SELECT seq FROM case_events WHERE case_id = ? ORDER BY id"));
    q.addBindValue(stored.id);
    QVERIFY(q.exec());
    QList<int> seq;
    while (q.next())
        seq << q.value(0).toInt();
    QCOMPARE(seq, (QList<int>{2, 1, 3, 4})); // the back-dated verification replays first
    QCOMPARE(repository.ledger(stored.id)->replayPositions(), seq);
    q.prepare(QStringLiteral("SELECT state, amount_paid, amount_remaining, closed_date FROM cases WHERE id = ?"));
    q.addBindValue(stored.id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
    QCOMPARE(q.value(1).toLongLong(), 2 * M);
    QCOMPARE(q.value(2).toLongLong(), qint64(0));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2021-04-02"));
}

// The new event is back-dated under events already stored: the log it makes
// breaks a rule at a stored event. The refusal must still name the line of
// the file that caused it.
void tst_CaseImporter::backDatedEventBreakingAStoredLogNamesItsLine()
{
    TestDatabase db;
    CaseRepository repository(db.session());
    EnforcementCase stored = CaseFixtures::makeCase(db.unitId(QStringLiteral("MSO")), QStringLiteral("DB-03"),
                                                    QDate(2021, 1, 10), 1 * M);
    QVERIFY(repository.create(&stored).ok());
    for (CaseEvent e : {CaseFixtures::event(EventType::Payment, QDate(2021, 3, 5), 1 * M),
                        CaseFixtures::event(EventType::Completed, QDate(2021, 3, 10))})
        QVERIFY(repository.addEvent(stored.id, &e).ok());
    const QString cases = write(QStringLiteral("cases.csv"), {kCasesHeader});
    const QString events = write(QStringLiteral("events.csv"),
                                 {kEventsHeader, QStringLiteral("MSO,DB-03,01/03/2021,payment,500.000,")});
    const Counts before = counts(db);
    CaseImporter importer(db.session());
    QVERIFY(!importer.check(cases, events));
    QCOMPARE(importer.problems().size(), 1);
    const CaseImporter::Problem p = importer.problems().first();
    QCOMPARE(p.file, QStringLiteral("events.csv"));
    QCOMPARE(p.field, QStringLiteral("amount"));
    QVERIFY2(p.message.contains(LifecycleRules::name(LifecycleRule::AmountWithinRemaining)), qPrintable(p.toString()));
    QCOMPARE(p.line, 2);
    QVERIFY(!importer.write().ok());
    QCOMPARE(counts(db), before);
}

// Each malformed file is refused naming the line and the field; nothing is written.
void tst_CaseImporter::refusesWhatItMustNotStore_data()
{
    QTest::addColumn<QStringList>("caseLines");
    QTest::addColumn<QStringList>("eventLines");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions");
    QString good = caseRow(QStringLiteral("MSO"), QStringLiteral("01/QĐ"), QStringLiteral("2021-01-05"),
                                 QStringLiteral("chu_dong"), QStringLiteral("dan_su"), QStringLiteral("2020-12-01"),
                                 QStringLiteral("5000000"));
    QTest::newRow("broken quoting") << QStringList{kCasesHeader, QString(good).replace(QStringLiteral("Cầm Thị Lan"),
                                                                             QStringLiteral("\"Nguyễn \"Văn\" A\""))}
                                    << QStringList{} << QStringLiteral("cases.csv") << 2 << QStringLiteral("file")
                                    << QStringLiteral("column 9");
    QString bell = caseRow(QStringLiteral("MSO"), QStringLiteral("01/QĐ"), QStringLiteral("2021-01-05"),
                           QStringLiteral("chu_dong"), QStringLiteral("dan_su"), QStringLiteral("2020-12-01"),
                           QStringLiteral("5000000"));
    bell.replace(QStringLiteral("Quàng Văn Sơn"), QStringLiteral("\"Quàng\u0007 Văn Sơn\""));
    QTest::newRow("BEL inside a quoted field") << QStringList{kCasesHeader, bell} << QStringList{}
                                               << QStringLiteral("cases.csv") << 2 << QStringLiteral("file")
                                               << QStringLiteral("U+0007");
    QTest::newRow("decision number holding only a byte-order mark")
        << QStringList{kCasesHeader, caseRow(QStringLiteral("MSO"), QStringLiteral("\uFEFF"), QStringLiteral("2021-01-05"),
                                             QStringLiteral("chu_dong"), QStringLiteral("dan_su"),
                                             QStringLiteral("2020-12-01"), QStringLiteral("5000000"))}
        << QStringList{} << QStringLiteral("cases.csv") << 2 << QStringLiteral("decision_no")
        << QStringLiteral("required");
    QTest::newRow("decision number too long")
        << QStringList{kCasesHeader, caseRow(QStringLiteral("MSO"), QString(61, QLatin1Char('9')),
                                             QStringLiteral("2021-01-05"), QStringLiteral("chu_dong"),
                                             QStringLiteral("dan_su"), QStringLiteral("2020-12-01"),
                                             QStringLiteral("5000000"))}
        << QStringList{} << QStringLiteral("cases.csv") << 2 << QStringLiteral("decision_no")
        << QStringLiteral("at most 60 characters");
    QTest::newRow("a 10 MB note")
        << QStringList{kCasesHeader, good}
        << QStringList{kEventsHeader, QStringLiteral("MSO,01/QĐ,2021-02-01,payment,1000,") + QString(10'000'000, QLatin1Char('x'))}
        << QStringLiteral("events.csv") << 2 << QStringLiteral("note") << QStringLiteral("at most 1000 characters");
}

void tst_CaseImporter::refusesWhatItMustNotStore()
{
    QFETCH(QStringList, caseLines);
    QFETCH(QStringList, eventLines);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    TestDatabase db;
    const Counts before = counts(db);
    const QString cases = write(QStringLiteral("cases.csv"), caseLines);
    const QString events = eventLines.isEmpty() ? QString() : write(QStringLiteral("events.csv"), eventLines);
    CaseImporter importer(db.session());
    QVERIFY(!importer.check(cases, events));
    QVERIFY2(reported(importer, file, line, field), qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QVERIFY2(problemLines(importer).join(QLatin1Char('\n')).contains(mentions),
             qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QVERIFY(!importer.write().ok());
    QCOMPARE(counts(db), before);
}

// Text lands composed and without invisible characters; what looks like SQL is just text.
void tst_CaseImporter::storesTextCleanAndVerbatim()
{
    TestDatabase db;
    QString row = caseRow(QStringLiteral("MSO"), QStringLiteral("\uFEFF05/QĐ\u200B"), QStringLiteral("2021-01-05"),
                          QStringLiteral("chu_dong"), QStringLiteral("dan_su"), QStringLiteral("2020-12-01"),
                          QStringLiteral("5000000"));
    row.replace(QStringLiteral("Cầm Thị Lan"), QStringLiteral("Cầm Thị Lan").normalized(QString::NormalizationForm_D));
    row.replace(QStringLiteral("Quàng Văn Sơn"), QStringLiteral("\"Robert'); DROP TABLE cases;--\""));
    const QString cases = write(QStringLiteral("cases.csv"), {kCasesHeader, row});
    CaseImporter importer(db.session());
    QVERIFY2(importer.check(cases), qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QVERIFY(importer.write().ok());
    QSqlQuery q(db.database().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT decision_no, obligor_name, obligee_name FROM cases")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("05/QĐ"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("Cầm Thị Lan"));
    QCOMPARE(q.value(1).toString().size(), QStringLiteral("Cầm Thị Lan").size()); // composed
    QCOMPARE(q.value(2).toString(), QStringLiteral("Robert'); DROP TABLE cases;--"));
}

// Upper/lower case, NFC/NFD and a trailing zero-width space are one number:
// refused within a file and against the database.
void tst_CaseImporter::decisionNumbersThatLookTheSameAreOne_data()
{
    QTest::addColumn<QString>("variant");
    const QString number = QStringLiteral("12/QĐ-CCTHADS");
    QTest::newRow("lower case") << QStringLiteral("12/qđ-ccthads");
    QTest::newRow("NFD") << number.normalized(QString::NormalizationForm_D);
    QTest::newRow("trailing zero-width space") << number + QStringLiteral("\u200B");
}

void tst_CaseImporter::decisionNumbersThatLookTheSameAreOne()
{
    QFETCH(QString, variant);
    TestDatabase db;
    const auto row = [](const QString &no) {
        return caseRow(QStringLiteral("MSO"), no, QStringLiteral("2021-01-05"), QStringLiteral("chu_dong"),
                       QStringLiteral("dan_su"), QStringLiteral("2020-12-01"), QStringLiteral("5000000"));
    };
    const QString number = QStringLiteral("12/QĐ-CCTHADS");
    {
        CaseImporter importer(db.session());
        QVERIFY(!importer.check(write(QStringLiteral("twice.csv"), {kCasesHeader, row(number), row(variant)})));
        QVERIFY2(reported(importer, QStringLiteral("twice.csv"), 3, QStringLiteral("decision_no")),
                 qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    }
    {
        CaseImporter importer(db.session());
        QVERIFY(importer.check(write(QStringLiteral("first.csv"), {kCasesHeader, row(number)})));
        QVERIFY(importer.write().ok());
    }
    const Counts before = counts(db);
    CaseImporter importer(db.session());
    QVERIFY(!importer.check(write(QStringLiteral("again.csv"), {kCasesHeader, row(variant)})));
    QVERIFY2(reported(importer, QStringLiteral("again.csv"), 2, QStringLiteral("decision_no")),
             qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QCOMPARE(counts(db), before);
    // The database's own index refuses it too, whoever writes.
    QSqlQuery q(db.database().sql());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO cases (unit_id, decision_no, decision_date, judgment_no, judgment_date, "
                                   "court, executor, obligor_name, obligee_name, kind, mode, amount_due, decision_norm, "
                                   "created_at, created_by, updated_at, updated_by) SELECT unit_id, 'x', decision_date, "
                                   "judgment_no, judgment_date, court, executor, obligor_name, obligee_name, kind, mode, "
                                   "amount_due, decision_norm, created_at, created_by, updated_at, updated_by FROM cases")));
}

void tst_CaseImporter::readsExcelsWindows1258WithSemicolons()
{
    TestDatabase db;
    // As Excel saves "CSV" on a Vietnamese Windows: Windows-1258 (ễ = ê + a
    // combining tilde, 0xEA 0xDE), semicolons, CRLF; the bytes by hand.
    const QString path = m_dir->filePath(QStringLiteral("excel.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("unit;decision_no;decision_date;mode;kind;judgment_no;judgment_date;court;obligor;obligee;executor;"
               "amount_due;obligation\r\n"
               "MSO;5/Q\xD0-CCTHADS;15/03/2021;chu_dong;dan_su;1/DS;01/02/2021;\"To\xCC""a, Mai S\xF5n\";"
               "Nguy\xEA\xDEn V\xE3n \xD0\xF4ng;B;C;1.500.000;\r\n");
    file.close();
    CaseImporter importer(db.session());
    QVERIFY2(importer.check(path), qPrintable(problemLines(importer).join(QLatin1Char('\n'))));
    QCOMPARE(importer.sheet(CaseImporter::File::Cases).format,
             (CsvFormat{CsvEncoding::Windows1258, CsvSeparator::Semicolon}));
    QVERIFY(importer.write().ok());
    const auto stored = CaseRepository(db.session()).findByDecision(db.unitId(QStringLiteral("MSO")),
                                                                     QStringLiteral("5/QĐ-CCTHADS"));
    QVERIFY(stored);
    QCOMPARE(stored->obligorName, QStringLiteral("Nguyễn Văn Đông"));
    QCOMPARE(stored->amountDue, 1'500'000);

    // Read as UTF-8 on purpose, the file is refused at its first line that is not.
    CaseImporter utf8(db.session());
    utf8.setFormat({CsvEncoding::Utf8, CsvSeparator::Auto});
    QVERIFY(!utf8.check(path));
    QVERIFY2(reported(utf8, QStringLiteral("excel.csv"), 2, QStringLiteral("file")),
             qPrintable(problemLines(utf8).join(QLatin1Char('\n'))));
}

void tst_CaseImporter::cancellingThroughTheProgressHandlerWritesNothing()
{
    TestDatabase db;
    QStringList lines{kCasesHeader};
    for (int i = 1; i <= 5; ++i)
        lines << caseRow(QStringLiteral("MSO"), QStringLiteral("%1/QĐ").arg(i), QStringLiteral("15/10/2020"),
                         QStringLiteral("theo_don"), QStringLiteral("dan_su"), QStringLiteral("2020-09-15"),
                         QStringLiteral("1000"));
    const QString cases = write(QStringLiteral("cases.csv"), lines);
    const QString events = write(QStringLiteral("events.csv"),
                                 {kEventsHeader, QStringLiteral("MSO,1/QĐ,01/12/2020,payment,400,")});
    const Counts before = counts(db);
    CaseImporter importer(db.session());
    QVERIFY(importer.check(cases, events));
    QList<std::pair<int, int>> calls;
    importer.setProgressHandler([&calls](int done, int total) {
        calls.append({done, total});
        return done < 3; // Cancel pressed while the third case is stored
    });
    const WriteResult cancelled = importer.write();
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.cancelled);
    QCOMPARE(counts(db), before); // rolled back: no case, no event, no audit row
    QCOMPARE(calls.first(), std::make_pair(0, 5));
    QCOMPARE(calls.last(), std::make_pair(3, 5));

    // Not cancelled, the same importer writes it all, told of every case.
    calls.clear();
    importer.setProgressHandler([&calls](int done, int total) {
        calls.append({done, total});
        return true;
    });
    const WriteResult written = importer.write();
    QVERIFY2(written.ok(), qPrintable(written.message()));
    QCOMPARE(calls.size(), 6);
    QCOMPARE(calls.last(), std::make_pair(5, 5));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")), qint64(5));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")), qint64(1));
}

QTEST_GUILESS_MAIN(tst_CaseImporter)
#include "tst_caseimporter.moc"
