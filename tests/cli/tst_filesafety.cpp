// Nothing lost, nothing mangled: thads-cli as real child processes, killed
// with SIGKILL, run two at once, on a full disk and on read-only files.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

constexpr uid_t kNobody = 65534;

QProcessEnvironment environment(const QString &home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The administrator made by init --admin, who signs in for the imports.
    env.insert(QStringLiteral("THADS_NEW_PASSWORD"), QStringLiteral("admin-password"));
    env.insert(QStringLiteral("THADS_PASSWORD"), QStringLiteral("admin-password"));
    if (!home.isEmpty())
        env.insert(QStringLiteral("HOME"), home);
    return env;
}

void start(QProcess &process, const QStringList &arguments, const QProcessEnvironment &env = environment())
{
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(THADS_CLI), arguments);
}

Run finish(QProcess &process)
{
    if (!process.waitForFinished(180000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

Run cli(const QStringList &arguments, const QProcessEnvironment &env = environment())
{
    QProcess process;
    start(process, arguments, env);
    return finish(process);
}

// The same, as an unprivileged user when the tests run as root (root writes
// any file, so only another user meets a read-only one).
Run cliAsOtherUser(const QStringList &arguments, const QString &home)
{
    QProcess process;
    if (geteuid() == 0) {
        process.setChildProcessModifier([] {
            if (setgid(kNobody) != 0 || setuid(kNobody) != 0)
                _exit(99);
        });
    }
    start(process, arguments, environment(home));
    return finish(process);
}

QVariant scalar(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tst_filesafety");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

const QString kGolden = QStringLiteral(THADS_GOLDEN_DIR);
} // namespace

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoForceReplacesALiveLogToo();
    void killedDemoLeavesNothingAfterTheNextRun();
    void exportOnAFullDiskLeavesNoFile_data();
    void exportOnAFullDiskLeavesNoFile();
    void killedPackLeavesNothingAfterTheNextRun();
    void readOnlyDatabaseIsReadNotDamaged();
    void secondWriterWaitsThenIsRefusedInVietnamese();
    void twoImportsAtOnceBothLand();
    void killedImportLeavesTheDatabaseAsItWas();

private:
    QString freshFixture(const QString &name);

    QTemporaryDir m_dir;
    QString m_fixture; // the golden fixture province, imported
};

void TestFileSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = m_dir.filePath(QStringLiteral("fixture.db"));
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--db"), m_fixture}).exitCode, 0);
    const Run imported = cli({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), m_fixture, QStringLiteral("--cases"),
                              kGolden + QStringLiteral("/fixture-cases.csv"), QStringLiteral("--events"),
                              kGolden + QStringLiteral("/fixture-events.csv")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

QString TestFileSafety::freshFixture(const QString &name)
{
    const QString path = m_dir.filePath(name);
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return QFile::copy(m_fixture, path) ? path : QString();
}

// The old file's write-ahead log, still full and in use, must never be
// replayed onto the new demo (that mixed two databases or broke the file).
void TestFileSafety::demoForceReplacesALiveLogToo()
{
    const QString path = freshFixture(QStringLiteral("hot.db"));
    QVERIFY(!path.isEmpty());
    const QString name = QStringLiteral("hot-writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET obligation = 'từ cơ sở dữ liệu cũ'")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);

        const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--force")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases WHERE obligation = 'từ cơ sở dữ liệu cũ'")).toInt(),
             0);
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), 22128); // the demo, as fresh
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                           QStringLiteral("2021"), QStringLiteral("--unit"), QStringLiteral("PROVINCE"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(stats.out.contains(QStringLiteral(",85.42,")), qPrintable(stats.out));
}

void TestFileSafety::killedDemoLeavesNothingAfterTheNextRun()
{
    const QString path = m_dir.filePath(QStringLiteral("killed-demo.db"));
    QProcess demo;
    start(demo, {QStringLiteral("demo"), QStringLiteral("--db"), path});
    const QString building = path + QStringLiteral(".building");
    QVERIFY(waitFor([&] { return QFileInfo(building + QStringLiteral("-wal")).size() > 1'000'000; }));
    demo.kill();
    QVERIFY(demo.waitForFinished());
    QVERIFY(QFileInfo::exists(building));
    QVERIFY(!QFileInfo::exists(path));

    const Run again = cli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("killed-demo.db*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("killed-demo.db")});
}

void TestFileSafety::exportOnAFullDiskLeavesNoFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << QStringLiteral("export") << QStringLiteral("bang.csv");
    QTest::newRow("xlsx") << QStringLiteral("export") << QStringLiteral("bang.xlsx");
    QTest::newRow("pdf") << QStringLiteral("report") << QStringLiteral("bao-cao.pdf");
}

