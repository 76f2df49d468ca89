// thads-cli backup, restore and check as a person runs them, on the demo
// province: exit codes, one line per problem, nothing changed on a refusal.

#include "DatabaseDump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Signed in, where a command needs it, with THADS_PASSWORD (default: the demo administrator's).
Run cli(const QStringList &arguments, const QString &password = QStringLiteral("quantri-demo"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("THADS_PASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(THADS_CLI), arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void sql(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shell"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(statement), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("shell"));
}
// Overwrites the header of the root page of the events table's b-tree.
void damage(const QString &path)
{
    qint64 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'case_events'")) && q.next());
        root = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * 4096));
    file.write(QByteArray::fromHex("0dffffffffffffff"));
}
} // namespace

class TestMaintenanceCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpExplainsEachCommand_data();
    void helpExplainsEachCommand();
    void checkOnTheDemoIsHealthy();
    void backupAndRestoreRoundTrip();
    void restoreRefusesADamagedBackup();
    void checkFindsDamageAndTampering();
    void refusesBadOptionsAndFiles_data();
    void refusesBadOptionsAndFiles();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestMaintenanceCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.db"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--db"), m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestMaintenanceCli::helpExplainsEachCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    QTest::newRow("backup") << "backup" << "Usage: thads-cli backup [--db FILE] --out BACKUP.db";
    QTest::newRow("restore") << "restore" << "Usage: thads-cli restore [--db FILE] --from BACKUP.db";
    QTest::newRow("check") << "check" << "Usage: thads-cli check [--db FILE]";
}

void TestMaintenanceCli::helpExplainsEachCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const Run help = cli({command, QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(usage), qPrintable(help.out));
    const Run overview = cli({QStringLiteral("--help")});
    QVERIFY2(overview.out.contains(QStringLiteral("\n  %1 ").arg(command)), qPrintable(overview.out));
    // In Vietnamese too, the default language.
    QProcess process;
    process.start(QStringLiteral(THADS_CLI), {command, QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).startsWith(QStringLiteral("Cách dùng: thads-cli %1").arg(command)));
}

void TestMaintenanceCli::checkOnTheDemoIsHealthy()
{
    const QByteArray before = DatabaseDump::sha256(m_demo);
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), m_demo});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(check.out.startsWith(m_demo + QStringLiteral(" is healthy: ")), qPrintable(check.out));
    QVERIFY(check.err.isEmpty());
    QCOMPARE(DatabaseDump::sha256(m_demo), before);
}

void TestMaintenanceCli::backupAndRestoreRoundTrip()
{
    const QString live = path(QStringLiteral("live.db"));
    const QString backup = path(QStringLiteral("thads-2026-12-03.db"));
    QVERIFY(QFile::copy(m_demo, live));
    Run run = cli({QStringLiteral("backup"), QStringLiteral("--db"), live, QStringLiteral("--out"), backup});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(QStringLiteral("Backed up %1 to %2").arg(live, backup)), qPrintable(run.out));
    const QStringList atBackup = DatabaseDump::ofFile(live);
    QCOMPARE(DatabaseDump::ofFile(backup), atBackup);

    // A second backup to the same name is refused and the first stays.
    const QByteArray first = DatabaseDump::sha256(backup);
    run = cli({QStringLiteral("backup"), QStringLiteral("--db"), live, QStringLiteral("--out"), backup});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    QCOMPARE(DatabaseDump::sha256(backup), first);

    // Later work, undone by the restore and kept aside.
    sql(live, QStringLiteral("DELETE FROM targets"));
    const QStringList changed = DatabaseDump::ofFile(live);
    // Only an administrator restores.
    run = cli({QStringLiteral("restore"), QStringLiteral("--db"), live, QStringLiteral("--from"), backup,
               QStringLiteral("--user"), QStringLiteral("canbo.mch")},
              QStringLiteral("canbo.mch-demo"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("only an administrator")), qPrintable(run.err));
    QCOMPARE(DatabaseDump::ofFile(live), changed);
    run = cli({QStringLiteral("restore"), QStringLiteral("--db"), live, QStringLiteral("--from"), backup,
               QStringLiteral("--user"), QStringLiteral("quantri")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("Restored %1 from %2.").arg(live, backup));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("The previous file is kept as %1.before-restore-").arg(live)),
             qPrintable(lines.at(1)));
    const QString kept = lines.at(1).mid(lines.at(1).indexOf(live)).chopped(1);
    QCOMPARE(DatabaseDump::ofFile(live), atBackup);
    QCOMPARE(DatabaseDump::ofFile(kept), changed);
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), live});
    QCOMPARE(run.exitCode, 0);
}

