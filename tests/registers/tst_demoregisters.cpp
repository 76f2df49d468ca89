// The demo database's registers: plausible entries in every register for
// every year, coercion operations on real open cases of their own unit, the
// 2021 awards the review conference reported, the 2021 case figures exactly
// as before, and the same registers on every build.
#include "DemoBuilder.h"
#include "RegisterStatistics.h"
#include "StatisticsEngine.h"
#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class TestDemoRegisters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void awards2021MatchTheConference();
    void everyRegisterEveryYear();
    void coercionsOnOpenCasesOfTheirUnit();
    void complaintsLinkCasesOfTheirUnit();
    void caseFiguresUnchanged();
    void sameOnEveryBuild();

private:
    static QByteArray digest(QSqlDatabase db);

    std::unique_ptr<TestDatabase> m_db;
};

QByteArray TestDemoRegisters::digest(QSqlDatabase db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    const char *queries[] = {
        "SELECT unit_id, received_date, kind, petitioner, subject, case_id, competence, result, settled_date, "
        "repeated, crowd, beyond_level, note FROM complaints ORDER BY id",
        "SELECT unit_id, reception_date, receiver_role, receiver_name, people, subject, complaint_id FROM receptions "
        "ORDER BY id",
        "SELECT unit_id, case_id, operation_date, measure, police, commune, other_forces, outcome, note FROM coercions "
        "ORDER BY id",
        "SELECT unit_id, year, level, recipient_kind, recipient_name, decision_no, decision_date FROM awards ORDER BY id",
    };
    for (const char *sql : queries) {
        if (!q.exec(QString::fromLatin1(sql)))
            return {};
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '|');
        }
    }
    return hash.result().toHex();
}

void TestDemoRegisters::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    DemoBuilder builder(m_db->session());
    QString error;
    QVERIFY2(builder.build(&error), qPrintable(error));
    QVERIFY(builder.registerEntryCount() > 500);
}

void TestDemoRegisters::cleanupTestCase()
{
    m_db.reset();
}

void TestDemoRegisters::awards2021MatchTheConference()
{
    QString error;
    const auto summary = RegisterStatistics(m_db->session().sql()).awards(StatisticalPeriod::year(2021), &error);
    QVERIFY2(summary, qPrintable(error));
    const AwardFigures &f = summary->province.figures;
    using L = AwardLevel;
    const RecipientKind col = RecipientKind::Collective, ind = RecipientKind::Individual;
    // Kỷ niệm chương "Vì sự nghiệp Tư pháp": 5 individuals.
    QCOMPARE(f.count(L::KncTuPhap, ind), 5);
    QCOMPARE(f.count(L::KncTuPhap, col), 0);
    // Bằng khen of the provincial chairman: 1 collective and 1 individual.
    QCOMPARE(f.count(L::BangKhenChuTichTinh, col), 1);
    QCOMPARE(f.count(L::BangKhenChuTichTinh, ind), 1);
    // Giấy khen of the department: 8 collectives and 18 individuals.
    QCOMPARE(f.count(L::GiayKhenCuc, col), 8);
    QCOMPARE(f.count(L::GiayKhenCuc, ind), 18);
    // And nothing else that year.
    QCOMPARE(f.total(), 5 + 2 + 26);
}

void TestDemoRegisters::everyRegisterEveryYear()
{
    const RegisterStatistics statistics(m_db->session().sql());
    QString error;
    for (int year = 2019; year <= 2022; ++year) {
        const StatisticalPeriod period = StatisticalPeriod::year(year);
        const auto complaints = statistics.complaints(period, &error);
        const auto receptions = statistics.receptions(period, &error);
        const auto coercions = statistics.coercions(period, &error);
        const auto awards = statistics.awards(period, &error);
        QVERIFY2(complaints && receptions && coercions && awards, qPrintable(error));
        for (const auto &row : complaints->units) {
            QVERIFY2(row.figures.received > 0, qPrintable(row.unit.code));
            QVERIFY(row.figures.withinCompetence >= row.figures.settled + row.figures.withdrawn);
        }
        for (const auto &row : receptions->units)
            QVERIFY2(row.figures.sessions > 0, qPrintable(row.unit.code));
        const ComplaintFigures &c = complaints->province.figures;
        QVERIFY(c.settled > 0 && c.withdrawn > 0 && c.outsideCompetence() > 0 && c.denunciations > 0);
        QVERIFY(c.settledRate() && *c.settledRate() > 5000 && *c.settledRate() < 10000);
        QVERIFY(receptions->province.figures.byLeader > 0 && receptions->province.figures.withComplaint > 0);
        const CoercionFigures &k = coercions->province.figures;
        QVERIFY(k.operations >= 13);
        QVERIFY(k.withForces > 0 && k.withForces < k.operations); // deductions mobilise nobody
        QVERIFY(k.successful > 0 && k.police > 0 && k.commune > 0);
        QVERIFY(awards->province.figures.total(RecipientKind::Collective) > 0);
        QVERIFY(awards->province.figures.total(RecipientKind::Individual) > 0);
    }
}

void TestDemoRegisters::coercionsOnOpenCasesOfTheirUnit()
{
    QSqlQuery q(m_db->session().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(c.id IS NOT NULL AND c.unit_id = k.unit_id "
                                  "AND c.decision_date < k.operation_date "
                                  "AND (c.closed_date IS NULL OR c.closed_date >= k.operation_date)) "
                                  "FROM coercions k LEFT JOIN cases c ON c.id = k.case_id")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 50);
    QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
}

void TestDemoRegisters::complaintsLinkCasesOfTheirUnit()
{
    QSqlQuery q(m_db->session().sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(c.unit_id = k.unit_id AND c.decision_date <= k.received_date "
                                  "AND k.petitioner IN (c.obligor_name, c.obligee_name)) "
                                  "FROM complaints k JOIN cases c ON c.id = k.case_id")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 50);
    QCOMPARE(q.value(1).toInt(), q.value(0).toInt());
}

void TestDemoRegisters::caseFiguresUnchanged()
{
    QString error;
    const auto table = StatisticsEngine(m_db->session().sql()).compute(StatisticalPeriod::year(2021), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->province.figures.cases(StatColumn::Resolved), 4963);
    QCOMPARE(table->province.figures.cases(StatColumn::WithConditions), 5810);
    QCOMPARE(table->province.caseRate(), std::optional<Rates::Hundredths>(8542));
    QCOMPARE(table->province.moneyRate(), std::optional<Rates::Hundredths>(5668));
}

void TestDemoRegisters::sameOnEveryBuild()
{
    // The demo thads-cli demo built for this test run in another process (run by hand: built again here).
    const auto other = TestDatabase::demo();
    QVERIFY2(other->isValid(), qPrintable(other->error()));
    const QByteArray first = digest(m_db->session().sql());
    QVERIFY(!first.isEmpty());
    QCOMPARE(digest(other->session().sql()), first);
}

QTEST_GUILESS_MAIN(TestDemoRegisters)
#include "tst_demoregisters.moc"