// A disk with one page free: every output is larger, so each must fail
// loudly and leave nothing (not a cut-off file announced as written).
void TestFileSafety::exportOnAFullDiskLeavesNoFile()
{
    QFETCH(QString, command);
    QFETCH(QString, file);
    const QString disk = m_dir.filePath(QStringLiteral("full-disk"));
    QVERIFY(QDir().mkpath(disk));
    if (geteuid() != 0 || ::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=8k") != 0)
        QSKIP("a tiny tmpfs can only be mounted as root with the right to mount; not tested here");
    const auto unmount = qScopeGuard([&disk] { ::umount(QFile::encodeName(disk).constData()); });
    QFile filler(QDir(disk).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    QCOMPARE(filler.write(QByteArray(8192, 'x')), qint64(8192)); // the disk is full
    filler.close();
    const QString out = QDir(disk).filePath(file);
    QStringList arguments{command, QStringLiteral("--db"), m_fixture, QStringLiteral("--year"), QStringLiteral("2021"),
                          QStringLiteral("--out"), out};
    if (command == QLatin1String("report"))
        arguments << QStringLiteral("--sections") << QStringLiteral("tables");
    const Run written = cli(arguments);
    QVERIFY2(written.exitCode != 0, qPrintable(written.out));
    QVERIFY2(written.err.contains(QStringLiteral("Không ghi được")), qPrintable(written.err));
    QVERIFY2(!written.out.contains(QStringLiteral("Đã ghi")), qPrintable(written.out));
    QCOMPARE(QDir(disk).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("filler")});
}

void TestFileSafety::killedPackLeavesNothingAfterTheNextRun()
{
    const QString folder = m_dir.filePath(QStringLiteral("pack"));
    const QStringList arguments{QStringLiteral("pack"), QStringLiteral("--db"), m_fixture, QStringLiteral("--year"),
                                QStringLiteral("2021"), QStringLiteral("--out"), folder};
    const auto staging = [&folder] {
        return QDir(folder).entryList({QStringLiteral(".thads-pack-*")}, QDir::Dirs | QDir::Hidden);
    };
    for (int kill = 0; kill < 2; ++kill) {
        QProcess pack;
        start(pack, arguments);
        QVERIFY(waitFor([&] { return !staging().isEmpty(); }));
        pack.kill();
        QVERIFY(pack.waitForFinished());
    }
    QVERIFY(!staging().isEmpty());
    const Run again = cli(arguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(staging(), QStringList());
    QVERIFY(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("bao-cao-2021.pdf"))));
}

// A 0444 file, in a folder the user may write and in one they may not: the
// reading commands work, the writing ones say "read-only" (not "damaged"),
// and the folder gets no -wal/-shm files of that user.
void TestFileSafety::readOnlyDatabaseIsReadNotDamaged()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QFile::setPermissions(home, QFileDevice::Permissions(0x7777));
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    for (const bool writableFolder : {true, false}) {
        const QString folder = m_dir.filePath(writableFolder ? QStringLiteral("ro-file") : QStringLiteral("ro-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("thads.db"));
        QVERIFY(QFile::copy(m_fixture, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(folder, writableFolder ? QFileDevice::Permissions(0x7777)
                                                             : QFileDevice::Permissions(0x5555)));
        const QByteArray before = readAll(path);

        const Run stats = cliAsOtherUser({QStringLiteral("stats"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                                          QStringLiteral("2021"), QStringLiteral("--format"), QStringLiteral("csv")},
                                         home);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY(stats.out.contains(QStringLiteral("PROVINCE")));
        const Run report = cliAsOtherUser({QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                                           QStringLiteral("2021"), QStringLiteral("--sections"), QStringLiteral("tables"),
                                           QStringLiteral("--out"), QDir(home).filePath(QStringLiteral("r.pdf"))},
                                          home);
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const Run import = cliAsOtherUser({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), path, QStringLiteral("--cases"),
                                           kGolden + QStringLiteral("/fixture-cases.csv")},
                                          home);
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(QStringLiteral("chỉ đọc")), qPrintable(import.err));
        QVERIFY2(!import.err.contains(QStringLiteral("hỏng")), qPrintable(import.err));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("thads.db")});
        QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)); // so the temporary folder can go
    }
}

