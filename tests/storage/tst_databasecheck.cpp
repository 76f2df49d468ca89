// thads-cli check's engine: a healthy file has no problems; a damaged page, a
// broken reference and a case whose cached state disagrees with its event log
// are each named in one line; checking never changes the file.

#include "CaseFixtures.h"
#include "CaseRepository.h"
#include "DatabaseCheck.h"
#include "DatabaseDump.h"
#include "Language.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
using namespace CaseFixtures;

// Runs statements on a plain connection, as the sqlite3 shell would (foreign keys off).
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QStringList messages(const QList<DatabaseCheck::Problem> &problems, const QString &check = {})
{
    QStringList out;
    for (const DatabaseCheck::Problem &p : problems) {
        if (check.isEmpty() || p.check == check)
            out << p.message;
    }
    return out;
}

// A check added by someone else later: the list runs it like the standard ones.
class NoNotesCheck : public HealthCheck
{
public:
    QString key() const override { return QStringLiteral("no_notes"); }
    QString name() const override { return QStringLiteral("no notes"); }
    QStringList run(QSqlDatabase db) const override
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM case_events WHERE note <> ''"));
        return q.next() && q.value(0).toInt() > 0 ? QStringList{QStringLiteral("events have notes")} : QStringList();
    }
};
} // namespace

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aHealthyDatabaseHasNoProblems();
    void findsADamagedPage();
    void findsACaseWhoseCacheWasChanged_data();
    void findsACaseWhoseCacheWasChanged();
    void findsABrokenReference();
    void refusesWhatIsNotADatabase();
    void moreChecksCanBeAdded();

private:
    QString freshCopy(const QString &name);
    QTemporaryDir m_dir;
    QString m_path;
    QHash<QString, qint64> m_caseIds;
};

void TestDatabaseCheck::initTestCase()
{
    Language::install(Language::English);
    m_path = m_dir.filePath(QStringLiteral("source.db"));
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0)));
    QString error;
    auto database = Database::open(m_path, Database::OpenMode::CreateNew, &error);
    QVERIFY2(database, qPrintable(error));
    const Session session(*database, Actor{QStringLiteral("tester")}, clock);
    CaseRepository repository(session);
    QSqlQuery unit(database->sql());
    QVERIFY(unit.exec(QStringLiteral("SELECT id FROM units WHERE code = 'MCH'")) && unit.next());
    const qint64 mch = unit.value(0).toLongLong();
    // Open, partly paid, completed, on hold, and one whose payment was voided.
    EnforcementCase open = makeCase(mch, QStringLiteral("10/QĐ-CCTHADS"), QDate(2021, 2, 1), 3000000);
    EnforcementCase paid = makeCase(mch, QStringLiteral("11/QĐ-CCTHADS"), QDate(2021, 2, 2), 2000000);
    EnforcementCase held = makeCase(mch, QStringLiteral("12/QĐ-CCTHADS"), QDate(2021, 2, 3), 1000000);
    EnforcementCase voided = makeCase(mch, QStringLiteral("13/QĐ-CCTHADS"), QDate(2021, 2, 4), 1000000);
    for (EnforcementCase *c : {&open, &paid, &held, &voided}) {
        QVERIFY(repository.create(c).ok());
        m_caseIds.insert(c->decisionNo, c->id);
    }
    for (CaseEvent e : {CaseFixtures::event(EventType::Payment, QDate(2021, 3, 1), 2000000), CaseFixtures::event(EventType::Completed, QDate(2021, 3, 2))})
        QVERIFY(repository.addEvent(paid.id, &e).ok());
    CaseEvent hold = CaseFixtures::event(EventType::Postponed, QDate(2021, 3, 1), 0, QStringLiteral("đương sự ốm"));
    QVERIFY(repository.addEvent(held.id, &hold).ok());
    CaseEvent payment = CaseFixtures::event(EventType::Payment, QDate(2021, 3, 1), 500000);
    QVERIFY(repository.addEvent(voided.id, &payment).ok());
    QVERIFY(repository.correct(voided.id, payment.id, QDate(2021, 3, 5), QStringLiteral("nhầm")).ok());
}

QString TestDatabaseCheck::freshCopy(const QString &name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    return QFile::copy(m_path, copy) ? copy : QString();
}

void TestDatabaseCheck::aHealthyDatabaseHasNoProblems()
{
    const QString copy = freshCopy(QStringLiteral("healthy.db"));
    QVERIFY(!copy.isEmpty());
    const QByteArray before = DatabaseDump::sha256(copy);
    const DatabaseCheck check;
    QCOMPARE(check.keys(), (QStringList{QStringLiteral("integrity"), QStringLiteral("foreign_keys"),
                                        QStringLiteral("case_cache"), QStringLiteral("locked_figures")}));
    QList<DatabaseCheck::Problem> problems;
    QString error;
    QVERIFY2(check.run(copy, &problems, &error), qPrintable(error));
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join(QLatin1Char('\n'))));
    QCOMPARE(DatabaseDump::sha256(copy), before); // checking wrote nothing
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-wal")));
}

