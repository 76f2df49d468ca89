// thads-cli and thads as a person runs them: exit codes, one-line refusals
// that name the problem, nothing created or changed on a refusal, and the
// statistics of a small imported province compared with reference files.

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The administrator made by init --admin, who signs in for the imports.
    environment.insert(QStringLiteral("THADS_NEW_PASSWORD"), QStringLiteral("admin-password"));
    environment.insert(QStringLiteral("THADS_PASSWORD"), QStringLiteral("admin-password"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QStringList &arguments)
{
    return run(QStringLiteral(THADS_CLI), arguments);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

const QString kGolden = QStringLiteral(THADS_GOLDEN_DIR);
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpExplainsInVietnamese();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void refusesMissingAndForeignDatabases();
    void initRefusesAnExistingFile();
    void demoRefusesToOverwrite();
    void importsAGoodFile();
    void refusesBadRowsAndWritesNothing();
    void importsExcelsWindows1258AndSemicolons();
    void statsMatchTheReferenceFiles_data();
    void statsMatchTheReferenceFiles();
    void statsHandComputed();
    void jsonIsValid();
    void screenshotRendersTheWindow();
    void reportCommandsWriteWholeFilesOrNone();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("fixture.db"));
    const Run init = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--db"), m_db});
    QCOMPARE(init.exitCode, 0);
    const Run import = cli({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), m_db, QStringLiteral("--cases"),
                            kGolden + QStringLiteral("/fixture-cases.csv"), QStringLiteral("--events"),
                            kGolden + QStringLiteral("/fixture-events.csv")});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
}

void TestCli::helpExplainsInVietnamese()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Cách dùng")), qPrintable(help.out));
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--help")});
    QVERIFY(stats.out.contains(QStringLiteral("--as-of")));
    const Run english = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"),
                             QStringLiteral("--help")});
    QVERIFY(english.out.startsWith(QStringLiteral("Usage: thads-cli import")));
}

void TestCli::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the one line must name
    const QString db = QStringLiteral("DB");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("statz")} << QStringLiteral("statz");
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--yaer"), QStringLiteral("2021")}
                                  << QStringLiteral("--yaer");
    QTest::newRow("year not a number") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--year"), QStringLiteral("hai")}
                                       << QStringLiteral("--year");
    QTest::newRow("months 13") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                              QStringLiteral("--year"), QStringLiteral("2021"),
                                              QStringLiteral("--months"), QStringLiteral("13")}
                               << QStringLiteral("--months");
    QTest::newRow("bad date") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                             QStringLiteral("--as-of"), QStringLiteral("31/02/2021")}
                              << QStringLiteral("--as-of");
    QTest::newRow("date outside the year") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                          QStringLiteral("--year"), QStringLiteral("2021"),
                                                          QStringLiteral("--as-of"), QStringLiteral("2021-10-01")}
                                           << QStringLiteral("2021");
    QTest::newRow("year not begun") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                   QStringLiteral("--year"), QStringLiteral("2199")}
                                    << QStringLiteral("2199");
    QTest::newRow("date after today") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                     QStringLiteral("--as-of"), QStringLiteral("2199-01-01")}
                                      << QStringLiteral("--as-of");
    QTest::newRow("unknown unit") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--year"), QStringLiteral("2021"),
                                                 QStringLiteral("--unit"), QStringLiteral("XYZ")}
                                  << QStringLiteral("XYZ");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                   QStringLiteral("--year"), QStringLiteral("2021"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << QStringLiteral("xml");
    QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                     QStringLiteral("stats")}
                                      << QStringLiteral("fr");
    QTest::newRow("--lang without a value") << QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db,
                                                           QStringLiteral("--year"), QStringLiteral("2021"),
                                                           QStringLiteral("--lang")}
                                            << QStringLiteral("--lang");
    QTest::newRow("no section") << QStringList{QStringLiteral("report"), QStringLiteral("--db"), db,
                                               QStringLiteral("--year"), QStringLiteral("2021"),
                                               QStringLiteral("--sections"), QString(), QStringLiteral("--out"),
                                               QStringLiteral("DB.pdf")}
                                << QStringLiteral("--sections");
    QTest::newRow("report date not a date") << QStringList{QStringLiteral("report"), QStringLiteral("--db"), db,
                                                           QStringLiteral("--year"), QStringLiteral("2021"),
                                                           QStringLiteral("--date"), QStringLiteral("32/12/2021"),
                                                           QStringLiteral("--out"), QStringLiteral("DB.pdf")}
                                            << QStringLiteral("--date");
    QTest::newRow("sections of the tables") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), db,
                                                           QStringLiteral("--year"), QStringLiteral("2021"),
                                                           QStringLiteral("--sections"), QStringLiteral("summary"),
                                                           QStringLiteral("--out"), QStringLiteral("DB.csv")}
                                            << QStringLiteral("--sections");
    QTest::newRow("import without --cases") << QStringList{QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), db}
                                            << QStringLiteral("--cases");
    QTest::newRow("import, unknown encoding")
        << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--cases"), db,
                       QStringLiteral("--encoding"), QStringLiteral("latin1")}
        << QStringLiteral("--encoding");
    QTest::newRow("import, unknown separator")
        << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--cases"), db,
                       QStringLiteral("--separator"), QStringLiteral("tab")}
        << QStringLiteral("--separator");
}