// Another program holds the write lock: the import says it waits, then
// refuses in Vietnamese, and nothing is written.
void TestFileSafety::secondWriterWaitsThenIsRefusedInVietnamese()
{
    const QString path = freshFixture(QStringLiteral("busy.db"));
    const int casesBefore = scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt();
    const QString cases = m_dir.filePath(QStringLiteral("busy-cases.csv"));
    QFile csv(cases);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,obligor,obligee,"
                             "executor,amount_due,obligation\nMSO,99/QĐ-BUSY,2021-03-01,chu_dong,dan_su,1/2021/DS,2021-02-01,"
                             "TAND huyện Mai Sơn,Lò Văn A,Cầm Thị B,Hà Văn C,1000000,\n")
                  .toUtf8());
    csv.close();
    const QString name = QStringLiteral("lock-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("THADS_WRITE_WAIT"), QStringLiteral("2"));
        const Run refused = cli({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), path, QStringLiteral("--cases"), cases},
                                env);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("đang ghi")), qPrintable(refused.err)); // "waiting"
        QVERIFY2(refused.err.contains(QStringLiteral("thử lại sau")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(QStringLiteral("locked")), qPrintable(refused.err));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), casesBefore);
}

void TestFileSafety::twoImportsAtOnceBothLand()
{
    const QString path = freshFixture(QStringLiteral("two.db"));
    const int casesBefore = scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt();
    QStringList files;
    for (const QString &unit : {QStringLiteral("MSO"), QStringLiteral("TPSL")}) {
        QString text = QStringLiteral("unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,obligor,"
                                      "obligee,executor,amount_due,obligation\n");
        for (int i = 1; i <= 300; ++i)
            text += QStringLiteral("%1,%2/QĐ-TWO,2021-03-01,chu_dong,dan_su,1/2021/DS,2021-02-01,TAND,Lò Văn A,Cầm Thị B,"
                                   "Hà Văn C,%3,\n")
                        .arg(unit)
                        .arg(i)
                        .arg(1000 * i);
        files << m_dir.filePath(unit + QStringLiteral("-two.csv"));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }
    QProcess first, second;
    start(first, {QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), path, QStringLiteral("--cases"), files.at(0)});
    start(second, {QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"), path, QStringLiteral("--cases"), files.at(1)});
    const Run a = finish(first);
    const Run b = finish(second);
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases")).toInt(), casesBefore + 600);
    QCOMPARE(scalar(path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

// SIGKILL at any moment of an import (signing in, checking the rows, writing,
// committing) leaves every row as it was and a file that passes thads-cli check.
void TestFileSafety::killedImportLeavesTheDatabaseAsItWas()
{
    QString text = QStringLiteral("unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,obligor,"
                                  "obligee,executor,amount_due,obligation\n");
    for (int i = 1; i <= 20000; ++i)
        text += QStringLiteral("MSO,%1/QĐ-KILL,2021-03-01,chu_dong,dan_su,1/2021/DS,2021-02-01,TAND,Lò Văn A,"
                               "Cầm Thị B,Hà Văn C,%2,\n")
                    .arg(i)
                    .arg(1000 * i);
    const QString cases = m_dir.filePath(QStringLiteral("kill-cases.csv"));
    QFile file(cases);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    const QString path = freshFixture(QStringLiteral("killed-import.db"));
    const QString rows = QStringLiteral("SELECT COUNT(*) || '/' || (SELECT COUNT(*) FROM case_events) || '/' || "
                                        "(SELECT COUNT(*) FROM audit_log) FROM cases");
    const QString before = scalar(path, rows).toString();
    int landed = 0;
    for (const int ms : {50, 150, 300, 600, 1000, 1600, 2500}) {
        QProcess import;
        start(import, {QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--db"),
                       path, QStringLiteral("--cases"), cases});
        QVERIFY(import.waitForStarted());
        QTest::qWait(ms);
        import.kill(); // SIGKILL
        import.waitForFinished();
        const bool finished = import.exitStatus() == QProcess::NormalExit; // done before the kill
        const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
        QVERIFY2(check.exitCode == 0, qPrintable(QStringLiteral("killed after %1 ms: %2").arg(ms).arg(check.out + check.err)));
        if (finished) { // it ran to the end: every row landed, once
            ++landed;
            break;
        }
        QCOMPARE(scalar(path, rows).toString(), before);
    }
    QVERIFY2(landed == 0 || scalar(path, QStringLiteral("SELECT COUNT(*) FROM cases WHERE decision_no LIKE '%/QĐ-KILL'"))
                                    .toInt() == 20000,
             "an import that finished wrote all its rows");
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
