// Opening a THADS database: a new or empty file is created and migrated; a
// file that is not ours, damaged or too new is refused with a message that
// says why, and is left exactly as it was (same bytes, no -wal/-shm beside it).

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "Clock.h"
#include "Database.h"
#include "Session.h"
#include "StatisticalPeriod.h"
#include "StatisticsEngine.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Database::OpenMode)

namespace {
const QStringList kOfficialOrder = {QStringLiteral("CUC"), QStringLiteral("TPSL"), QStringLiteral("QNH"),
                                    QStringLiteral("TCH"), QStringLiteral("MLA"),  QStringLiteral("BYE"),
                                    QStringLiteral("PYE"), QStringLiteral("MCH"),  QStringLiteral("YCH"),
                                    QStringLiteral("MSO"), QStringLiteral("SMA"),  QStringLiteral("SCO"),
                                    QStringLiteral("VHO")};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QVariant pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

// Runs `work` on a plain Qt SQLite connection to `path`, then closes it.
template<typename Work>
bool withSqlite(const QString &path, Work work)
{
    const QString name = QStringLiteral("tst_database_raw");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAndMigratesANewFile_data();
    void createsAndMigratesANewFile();
    void migratesAnEmptyFile();
    void opensNoEmptyFileAsExisting();
    void reopensAnExistingDatabase();
    void connectionIsConfigured();
    void refusesFilesItCannotUse_data();
    void refusesFilesItCannotUse();
    void damageIsReportedByTheFirstReadThatMeetsIt_data();
    void damageIsReportedByTheFirstReadThatMeetsIt();
    void judgesAFileWithItsWriteAheadLog();
    void existingOnlyOnAMissingFileCreatesNothing();
    void createNewRefusesAnExistingFile();

private:
    void verifyFreshSchema(Database &database);

    QTemporaryDir m_dir;
    QString m_good; // a closed THADS database with some cases
};

void tst_Database::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.db"));
    QString error;
    auto database = Database::open(m_good, Database::OpenMode::CreateNew, &error);
    QVERIFY2(database, qPrintable(error));
    const FixedClock clock(QDate(2026, 11, 25));
    const Session session(*database, Actor{QStringLiteral("tester")}, clock);
    const qint64 mso = UnitRepository(database->sql()).byCode(QStringLiteral("MSO"))->id;
    QList<CaseRecord> records;
    for (int i = 1; i <= 400; ++i) {
        CaseRecord r;
        r.enforcementCase = CaseFixtures::makeCase(mso, QStringLiteral("%1/QĐ-CCTHADS").arg(i), QDate(2021, 1, 1),
                                                   1'000'000 + i);
        r.enforcementCase.obligorAddress = QStringLiteral("bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn, tỉnh Sơn La");
        r.events << CaseFixtures::event(EventType::Payment, QDate(2021, 2, 1), 1000, QStringLiteral("tiền mặt"))
                 << CaseFixtures::event(EventType::VerifiedAble, QDate(2021, 3, 1));
        records << r;
    }
    const WriteResult written = CaseRepository(session).createMany(records);
    QVERIFY2(written.ok(), qPrintable(written.message()));
    database.reset(); // closes: the WAL is checkpointed into the file
    QVERIFY2(sideFiles(m_good).isEmpty(), qPrintable(sideFiles(m_good).join(QLatin1Char(' '))));
    QVERIFY(QFileInfo(m_good).size() > 200 * 1024);
}

void tst_Database::verifyFreshSchema(Database &database)
{
    const QSqlDatabase db = database.sql();
    // The newest schema this program knows (1 when these tests were written).
    QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
    QVERIFY(Database::kSchemaVersion >= 1);
    QCOMPARE(pragma(db, QStringLiteral("application_id")).toLongLong(), qint64(Database::kApplicationId));
    QStringList codes;
    for (const Unit &unit : UnitRepository(db).all())
        codes << unit.code;
    QCOMPARE(codes, kOfficialOrder);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM units")), qint64(13));
    QCOMPARE(UnitRepository(db).byCode(QStringLiteral("cuc"))->kind, Unit::Kind::Province);
    QCOMPARE(UnitRepository(db).byCode(QStringLiteral("TPSL"))->kind, Unit::Kind::City);
    QCOMPARE(UnitRepository(db).byCode(QStringLiteral("MSO"))->shortVi, QStringLiteral("Mai Sơn"));
    for (const char *table : {"cases", "case_events", "targets"})
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), qint64(0));
    // The seeding of the units is audited.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'units' AND action = 'insert'")),
             qint64(13));
}

