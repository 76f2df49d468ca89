// Backup and restore of a database file: the backup holds every row, a
// restore puts exactly the backup's content in place and keeps the current
// file aside with its log, and anything refused leaves the database as it was.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "DatabaseBackup.h"
#include "DatabaseDump.h"
#include "DatabaseRestore.h"
#include "Language.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using namespace CaseFixtures;

const QDateTime kNow(QDate(2026, 12, 3), QTime(9, 30, 15));

// A database with a few cases, events, a correction and a target, open.
std::unique_ptr<Database> makeDatabase(const QString &path, const Clock &clock, int cases = 3)
{
    QString error;
    auto database = Database::open(path, Database::OpenMode::CreateNew, &error);
    if (!database)
        return nullptr;
    const Session session(*database, Actor{QStringLiteral("tester")}, clock);
    CaseRepository repository(session);
    QSqlQuery unit(database->sql());
    unit.exec(QStringLiteral("SELECT id FROM units WHERE code = 'MCH'"));
    unit.next();
    const qint64 unitId = unit.value(0).toLongLong();
    for (int i = 1; i <= cases; ++i) {
        EnforcementCase c = makeCase(unitId, QStringLiteral("%1/QĐ-CCTHADS").arg(i), QDate(2021, 3, i), 1000000 * i);
        if (!repository.create(&c).ok())
            return nullptr;
        CaseEvent payment = event(EventType::Payment, QDate(2021, 4, i), 400000);
        if (!repository.addEvent(c.id, &payment).ok())
            return nullptr;
        if (i == 2 && !repository.correct(c.id, payment.id, QDate(2021, 5, 1), QStringLiteral("nhầm số")).ok())
            return nullptr;
    }
    QSqlQuery target(database->sql());
    target.exec(QStringLiteral("INSERT INTO targets (year, unit_id, case_target, money_target) VALUES (2021, NULL, 8250, 4000)"));
    return database;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Overwrites the header of the root page of a table: SQLite's integrity check finds it.
void damageTable(const QString &path, const QString &table)
{
    qint64 root = 0, pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        q.addBindValue(table);
        QVERIFY(q.exec() && q.next());
        root = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * pageSize));
    file.write(QByteArray::fromHex("0dffffffffffffff"));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupHoldsEveryRow();
    void backupRefusesAnExistingFile();
    void failedBackupLeavesNoFile();
    void restoreRoundTripsTheContent();
    void restoreKeepsTheCurrentFileAsideWithItsLog();
    void restoreReplacesADamagedFile();
    void restoreRefuses_data();
    void restoreRefuses();
    void restoreRefusesADatabaseInUse();
    void backupFolderKeepsOneADayAndTheNewest();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2026, 11, 25), QTime(9, 0))};
};

void TestDatabaseBackup::initTestCase()
{
    Language::install(Language::English);
    QVERIFY(m_dir.isValid());
}

void TestDatabaseBackup::backupHoldsEveryRow()
{
    QTemporaryDir dir;
    auto database = makeDatabase(dir.filePath(QStringLiteral("thads.db")), m_clock);
    QVERIFY(database);
    const QString backup = dir.filePath(DatabaseBackup::datedName(QDate(2026, 12, 3)));
    QCOMPARE(QFileInfo(backup).fileName(), QStringLiteral("thads-2026-12-03.db"));
    QString error;
    QVERIFY2(DatabaseBackup::write(database->sql(), backup, &error), qPrintable(error));
    const QStringList original = DatabaseDump::of(database->sql());
    QCOMPARE(std::count_if(original.cbegin(), original.cend(),
                           [](const QString &line) { return line.startsWith(QStringLiteral("cases: ")); }),
             3);
    QVERIFY(original.contains(QStringLiteral("application_id = %1").arg(Database::kApplicationId)));
    QCOMPARE(DatabaseDump::ofFile(backup), original);
    // Only the database's own files and the backup: no temporary left, no log beside the backup.
    QCOMPARE(filesIn(dir.path()), (QStringList{QStringLiteral("thads-2026-12-03.db"), QStringLiteral("thads.db"),
                                               QStringLiteral("thads.db-shm"), QStringLiteral("thads.db-wal")}));
}

void TestDatabaseBackup::backupRefusesAnExistingFile()
{
    QTemporaryDir dir;
    auto database = makeDatabase(dir.filePath(QStringLiteral("thads.db")), m_clock);
    QVERIFY(database);
    const QString existing = dir.filePath(QStringLiteral("keep.db"));
    writeFile(existing, "an earlier backup");
    const QByteArray before = DatabaseDump::sha256(existing);
    QString error;
    QVERIFY(!DatabaseBackup::write(database->sql(), existing, &error));
    QVERIFY2(error.contains(QStringLiteral("keep.db")) && error.contains(QStringLiteral("already exists")),
             qPrintable(error));
    QCOMPARE(DatabaseDump::sha256(existing), before);
}