void TestCli::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    arguments.replaceInStrings(QStringLiteral("DB"), m_db);
    const QByteArray before = fileHash(m_db);
    const Run result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1); // one line
    QVERIFY2(result.err.contains(named), qPrintable(result.err));
    QCOMPARE(fileHash(m_db), before);
}

void TestCli::refusesMissingAndForeignDatabases()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    const Run none = cli({QStringLiteral("stats"), QStringLiteral("--db"), missing, QStringLiteral("--year"),
                          QStringLiteral("2021")});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("thads-cli init")));
    QVERIFY(!QFile::exists(missing));

    const QString foreign = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Biên bản họp, không phải cơ sở dữ liệu\n");
    file.close();
    const QByteArray before = fileHash(foreign);
    const Run refused = cli({QStringLiteral("stats"), QStringLiteral("--db"), foreign, QStringLiteral("--year"),
                             QStringLiteral("2021")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(foreign));
    QCOMPARE(fileHash(foreign), before);

    // An empty file is no database yet: reading it must not create one in it.
    const QString empty = m_dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
    const Run emptyRefused = cli({QStringLiteral("stats"), QStringLiteral("--db"), empty, QStringLiteral("--year"),
                                  QStringLiteral("2021")});
    QCOMPARE(emptyRefused.exitCode, 2);
    QCOMPARE(emptyRefused.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestCli::initRefusesAnExistingFile()
{
    const QByteArray before = fileHash(m_db);
    const Run again = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--db"), m_db});
    QCOMPARE(again.exitCode, 2);
    QCOMPARE(fileHash(m_db), before);
}

void TestCli::demoRefusesToOverwrite()
{
    const QByteArray before = fileHash(m_db);
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
    QCOMPARE(demo.exitCode, 2);
    QVERIFY(demo.err.contains(QStringLiteral("--force")));
    QCOMPARE(fileHash(m_db), before);
}

void TestCli::importsAGoodFile()
{
    // initTestCase imported the fixture; a dry run of a new file writes nothing.
    const QString cases = m_dir.filePath(QStringLiteral("more.csv"));
    QFile file(cases);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF" // a spreadsheet's byte-order mark, Vietnamese headers
               "Đơn vị,Số quyết định,Ngày quyết định,Hình thức,Loại việc,Số bản án,Ngày bản án,Tòa án,"
               "Người phải thi hành án,Người được thi hành án,Chấp hành viên,Số tiền phải thi hành,Nghĩa vụ khác\n"
               "YCH,9/QĐ-CCTHADS,15/03/2021,chu_dong,hinh_su,9/2021/HS-ST,01/02/2021,"
               "Tòa án nhân dân huyện Yên Châu,Lò Văn Páo,Ngân sách Nhà nước,Tòng Văn Hưng,\"1.500.000\",\n");
    file.close();
    const QByteArray before = fileHash(m_db);
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), m_db, QStringLiteral("--cases"), cases,
                         QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY(dry.out.contains(QStringLiteral("YCH 1")));
    QCOMPARE(fileHash(m_db), before);
}

