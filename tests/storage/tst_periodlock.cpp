// Closing the books (khóa sổ): a closed month refuses what would move its
// figures, by any path, until an administrator reopens it with a reason; the
// figures stored when it closed find a change made behind the lock's back.

#include "AuditTrail.h"
#include "CaseFixtures.h"
#include "CaseImporter.h"
#include "CaseRepository.h"
#include "DatabaseCheck.h"
#include "PeriodLockRepository.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using CaseFixtures::makeCase;

class tst_PeriodLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aClosedMonthRefusesWhatWouldMoveIt();
    void anImportNamesEachLineAClosedMonthRefuses();
    void onlyAnAdministratorClosesAndReopenIsAudited();
    void checkFindsFiguresMovedBehindTheLock();

private:
    QString provinceFigures(); // the year 2021's table, as the lock stores it
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_case = 0;
    qint64 m_payment = 0;
};

void tst_PeriodLock::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    CaseRepository cases(m_db->session());
    EnforcementCase c = makeCase(m_db->unitId(QStringLiteral("MSO")), QStringLiteral("1/QĐ-CCTHADS"), QDate(2021, 1, 10),
                                 5'000'000);
    QVERIFY(cases.create(&c).ok());
    m_case = c.id;
    CaseEvent able = CaseFixtures::event(EventType::VerifiedAble, QDate(2021, 1, 20));
    CaseEvent payment = CaseFixtures::event(EventType::Payment, QDate(2021, 2, 1), 1'000'000);
    QVERIFY(cases.addEvent(m_case, &able).ok());
    QVERIFY(cases.addEvent(m_case, &payment).ok());
    m_payment = payment.id;
    int closed = 0;
    const WriteResult locked = PeriodLockRepository(m_db->session()).closeUntil(QDate(2021, 9, 1), 0, &closed);
    QVERIFY2(locked.ok(), qPrintable(locked.message()));
    QCOMPARE(closed, 9); // 01/2021, the month of the first case, to 09/2021
}

QString tst_PeriodLock::provinceFigures()
{
    QString error;
    const auto table = StatisticsEngine(m_db->session().sql()).compute(StatisticalPeriod::year(2021), &error);
    return table ? PeriodLockRepository::figuresText(*table, 0) : error;
}