void tst_Database::createsAndMigratesANewFile_data()
{
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("create new") << Database::OpenMode::CreateNew << QStringLiteral("new.db");
    QTest::newRow("create if missing") << Database::OpenMode::CreateIfMissing << QStringLiteral("missing.db");
    QTest::newRow("in a folder not yet made") << Database::OpenMode::CreateIfMissing
                                              << QStringLiteral("sub/folder/thads.db");
}

void tst_Database::createsAndMigratesANewFile()
{
    QFETCH(Database::OpenMode, mode);
    QFETCH(QString, relativePath);
    const QString path = m_dir.filePath(relativePath);
    QVERIFY(!QFile::exists(path));
    QString error;
    auto database = Database::open(path, mode, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(database->path(), path);
    verifyFreshSchema(*database);
}

void tst_Database::migratesAnEmptyFile()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.db"));
    QVERIFY(writeAll(path, {}));
    QCOMPARE(QFileInfo(path).size(), 0);
    QString error;
    auto database = Database::open(path, Database::OpenMode::CreateIfMissing, &error);
    QVERIFY2(database, qPrintable(error));
    verifyFreshSchema(*database);
    database.reset();
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(readAll(path).left(16), QByteArrayLiteral("SQLite format 3\0"));
}

void tst_Database::opensNoEmptyFileAsExisting()
{
    // `thads-cli stats --db empty.db` reads: it must not turn the file into a database.
    const QString path = m_dir.filePath(QStringLiteral("empty-existing.db"));
    QVERIFY(writeAll(path, {}));
    QString error;
    QVERIFY(!Database::open(path, Database::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("empty-existing.db")) && error.contains(QStringLiteral("empty")),
             qPrintable(error));
    QCOMPARE(QFileInfo(path).size(), 0);
    QVERIFY(sideFiles(path).isEmpty());
}

void tst_Database::reopensAnExistingDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("reopen.db"));
    QVERIFY(QFile::copy(m_good, path));
    for (int round = 0; round < 2; ++round) {
        QString error;
        auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
        QVERIFY2(database, qPrintable(error));
        {
            const QSqlDatabase db = database->sql();
            QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), Database::kSchemaVersion);
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM units")), qint64(13)); // not seeded twice
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases")), qint64(400));
            QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events")), qint64(800));
        }
        database.reset(); // the last connection: the WAL is folded back and removed
        QVERIFY2(sideFiles(path).isEmpty(), qPrintable(sideFiles(path).join(QLatin1Char(' '))));
    }
    QString error;
    QVERIFY2(Database::open(path, Database::OpenMode::CreateIfMissing, &error), qPrintable(error));
}

void tst_Database::connectionIsConfigured()
{
    const QString path = m_dir.filePath(QStringLiteral("pragmas.db"));
    QVERIFY(QFile::copy(m_good, path));
    QString error;
    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    const QSqlDatabase db = database->sql();
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
    // Foreign keys are enforced, not only declared.
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO case_events (case_id, event_date, type, recorded_at, recorded_by) "
                                   "VALUES (999999, '2021-01-01', 'verified_able', '2021-01-01', 'tester')")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM case_events WHERE case_id = 999999")), qint64(0));
}

// How each unusable file is made from nothing or from a copy of a good database.
void tst_Database::refusesFilesItCannotUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("because"); // part of the message
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite file");
    QTest::newRow("foreign SQLite database") << QStringLiteral("foreign") << QStringLiteral("another program");
    QTest::newRow("newer schema") << QStringLiteral("too-new") << QStringLiteral("newer version");
}

void tst_Database::refusesFilesItCannotUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, because);
    const QString path = m_dir.filePath(kind + QStringLiteral(".db"));
    if (kind == QLatin1String("text")) {
        QVERIFY(writeAll(path, QStringLiteral("Danh sách việc thi hành án\nSố QĐ;Ngày\n01/QĐ;01/01/2021\n")
                                   .toUtf8()
                                   .repeated(20)));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(withSqlite(path, [](QSqlDatabase &db) {
            QSqlQuery q(db);
            return q.exec(QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"))
                && q.exec(QStringLiteral("INSERT INTO recipes (name) VALUES ('phở bò')"));
        }));
    } else {
        QVERIFY(QFile::copy(m_good, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        if (kind == QLatin1String("too-new")) {
            QVERIFY(withSqlite(path, [](QSqlDatabase &db) {
                QSqlQuery q(db);
                return q.exec(QStringLiteral("PRAGMA user_version = 99"));
            }));
            QCOMPARE(readAll(path).mid(60, 4), QByteArray("\0\0\0\x63", 4));
        }
    }
    QVERIFY2(sideFiles(path).isEmpty(), "the fixture itself must leave no -wal/-shm");
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    for (Database::OpenMode mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::ExistingOnly}) {
        QString error;
        const auto database = Database::open(path, mode, &error);
        QVERIFY(!database);
        QVERIFY2(error.contains(because), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error)); // one line for the user
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error)); // names the file
        QCOMPARE(readAll(path), before);                                               // byte for byte
        QVERIFY2(sideFiles(path).isEmpty(), qPrintable(sideFiles(path).join(QLatin1Char(' '))));
    }
}