void TestCli::refusesBadRowsAndWritesNothing()
{
    const QString cases = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile file(cases);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,obligor,obligee,executor,"
               "amount_due,obligation\n"
               "YCH,10/QĐ,2021-03-15,chu_dong,hinh_su,1/HS,2021-02-01,TAND,A,B,C,1000,\n"
               "XXX,11/QĐ,2021-03-15,chu_dong,hinh_su,1/HS,2021-02-01,TAND,A,B,C,1000,\n"
               "YCH,12/QĐ,2021-03-15,chu_dong,vu_an,1/HS,2021-02-01,TAND,A,B,C,12.5,\n");
    file.close();
    const QByteArray before = fileHash(m_db);
    const Run result = cli({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), m_db, QStringLiteral("--cases"), cases});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("bad.csv:3: unit:")), qPrintable(result.err));
    QVERIFY(result.err.contains(QStringLiteral("bad.csv:4: kind:")));
    QVERIFY(result.err.contains(QStringLiteral("bad.csv:4: amount_due:")));
    QVERIFY(!result.err.contains(QStringLiteral("bad.csv:2:"))); // the good row is fine, and not written either
    QCOMPARE(fileHash(m_db), before);
}

void TestCli::importsExcelsWindows1258AndSemicolons()
{
    // As Vietnamese Excel saves "CSV": Windows-1258 (bytes by hand: "Nguyễn Văn
    // Đông" is Nguy EA DE n V E3 n D0 F4 ng), semicolons, CRLF.
    const QString cases = m_dir.filePath(QStringLiteral("excel.csv"));
    QFile file(cases);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("unit;decision_no;decision_date;mode;kind;judgment_no;judgment_date;court;obligor;obligee;executor;"
               "amount_due;obligation\r\n"
               "YCH;21/Q\xD0-CCTHADS;15/03/2021;chu_dong;hinh_su;9/2021/HS-ST;01/02/2021;TAND;"
               "Nguy\xEA\xDEn V\xE3n \xD0\xF4ng;B;C;1.500.000;\r\n");
    file.close();
    const QByteArray before = fileHash(m_db);
    const QStringList dryRun{QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--cases"), cases,
                             QStringLiteral("--dry-run")};
    const Run detected = cli(dryRun);
    QVERIFY2(detected.exitCode == 0, qPrintable(detected.err));
    QVERIFY(detected.out.contains(QStringLiteral("YCH 1")));
    const Run chosen = cli(dryRun + QStringList{QStringLiteral("--encoding"), QStringLiteral("windows-1258"),
                                                QStringLiteral("--separator"), QStringLiteral(";")});
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
    // Told it is UTF-8, the file is refused at its line 2; with commas, its header is one unknown column.
    const Run utf8 = cli(dryRun + QStringList{QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(utf8.exitCode, 1);
    QVERIFY2(utf8.err.contains(QStringLiteral("excel.csv:2: file:")), qPrintable(utf8.err));
    const Run commas = cli(dryRun + QStringList{QStringLiteral("--separator"), QStringLiteral(",")});
    QCOMPARE(commas.exitCode, 1);
    QVERIFY2(commas.err.contains(QStringLiteral("excel.csv:1: header:")), qPrintable(commas.err));
    QCOMPARE(fileHash(m_db), before);

    // Imported (into a database of its own: the fixture's figures are the references'), the name is
    // stored as it reads.
    const QString db = m_dir.filePath(QStringLiteral("excel.db"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--db"), db})
                 .exitCode,
             0);
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--db"), db, QStringLiteral("--cases"), cases});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run audit = cli({QStringLiteral("audit"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                           QStringLiteral("21/QĐ-CCTHADS")});
    QVERIFY2(audit.out.contains(QStringLiteral("Nguyễn Văn Đông")), qPrintable(audit.out));
}

void TestCli::statsMatchTheReferenceFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reference");
    const QStringList year{QStringLiteral("stats"), QStringLiteral("--year"), QStringLiteral("2021")};
    QTest::newRow("csv, year") << year + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
                               << QStringLiteral("stats-2021.csv");
    QTest::newRow("csv, 6 months") << year + QStringList{QStringLiteral("--months"), QStringLiteral("6"),
                                                         QStringLiteral("--format"), QStringLiteral("csv")}
                                   << QStringLiteral("stats-2021-m06.csv");
    QTest::newRow("csv, as of") << QStringList{QStringLiteral("stats"), QStringLiteral("--as-of"),
                                               QStringLiteral("15/01/2021"), QStringLiteral("--format"),
                                               QStringLiteral("csv")}
                                << QStringLiteral("stats-2021-01-15.csv");
    QTest::newRow("table, Vietnamese") << year << QStringLiteral("stats-2021.txt");
    QTest::newRow("table, one unit") << year + QStringList{QStringLiteral("--unit"), QStringLiteral("MSO")}
                                     << QStringLiteral("stats-2021-MSO.txt");
}

void TestCli::statsMatchTheReferenceFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reference);
    const Run result = cli(arguments + QStringList{QStringLiteral("--db"), m_db});
    QCOMPARE(result.exitCode, 0);
    const QString path = kGolden + QLatin1Char('/') + reference;
    // References change only on purpose: THADS_UPDATE_GOLDEN=1 rewrites them.
    if (qEnvironmentVariableIntValue("THADS_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(result.out.toUtf8());
        QSKIP("reference file rewritten");
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(result.out, QString::fromUtf8(file.readAll()));
}

void TestCli::statsHandComputed()
{
    // The fixture's 2021 figures, worked out by hand from DESIGN.md
    // (tests/golden/README.md shows the working).
    const Run result = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                            QStringLiteral("2021"), QStringLiteral("--format"), QStringLiteral("csv")});
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList keys = lines.first().split(QLatin1Char(','));
    QHash<QString, QHash<QString, QString>> rows;
    for (const QString &line : lines.mid(1)) {
        const QStringList values = line.split(QLatin1Char(','));
        for (int i = 0; i < keys.size(); ++i)
            rows[values.first()].insert(keys.at(i), values.value(i));
    }
    const auto expect = [&rows](const char *unit, const char *key, const char *value) {
        QCOMPARE(rows.value(QLatin1String(unit)).value(QLatin1String(key)), QLatin1String(value));
    };
    expect("MSO", "total_accepted", "5");
    expect("MSO", "with_conditions", "3");
    expect("MSO", "resolved", "2");
    expect("MSO", "without_conditions", "1");
    expect("MSO", "money_carried_over", "8000000");
    expect("MSO", "money_entrusted", "45000000");
    expect("MSO", "money_completed", "14000000");
    expect("MSO", "money_reduced", "1000000");
    expect("MSO", "money_postponed", "4000000");
    expect("MSO", "case_rate", "66.67");
    expect("MSO", "money_rate", "78.95");
    expect("TPSL", "terminated", "1");
    expect("TPSL", "withdrawn", "1");
    expect("TPSL", "in_progress", "2");
    expect("TPSL", "money_terminated", "5000000");
    expect("TPSL", "case_rate", "33.33");
    expect("PROVINCE", "total_accepted", "10");
    expect("PROVINCE", "with_conditions", "7");
    expect("PROVINCE", "resolved", "4");
    expect("PROVINCE", "money_with_conditions", "48000000");
    expect("PROVINCE", "money_resolved", "40000000");
    expect("PROVINCE", "case_rate", "57.14");
    expect("PROVINCE", "money_rate", "83.33");
    expect("PROVINCE", "case_target", ""); // no targets set: empty, not 0
}