void TestDatabaseCheck::findsADamagedPage()
{
    const QString copy = freshCopy(QStringLiteral("damaged.db"));
    qint64 root = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("root"));
        db.setDatabaseName(copy);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'cases_state'")) && q.next());
        root = q.value(0).toLongLong();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("root"));
    // The header of the b-tree page of an index: a page type SQLite does not know.
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((root - 1) * 4096));
    file.write(QByteArray::fromHex("0dffffffffffffff"));
    file.close();

    QList<DatabaseCheck::Problem> problems;
    QString error;
    QVERIFY2(DatabaseCheck().run(copy, &problems, &error), qPrintable(error));
    const QStringList integrity = messages(problems, QStringLiteral("integrity"));
    QVERIFY2(!integrity.isEmpty(), qPrintable(messages(problems).join(QLatin1Char('\n'))));
    QVERIFY2(integrity.first().startsWith(QStringLiteral("The file is damaged: ")), qPrintable(integrity.first()));
    QVERIFY2(integrity.first().contains(QString::number(root)), qPrintable(integrity.first())); // names the page
    for (const QString &line : messages(problems))
        QVERIFY(!line.contains(QLatin1Char('\n')));
}

void TestDatabaseCheck::findsACaseWhoseCacheWasChanged_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("expected");
    QTest::newRow("state") << "10/QĐ-CCTHADS" << "state = 'completed'" << "state Completed (log: In progress)";
    QTest::newRow("collected") << "11/QĐ-CCTHADS" << "amount_paid = 1500000"
                               << "collected 1,500,000 VND (log: 2,000,000 VND)";
    QTest::newRow("still due") << "13/QĐ-CCTHADS" << "amount_remaining = 500000"
                               << "still due 500,000 VND (log: 1,000,000 VND)";
    QTest::newRow("closed date") << "11/QĐ-CCTHADS" << "closed_date = '2021-03-09'"
                                 << "closed on 09/03/2021 (log: 02/03/2021)";
    QTest::newRow("reopened") << "11/QĐ-CCTHADS" << "closed_date = NULL" << "closed on — (log: 02/03/2021)";
    QTest::newRow("hold lifted") << "12/QĐ-CCTHADS" << "state = 'in_progress'" << "state In progress (log: Postponed)";
}

void TestDatabaseCheck::findsACaseWhoseCacheWasChanged()
{
    QFETCH(QString, decision);
    QFETCH(QString, update);
    QFETCH(QString, expected);
    const QString copy = freshCopy(QStringLiteral("tampered.db"));
    tamper(copy, {QStringLiteral("UPDATE cases SET %1 WHERE id = %2").arg(update).arg(m_caseIds.value(decision))});
    QList<DatabaseCheck::Problem> problems;
    QString error;
    QVERIFY2(DatabaseCheck().run(copy, &problems, &error), qPrintable(error));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().check, QStringLiteral("case_cache"));
    const QString line = problems.first().message;
    QVERIFY2(line.startsWith(QStringLiteral("Case %1 of Moc Chau: the case list shows ").arg(decision)), qPrintable(line));
    QVERIFY2(QString(line).replace(QChar(0xA0), QLatin1Char(' ')).contains(expected), qPrintable(line)); // money: 1,500,000 VND
}

void TestDatabaseCheck::findsABrokenReference()
{
    const QString copy = freshCopy(QStringLiteral("orphan.db"));
    tamper(copy, {QStringLiteral("INSERT INTO case_events (id, case_id, event_date, type, recorded_at, recorded_by) "
                                 "VALUES (900, 9999, '2021-05-01', 'payment', '2021-05-01T00:00:00Z', 'sqlite3')")});
    QList<DatabaseCheck::Problem> problems;
    QString error;
    QVERIFY2(DatabaseCheck().run(copy, &problems, &error), qPrintable(error));
    QCOMPARE(messages(problems, QStringLiteral("foreign_keys")),
             QStringList{QStringLiteral("Row 900 of the table case_events refers to a row of cases that does not exist.")});
}

void TestDatabaseCheck::refusesWhatIsNotADatabase()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database");
    file.close();
    QList<DatabaseCheck::Problem> problems;
    QString error;
    QVERIFY(!DatabaseCheck().run(text, &problems, &error));
    QVERIFY2(error.contains(QStringLiteral("not an SQLite file")), qPrintable(error));
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    QVERIFY(!DatabaseCheck().run(missing, &problems, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing)); // not created by looking
}

void TestDatabaseCheck::moreChecksCanBeAdded()
{
    DatabaseCheck check;
    check.add(std::make_unique<NoNotesCheck>());
    QCOMPARE(check.keys().last(), QStringLiteral("no_notes"));
    QList<DatabaseCheck::Problem> problems;
    QString error;
    QVERIFY(check.run(freshCopy(QStringLiteral("notes.db")), &problems, &error));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().check, QStringLiteral("no_notes"));
}

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