void TestDatabaseBackup::failedBackupLeavesNoFile()
{
    QTemporaryDir dir;
    auto database = makeDatabase(dir.filePath(QStringLiteral("thads.db")), m_clock);
    QVERIFY(database);
    const QStringList before = filesIn(dir.path());
    QString error;
    QVERIFY(!DatabaseBackup::write(database->sql(), dir.filePath(QStringLiteral("no/such/folder/b.db")), &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    // SQLite refuses the copy (a connection that is not open): the temporary file goes too.
    {
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
        QVERIFY(!DatabaseBackup::write(closed, dir.filePath(QStringLiteral("b.db")), &error));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("closed"));
    QCOMPARE(filesIn(dir.path()), before);
}

void TestDatabaseBackup::restoreRoundTripsTheContent()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("thads.db"));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    QStringList atBackup, afterwards;
    {
        auto database = makeDatabase(live, m_clock);
        QVERIFY(database);
        QString error;
        QVERIFY2(DatabaseBackup::write(database->sql(), backup, &error), qPrintable(error));
        atBackup = DatabaseDump::of(database->sql());
        // Work goes on after the backup: a new case the restore must undo.
        const Session session(*database, Actor{QStringLiteral("tester")}, m_clock);
        EnforcementCase c = makeCase(1, QStringLiteral("99/QĐ-CTHADS"), QDate(2021, 6, 1), 500000);
        QVERIFY(CaseRepository(session).create(&c).ok());
        afterwards = DatabaseDump::of(database->sql());
        QVERIFY(afterwards != atBackup);
    }
    QString kept, error;
    QVERIFY2(DatabaseRestore::restore(live, backup, kNow, &kept, &error), qPrintable(error));
    QCOMPARE(kept, live + QStringLiteral(".before-restore-20261203-093015"));
    QCOMPARE(DatabaseDump::ofFile(live), atBackup);
    QCOMPARE(DatabaseDump::ofFile(kept), afterwards);
    // THADS opens the restored file as its own.
    auto reopened = Database::open(live, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(DatabaseDump::of(reopened->sql()), atBackup);
    reopened.reset();
    QVERIFY(!QFileInfo::exists(live + QStringLiteral(".restoring")));
}

void TestDatabaseBackup::restoreKeepsTheCurrentFileAsideWithItsLog()
{
    // A database whose last writes are still only in its log (left by a program
    // that stopped without checkpointing): that log must go aside with its file
    // and never be replayed onto the restored one.
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("thads.db"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    QStringList atBackup, withLog;
    {
        auto database = makeDatabase(live, m_clock, 1);
        QVERIFY(database);
        QString error;
        QVERIFY2(DatabaseBackup::write(database->sql(), backup, &error), qPrintable(error));
        atBackup = DatabaseDump::of(database->sql());
        const Session session(*database, Actor{QStringLiteral("tester")}, m_clock);
        EnforcementCase c = makeCase(1, QStringLiteral("77/QĐ-CTHADS"), QDate(2021, 6, 1), 500000);
        QVERIFY(CaseRepository(session).create(&c).ok());
        withLog = DatabaseDump::of(database->sql());
        QVERIFY(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
        for (const QString suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(live + suffix, crashed + suffix));
    }
    QString kept, error;
    QVERIFY2(DatabaseRestore::restore(crashed, backup, kNow, &kept, &error), qPrintable(error));
    QCOMPARE(DatabaseDump::ofFile(crashed), atBackup);
    QVERIFY(!QFileInfo::exists(crashed + QStringLiteral("-wal")));
    QCOMPARE(DatabaseDump::ofFile(kept), withLog); // its log was checkpointed into it first
}

void TestDatabaseBackup::restoreReplacesADamagedFile()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("thads.db"));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    QStringList atBackup;
    {
        auto database = makeDatabase(dir.filePath(QStringLiteral("source.db")), m_clock);
        QVERIFY(database);
        QString error;
        QVERIFY2(DatabaseBackup::write(database->sql(), backup, &error), qPrintable(error));
        atBackup = DatabaseDump::of(database->sql());
    }
    // Its first page overwritten: SQLite cannot open it, so it goes aside byte for byte.
    writeFile(live, QByteArray(8192, '\xee'));
    writeFile(live + QStringLiteral("-wal"), QByteArray(5000, '\x11'));
    const QByteArray damaged = DatabaseDump::sha256(live), log = DatabaseDump::sha256(live + QStringLiteral("-wal"));
    QString kept, error;
    QVERIFY2(DatabaseRestore::restore(live, backup, kNow, &kept, &error), qPrintable(error));
    QCOMPARE(DatabaseDump::ofFile(live), atBackup);
    QVERIFY(!QFileInfo::exists(live + QStringLiteral("-wal")));
    QCOMPARE(DatabaseDump::sha256(kept), damaged);
    QCOMPARE(DatabaseDump::sha256(kept + QStringLiteral("-wal")), log);
}

void TestDatabaseBackup::restoreRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing" << "does not exist";
    QTest::newRow("text file") << "text" << "not an SQLite file";
    QTest::newRow("empty file") << "empty" << "is empty";
    QTest::newRow("another program's") << "foreign" << "another program";
    QTest::newRow("newer schema") << "newer" << "newer version";
    QTest::newRow("damaged page") << "damaged" << "damaged";
    QTest::newRow("broken reference") << "orphan" << "does not exist";
    QTest::newRow("the database itself") << "itself" << "the database itself";
}