void TestCli::jsonIsValid()
{
    const Run result = cli({QStringLiteral("stats"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                            QStringLiteral("2021"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2020-10-01"));
    const QJsonArray rows = root.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 14);
    const QJsonObject province = rows.last().toObject();
    QCOMPARE(province.value(QStringLiteral("unit_code")).toString(), QStringLiteral("PROVINCE"));
    QCOMPARE(province.value(QStringLiteral("case_rate")).toDouble(), 57.14);
    QVERIFY(province.value(QStringLiteral("case_target")).isNull());
}

void TestCli::screenshotRendersTheWindow()
{
    const QString png = m_dir.filePath(QStringLiteral("cases.png"));
    // A database with accounts: the picture is taken signed in (--user, THADS_PASSWORD), never without.
    const Run anonymous = run(QStringLiteral(THADS_GUI), {QStringLiteral("--db"), m_db, QStringLiteral("--screenshot"), png});
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY2(anonymous.err.contains(QStringLiteral("--user")), qPrintable(anonymous.err));
    const Run shot = run(QStringLiteral(THADS_GUI), {QStringLiteral("--db"), m_db, QStringLiteral("--screenshot"), png,
                                                     QStringLiteral("--view"), QStringLiteral("cases"),
                                                     QStringLiteral("--user"), QStringLiteral("admin")});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1366, 768));
    const Run bad = run(QStringLiteral(THADS_GUI), {QStringLiteral("--db"), m_db, QStringLiteral("--screenshot"), png,
                                                    QStringLiteral("--view"), QStringLiteral("nowhere")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("nowhere")));
}

void TestCli::reportCommandsWriteWholeFilesOrNone()
{
    const QStringList year{QStringLiteral("--db"), m_db, QStringLiteral("--year"), QStringLiteral("2021")};
    const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
    const Run report = cli(QStringList{QStringLiteral("report")} + year + QStringList{QStringLiteral("--out"), pdf});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(QFileInfo(pdf).size() > 10000);

    const QString csv = m_dir.filePath(QStringLiteral("tables.csv"));
    QCOMPARE(cli(QStringList{QStringLiteral("export")} + year + QStringList{QStringLiteral("--out"), csv}).exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Run stats = cli(QStringList{QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("csv")} + year);
    QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBF") + stats.out.toUtf8()); // the same table, for spreadsheets

    const QString folder = m_dir.filePath(QStringLiteral("pack"));
    const Run pack = cli(QStringList{QStringLiteral("pack")} + year + QStringList{QStringLiteral("--out"), folder});
    QCOMPARE(pack.exitCode, 0);
    for (const QString &line : pack.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QVERIFY2(QFileInfo(line).size() > 0, qPrintable(line));

    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Run unwritable = cli(QStringList{QStringLiteral("report")} + year + QStringList{QStringLiteral("--out"), nowhere});
    QCOMPARE(unwritable.exitCode, 2);
    QVERIFY(!QFile::exists(nowhere));
    const Run section = cli(QStringList{QStringLiteral("report")} + year
                            + QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--sections"), QStringLiteral("summary,weather")});
    QCOMPARE(section.exitCode, 2);
    QVERIFY(section.err.contains(QStringLiteral("weather")));
    const Run empty = cli({QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--year"),
                           QStringLiteral("2015"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("2015.pdf"))});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("2015.pdf"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