void TestMaintenanceCli::restoreRefusesADamagedBackup()
{
    const QString live = path(QStringLiteral("untouched.db"));
    const QString damaged = path(QStringLiteral("damaged-backup.db"));
    QVERIFY(QFile::copy(m_demo, live));
    QVERIFY(QFile::copy(m_demo, damaged));
    damage(damaged);
    const QByteArray before = DatabaseDump::sha256(live);
    const Run run = cli({QStringLiteral("restore"), QStringLiteral("--db"), live, QStringLiteral("--from"), damaged,
                         QStringLiteral("--user"), QStringLiteral("quantri")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("thads-cli: The backup %1 cannot be restored: The file is damaged")
                                    .arg(damaged)),
             qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(DatabaseDump::sha256(live), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("untouched.db*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("untouched.db")});
}

void TestMaintenanceCli::checkFindsDamageAndTampering()
{
    // A case of Mộc Châu marked completed with a plain SQL UPDATE.
    const QString tampered = path(QStringLiteral("tampered.db"));
    QVERIFY(QFile::copy(m_demo, tampered));
    QString decision;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("read"));
        db.setDatabaseName(tampered);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT c.decision_no FROM cases c JOIN units u ON u.id = c.unit_id "
                                      "WHERE u.code = 'MCH' AND c.state = 'in_progress' ORDER BY c.id LIMIT 1")));
        QVERIFY(q.next());
        decision = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("read"));
    sql(tampered, QStringLiteral("UPDATE cases SET state = 'completed' WHERE decision_no = '%1' AND unit_id = "
                                 "(SELECT id FROM units WHERE code = 'MCH')").arg(decision));
    Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), tampered});
    QCOMPARE(run.exitCode, 1);
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("Case %1 of Moc Chau: the case list shows state Completed (log: In progress).")
                              .arg(decision));
    QCOMPARE(lines.at(1), QStringLiteral("%1: 1 problem found.").arg(tampered));

    // A damaged page of a copy.
    const QString damaged = path(QStringLiteral("damaged.db"));
    QVERIFY(QFile::copy(m_demo, damaged));
    damage(damaged);
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), damaged});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(QStringLiteral("The file is damaged: ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("problems found.")), qPrintable(run.out));
}

void TestMaintenanceCli::refusesBadOptionsAndFiles_data()
{
    // Arguments separated by spaces; DEMO is the demo database, OUT a file never to be written.
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("backup without --out") << "backup --db DEMO" << "--out is required";
    QTest::newRow("backup of a missing file") << "backup --db /nonexistent/thads.db --out OUT" << "does not exist";
    QTest::newRow("backup onto the database") << "backup --db DEMO --out DEMO" << "already exists";
    QTest::newRow("restore without --from") << "restore --db DEMO" << "--from is required";
    QTest::newRow("restore without --user") << "restore --db DEMO --from OUT" << "--user NAME is required";
    QTest::newRow("restore from a missing file") << "restore --db DEMO --user quantri --from /nonexistent/b.db"
                                                 << "does not exist";
    QTest::newRow("restore from the database") << "restore --db DEMO --user quantri --from DEMO"
                                               << "the database itself";
    QTest::newRow("check an unknown option") << "check --db DEMO --fix" << "unknown option --fix";
    QTest::newRow("check a missing file") << "check --db /nonexistent/thads.db" << "does not exist";
    QTest::newRow("check a text file") << "check --db " THADS_CLI_SOURCE << "not an SQLite file";
}

void TestMaintenanceCli::refusesBadOptionsAndFiles()
{
    QFETCH(QString, expected);
    QFETCH(QString, arguments);
    QStringList words = arguments.split(QLatin1Char(' '));
    words.replaceInStrings(QStringLiteral("DEMO"), m_demo);
    words.replaceInStrings(QStringLiteral("OUT"), path(QStringLiteral("never.db")));
    const QByteArray before = DatabaseDump::sha256(m_demo);
    const Run run = cli(words);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(QStringLiteral("thads-cli: ")) && run.err.contains(expected), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(DatabaseDump::sha256(m_demo), before);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never.db"))));
}

QTEST_GUILESS_MAIN(TestMaintenanceCli)
#include "tst_maintenancecli.moc"