void tst_PeriodLock::aClosedMonthRefusesWhatWouldMoveIt()
{
    const QString before = provinceFigures();
    CaseRepository cases(m_db->session());
    CaseEvent late = CaseFixtures::event(EventType::Payment, QDate(2021, 9, 15), 500'000);
    const WriteResult refused = cases.addEvent(m_case, &late);
    QCOMPARE(refused.problems.size(), 1);
    QCOMPARE(refused.problems.first().field, QStringLiteral("date"));
    QVERIFY2(refused.message().contains(QStringLiteral("the books of 09/2021 are closed for the whole province")),
             qPrintable(refused.message()));
    // Voiding an event of a closed month is refused too, though the correction is dated later.
    QVERIFY(!cases.correct(m_case, m_payment, QDate(2021, 10, 5), QStringLiteral("nhầm")).ok());
    // A case accepted in a closed month: not created, its amount and date not changed, not deleted.
    EnforcementCase backdated = makeCase(m_db->unitId(QStringLiteral("MCH")), QStringLiteral("2/QĐ-CCTHADS"),
                                         QDate(2021, 5, 1), 1'000'000);
    QVERIFY(!cases.create(&backdated).ok());
    EnforcementCase edited = *cases.find(m_case);
    edited.amountDue = 6'000'000;
    QVERIFY(!cases.update(edited).ok());
    QVERIFY(!cases.createMany({CaseRecord{backdated, {}}}).ok());
    QVERIFY(!cases.createMany({}, {EventBatch{m_case, {late}}}).ok());
    QCOMPARE(provinceFigures(), before);
    // The next month is open: the payment of 05/10/2021 is taken, and a text field still changes.
    CaseEvent october = CaseFixtures::event(EventType::Payment, QDate(2021, 10, 5), 500'000);
    QVERIFY(cases.addEvent(m_case, &october).ok());
    edited = *cases.find(m_case);
    edited.obligorAddress = QStringLiteral("Bản Hìn, xã Cò Nòi");
    QVERIFY(cases.update(edited).ok());
}

void tst_PeriodLock::anImportNamesEachLineAClosedMonthRefuses()
{
    const QString header = QStringLiteral("unit,decision_no,decision_date,mode,kind,judgment_no,judgment_date,court,"
                                          "obligor,obligee,executor,amount_due,obligation\n");
    const QString casesCsv = m_db->folder() + QStringLiteral("/cases.csv");
    const QString eventsCsv = m_db->folder() + QStringLiteral("/events.csv");
    const auto write = [](const QString &path, const QString &text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    write(casesCsv, header
              + QStringLiteral("MSO,3/QĐ-CCTHADS,2021-05-04,theo_don,dan_su,1/2021/DS-ST,2021-04-01,TAND Mai Sơn,"
                               "Lò Văn A,Cầm Thị B,Quàng Văn Sơn,1000000,\n"
                               "MSO,4/QĐ-CCTHADS,2021-10-04,theo_don,dan_su,2/2021/DS-ST,2021-09-01,TAND Mai Sơn,"
                               "Lò Văn C,Cầm Thị D,Quàng Văn Sơn,1000000,\n"));
    write(eventsCsv, QStringLiteral("unit,decision_no,date,event,amount,note\n"
                                    "MSO,1/QĐ-CCTHADS,2021-09-15,payment,500000,\n"
                                    "MSO,4/QĐ-CCTHADS,2021-10-10,verified_able,,\n"));
    CaseImporter importer(m_db->session());
    QVERIFY(!importer.check(casesCsv, eventsCsv));
    QStringList where;
    for (const CaseImporter::Problem &p : importer.problems()) {
        where << QStringLiteral("%1:%2:%3").arg(p.file).arg(p.line).arg(p.field);
        QVERIFY2(p.message.contains(QStringLiteral("are closed for the whole province")), qPrintable(p.message));
    }
    // The case accepted in 05/2021 and the payment of 09/2021; the October case and its event are fine.
    QCOMPARE(where, QStringList({QStringLiteral("cases.csv:2:decision_date"), QStringLiteral("events.csv:2:date")}));
}

void tst_PeriodLock::onlyAnAdministratorClosesAndReopenIsAudited()
{
    const Session clerk(m_db->database(), Actor{QStringLiteral("canbo.mso"), Role::Clerk, 2, m_db->unitId(QStringLiteral("MSO"))});
    QVERIFY(!PeriodLockRepository(clerk).closeUntil(QDate(2021, 10, 1), 0).ok());
    QVERIFY(!PeriodLockRepository(clerk).reopen(QDate(2021, 9, 1), 0, QStringLiteral("sửa số liệu")).ok());
    PeriodLockRepository locks(m_db->session());
    QCOMPARE(locks.reopen(QDate(2021, 9, 1), 0, QStringLiteral("  ")).problems.first().field, QStringLiteral("reason"));
    QVERIFY(locks.reopen(QDate(2021, 9, 1), 0, QStringLiteral("Quyết định 12/QĐ: nhập bổ sung")).ok());
    QString error;
    AuditFilter filter;
    filter.entity = QStringLiteral("period_locks");
    const auto rows = AuditTrail(m_db->session().sql()).page(filter, 0, 1, &error);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().action, QStringLiteral("delete"));
    QVERIFY2(rows.first().newValues.contains(QStringLiteral("Quyết định 12/QĐ: nhập bổ sung")),
             qPrintable(rows.first().newValues));
    CaseEvent late = CaseFixtures::event(EventType::Payment, QDate(2021, 9, 15), 500'000);
    QVERIFY(CaseRepository(m_db->session()).addEvent(m_case, &late).ok()); // 09/2021 is open again
    CaseEvent august = CaseFixtures::event(EventType::Payment, QDate(2021, 8, 15), 500'000);
    QVERIFY(!CaseRepository(m_db->session()).addEvent(m_case, &august).ok()); // 08/2021 is not
}

void tst_PeriodLock::checkFindsFiguresMovedBehindTheLock()
{
    QVERIFY(DatabaseCheck().run(m_db->session().sql()).isEmpty());
    QSqlQuery q(m_db->session().sql());
    QVERIFY(q.exec(QStringLiteral("UPDATE case_events SET amount = 2000000 WHERE id = %1").arg(m_payment)));
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET amount_paid = 2000000, amount_remaining = 3000000")));
    const auto problems = DatabaseCheck().run(m_db->session().sql());
    QStringList moved;
    for (const DatabaseCheck::Problem &p : problems) {
        if (p.check == QLatin1String("locked_figures"))
            moved << p.message;
    }
    QCOMPARE(moved.size(), 8); // the periods ending in 02/2021 … 09/2021 hold the payment
}

QTEST_GUILESS_MAIN(tst_PeriodLock)
#include "tst_periodlock.moc"