// Opening reads no more than SQLite needs (a million-case file opens at once):
// damage deeper in the file is met by the first read of those pages, which
// says so in one line, and the file stays as it was.
void tst_Database::damageIsReportedByTheFirstReadThatMeetsIt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("overwritten in the middle") << QStringLiteral("corrupt");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void tst_Database::damageIsReportedByTheFirstReadThatMeetsIt()
{
    QFETCH(QString, kind);
    const QString path = m_dir.filePath(kind + QStringLiteral("-pages.db"));
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray bytes = readAll(path);
    if (kind == QLatin1String("corrupt")) { // the event log's root page, which every count reads
        qint64 root = 0;
        QVERIFY(withSqlite(path, [&root](QSqlDatabase &db) {
            root = scalar(db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'case_events'"));
            return root > 1;
        }));
        QVERIFY(sideFiles(path).isEmpty());
        const qsizetype page = 4096;
        for (qsizetype i = (root - 1) * page; i < root * page; ++i)
            bytes[i] = char((i * 131 + 7) & 0xff);
    } else {
        bytes = bytes.left(bytes.size() / 2);
    }
    QVERIFY(writeAll(path, bytes));

    QString error;
    const auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    if (database) {
        const auto table = StatisticsEngine(database->sql()).compute(StatisticalPeriod::year(2021), &error);
        QVERIFY2(!table, "statistics over damaged pages must not come out as figures");
    }
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
}

// A file killed while SQLite checkpointed its log can be shorter than its
// header says while the log still holds the rest: SQLite reads it whole, and
// so must THADS (never judge a file by its size against its header).
void tst_Database::judgesAFileWithItsWriteAheadLog()
{
    const QString path = m_dir.filePath(QStringLiteral("in-log.db"));
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // Every change since the last checkpoint stays in the log, as after a kill.
    const QString name = QStringLiteral("tst_database_writer");
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        writer.setDatabaseName(path);
        QVERIFY(writer.open());
        QSqlQuery q(writer);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET obligation = 'ghi trong nhật ký' WHERE id <= 200")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (zeroblob(400000))")));
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size() > 400000, true);
        // Copy the file and its log as they are while the writer still has them open.
        QFile::remove(path + QStringLiteral(".copy"));
        QVERIFY(QFile::copy(path, path + QStringLiteral(".copy")));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), path + QStringLiteral(".copy-wal")));
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QString copy = path + QStringLiteral(".copy");
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-shm")));
    // The checkpoint had written the new first page (its header counts the
    // grown file) when it was killed, before the file itself grew.
    const QByteArray checkpointed = readAll(path);
    QByteArray killed = readAll(copy);
    QVERIFY(checkpointed.size() > killed.size());
    killed.replace(0, 4096, checkpointed.left(4096));
    QVERIFY(writeAll(copy, killed));

    QString error;
    const auto database = Database::open(copy, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    QCOMPARE(scalar(database->sql(), QStringLiteral("SELECT COUNT(*) FROM cases WHERE obligation = 'ghi trong nhật ký'")),
             qint64(200));
    QCOMPARE(scalar(database->sql(), QStringLiteral("SELECT length(x) FROM filler")), qint64(400000));
}

void tst_Database::existingOnlyOnAMissingFileCreatesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("nowhere"));
    const QString path = folder + QStringLiteral("/thads.db");
    QString error;
    QVERIFY(!Database::open(path, Database::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(sideFiles(path).isEmpty());
    QVERIFY(!QFileInfo::exists(folder));

    const QString beside = m_dir.filePath(QStringLiteral("absent.db"));
    QVERIFY(!Database::open(beside, Database::OpenMode::ExistingOnly, &error));
    QVERIFY(!QFile::exists(beside));
    QVERIFY(sideFiles(beside).isEmpty());
}

void tst_Database::createNewRefusesAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("taken.db"));
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray before = readAll(path);
    QString error;
    QVERIFY(!Database::open(path, Database::OpenMode::CreateNew, &error));
    QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QVERIFY(sideFiles(path).isEmpty());

    // Even an empty file is not "new" for CreateNew.
    const QString empty = m_dir.filePath(QStringLiteral("taken-empty.db"));
    QVERIFY(writeAll(empty, {}));
    QVERIFY(!Database::open(empty, Database::OpenMode::CreateNew, &error));
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(sideFiles(empty).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
