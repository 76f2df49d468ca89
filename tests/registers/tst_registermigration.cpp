// A database written by schema 1 (cases only) is brought to schema 2 when
// opened: its cases, events, targets and audit rows are kept, the register
// tables appear, and the registers can link to the old cases.
#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "ComplaintRepository.h"
#include "AuditTrail.h"
#include "Database.h"
#include "SchemaMigrator.h"
#include "TargetRepository.h"
#include "UnitRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRegisterMigration : public QObject
{
    Q_OBJECT

private slots:
    void version1BecomesVersion2();
    void migrationIsAllOrNothing();

private:
    // Writes a database of schema 1 at `path`, as THADS 0.1 left it: the first
    // migration, the units, one case with an event, a target.
    static bool writeVersion1(const QString &path, QString *error);
};

bool TestRegisterMigration::writeVersion1(const QString &path, QString *error)
{
    const QString name = QStringLiteral("version1");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QFile script(QStringLiteral(":/sql/001_initial.sql"));
        if (db.open() && script.open(QIODevice::ReadOnly)) {
            QSqlQuery q(db);
            ok = true;
            for (const QString &statement : SchemaMigrator::statements(QString::fromUtf8(script.readAll())))
                ok = ok && q.exec(statement);
            ok = ok && UnitRepository(db).seed(error);
            ok = ok && q.exec(QStringLiteral("INSERT INTO cases (unit_id, decision_no, decision_date, judgment_no, "
                                             "judgment_date, court, executor, obligor_name, obligee_name, kind, mode, "
                                             "amount_due, amount_remaining, created_at, created_by, updated_at, "
                                             "updated_by) SELECT id, '5/QĐ-CCTHADS', '2020-11-02', '1/2020/DS-ST', "
                                             "'2020-10-01', 'Tòa án nhân dân huyện Mai Sơn', 'Lò Văn Hùng', "
                                             "'Cầm Thị Lan', 'Quàng Văn Sơn', 'dan_su', 'theo_don', 5000000, "
                                             "5000000, 'x', 'x', 'x', 'x' FROM units WHERE code = 'MSO'"));
            ok = ok && q.exec(QStringLiteral("INSERT INTO case_events (case_id, seq, event_date, type, recorded_at, "
                                             "recorded_by) VALUES (1, 1, '2020-11-20', 'verified_able', 'x', 'x')"));
            ok = ok && q.exec(QStringLiteral("INSERT INTO targets (year, unit_id, case_target, money_target) "
                                             "VALUES (2021, NULL, 8250, 4200)"));
            ok = ok && q.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id) "
                                             "VALUES ('x', 'clerk', 'insert', 'cases', 1)"));
            ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId));
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version = 1"));
            if (!ok && error->isEmpty())
                *error = q.lastError().text();
        } else {
            *error = db.lastError().text() + script.errorString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void TestRegisterMigration::version1BecomesVersion2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QString error;
    QVERIFY2(writeVersion1(path, &error), qPrintable(error));

    auto database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    QSqlQuery q(database->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::kSchemaVersion);
    // The rows written before the audit chain existed have theirs (schema 4).
    QString chainError;
    QCOMPARE(AuditTrail(database->sql()).firstBrokenLink(&chainError), std::nullopt);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE chain IS NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    for (const char *table : {"complaints", "receptions", "coercions", "awards"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Everything that was there is still there.
    const FixedClock clock(QDate(2026, 11, 25));
    const Session session(*database, Actor{QStringLiteral("tester")}, clock);
    CaseRepository cases(session);
    QCOMPARE(cases.count(), 1);
    const auto stored = cases.findByDecision(UnitRepository(database->sql()).byCode(QStringLiteral("MSO"))->id,
                                             QStringLiteral("5/QĐ-CCTHADS"));
    QVERIFY(stored);
    QCOMPARE(stored->obligorName, QStringLiteral("Cầm Thị Lan"));
    QCOMPARE(cases.events(stored->id).size(), 1);
    QCOMPARE(TargetRepository(database->sql()).find(2021, 0)->cases, std::optional<Rates::Hundredths>(8250));
    QVERIFY(q.exec(QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'cases'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("clerk"));
    QVERIFY(!q.next());
    QCOMPARE(UnitRepository(database->sql()).all().size(), 13);

    // The registers link to the old case.
    Complaint c;
    c.unitId = stored->unitId;
    c.receivedDate = QDate(2021, 2, 1);
    c.petitioner = QStringLiteral("Quàng Văn Sơn");
    c.subject = QStringLiteral("Khiếu nại việc chậm thi hành án");
    c.caseId = stored->id;
    QVERIFY(ComplaintRepository(session).create(&c).ok());
    QVERIFY(!cases.remove(stored->id).ok());

    // Opening again changes nothing.
    q = QSqlQuery();
    database.reset();
    database = Database::open(path, Database::OpenMode::ExistingOnly, &error);
    QVERIFY2(database, qPrintable(error));
    QSqlQuery again(database->sql());
    QVERIFY(again.exec(QStringLiteral("SELECT COUNT(*) FROM complaints")) && again.next());
    QCOMPARE(again.value(0).toInt(), 1);
}

void TestRegisterMigration::migrationIsAllOrNothing()
{
    // A version-1 database that already has a table named like a new one
    // cannot take migration 2: it is refused and left at version 1, intact.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clash.db"));
    QString error;
    QVERIFY2(writeVersion1(path, &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clash"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE awards (x INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clash"));

    QVERIFY(!Database::open(path, Database::OpenMode::ExistingOnly, &error));
    QVERIFY2(error.contains(QStringLiteral("migration 2")), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'complaints'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestRegisterMigration)
#include "tst_registermigration.moc"