void TestDatabaseBackup::restoreRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("thads.db"));
    QString backup = dir.filePath(QStringLiteral("backup.db"));
    {
        auto database = makeDatabase(live, m_clock);
        QVERIFY(database);
        QString error;
        if (kind == QLatin1String("damaged") || kind == QLatin1String("orphan") || kind == QLatin1String("newer"))
            QVERIFY2(DatabaseBackup::write(database->sql(), backup, &error), qPrintable(error));
    }
    if (kind == QLatin1String("text")) {
        writeFile(backup, "unit,decision_no\nMCH,1/QĐ\n");
    } else if (kind == QLatin1String("empty")) {
        writeFile(backup, {});
    } else if (kind == QLatin1String("foreign")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        db.close();
    } else if (kind == QLatin1String("damaged")) {
        damageTable(backup, QStringLiteral("case_events"));
    } else if (kind == QLatin1String("newer") || kind == QLatin1String("orphan")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        const QString edit = kind == QLatin1String("newer")
            ? QStringLiteral("PRAGMA user_version = %1").arg(Database::kSchemaVersion + 1)
            : QStringLiteral("INSERT INTO case_events (case_id, event_date, type, recorded_at, recorded_by) "
                             "VALUES (9999, '2021-05-01', 'payment', '2021-05-01T00:00:00Z', 'sqlite3')");
        QVERIFY(QSqlQuery(db).exec(edit)); // foreign keys are off on a plain connection
        db.close();
    } else if (kind == QLatin1String("itself")) {
        backup = live;
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));

    const QByteArray before = DatabaseDump::sha256(live);
    const QStringList files = filesIn(dir.path());
    QString kept, error;
    QVERIFY(!DatabaseRestore::restore(live, backup, kNow, &kept, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(backup).fileName()), qPrintable(error)); // names the file chosen
    QVERIFY(!error.contains(QStringLiteral(".restoring")));
    QVERIFY(kept.isEmpty());
    QCOMPARE(DatabaseDump::sha256(live), before);
    QCOMPARE(filesIn(dir.path()), files); // nothing kept aside, no copy left
    if (kind != QLatin1String("missing") && kind != QLatin1String("itself")) {
        QVERIFY(!DatabaseRestore::verify(backup, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
}

void TestDatabaseBackup::restoreRefusesADatabaseInUse()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("thads.db"));
    const QString backup = dir.filePath(QStringLiteral("backup.db"));
    auto database = makeDatabase(live, m_clock);
    QVERIFY(database);
    QString error, kept;
    QVERIFY2(DatabaseBackup::write(database->sql(), backup, &error), qPrintable(error));
    QVERIFY(DatabaseRestore::verify(backup, &error));
    const QStringList before = DatabaseDump::of(database->sql());
    QVERIFY(!DatabaseRestore::restore(live, backup, kNow, &kept, &error));
    QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
    QCOMPARE(DatabaseDump::of(database->sql()), before);
    QVERIFY(!QFileInfo::exists(DatabaseRestore::keptAsideName(live, kNow)));
}

void TestDatabaseBackup::backupFolderKeepsOneADayAndTheNewest()
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("thads.db"));
    auto database = makeDatabase(live, m_clock, 1);
    QVERIFY(database);
    QCOMPARE(BackupFolder::folderFor(live, QStringLiteral("/elsewhere")), dir.filePath(QStringLiteral("backups")));
    const BackupFolder folder(BackupFolder::folderFor(live, {}), live);
    QVERIFY(QDir().mkpath(folder.folder()));
    for (int day = 1; day <= 5; ++day)
        writeFile(folder.fileFor(QDate(2026, 11, day)), "older");
    const QString other = QDir(folder.folder()).filePath(QStringLiteral("demo-2026-11-01.db"));
    const QString notes = QDir(folder.folder()).filePath(QStringLiteral("thads-notes.db"));
    writeFile(other, "another database's backup");
    writeFile(notes, "not a dated backup");

    QString written, error;
    QVERIFY2(folder.backUp(database->sql(), QDate(2026, 12, 3), 3, &written, &error), qPrintable(error));
    QCOMPARE(written, folder.fileFor(QDate(2026, 12, 3)));
    QCOMPARE(DatabaseDump::ofFile(written), DatabaseDump::of(database->sql()));
    QCOMPARE(folder.backups(), (QStringList{folder.fileFor(QDate(2026, 12, 3)), folder.fileFor(QDate(2026, 11, 5)),
                                            folder.fileFor(QDate(2026, 11, 4))}));
    QVERIFY(QFileInfo::exists(other) && QFileInfo::exists(notes));
    // The same day again: nothing new.
    const QByteArray first = DatabaseDump::sha256(written);
    QVERIFY(folder.backUp(database->sql(), QDate(2026, 12, 3), 3, &written, &error));
    QVERIFY(written.isEmpty());
    QCOMPARE(DatabaseDump::sha256(folder.fileFor(QDate(2026, 12, 3))), first);
    QCOMPARE(folder.backups().size(), 3);
}

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
