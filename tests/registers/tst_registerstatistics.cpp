// The registers' summaries per unit and period, on small fixtures worked out
// by hand: which petitions a period counts (carried over, received, closed in
// time), the settled rate, receptions, coercion forces, awards by level and
// recipient kind, and the province as the sum of the units.
#include "AwardRepository.h"
#include "CoercionRepository.h"
#include "ComplaintRepository.h"
#include "ReceptionRepository.h"
#include "RegisterFixtures.h"
#include "RegisterStatistics.h"
#include "TestDatabase.h"

#include <QTest>

using namespace RegisterFixtures;

class TestRegisterStatistics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void complaintsYear();
    void complaintsSixMonths();
    void complaintsListMatchesSummary();
    void receptions();
    void coercions();
    void awards();
    void everyUnitHasARow();
    void grid();

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_tpsl = 0;
    qint64 m_mso = 0;
    qint64 m_cuc = 0;
    qint64 m_complaintD = 0;
};

void TestRegisterStatistics::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    const Session &s = m_db->session();
    m_tpsl = m_db->unitId(QStringLiteral("TPSL"));
    m_mso = m_db->unitId(QStringLiteral("MSO"));
    m_cuc = m_db->unitId(QStringLiteral("CUC"));

    // Complaints of Thành phố Sơn La, against the year 2021 (01/10/2020 – 30/09/2021):
    using R = ComplaintResult;
    const Competence in = Competence::Within, out = Competence::Outside;
    QList<Complaint> list{
        complaint(m_tpsl, QDate(2020, 8, 1), in, R::Rejected, QDate(2020, 9, 15)), // a: closed before: not counted
        complaint(m_tpsl, QDate(2020, 9, 10), in, R::InProgress),                  // b: carried over, open
        complaint(m_tpsl, QDate(2020, 9, 20), in, R::Upheld, QDate(2020, 11, 5)),  // c: carried over, settled
        complaint(m_tpsl, QDate(2021, 1, 10), in, R::PartlyUpheld, QDate(2021, 2, 1)), // d: received, settled, crowd
        complaint(m_tpsl, QDate(2021, 3, 1), in, R::Withdrawn, QDate(2021, 3, 20)),  // e: received, withdrawn, repeated
        complaint(m_tpsl, QDate(2021, 5, 5), out, R::Rejected, QDate(2021, 5, 30)),  // f: outside, denunciation, beyond
        complaint(m_tpsl, QDate(2021, 9, 1), in, R::Rejected, QDate(2021, 10, 15)),  // g: settled after the year
        complaint(m_tpsl, QDate(2021, 10, 2), in, R::InProgress),                   // h: next year
        complaint(m_mso, QDate(2021, 4, 1), out, R::InProgress),                    // Mai Sơn: outside only
    };
    list[3].crowd = true;
    list[4].repeated = true;
    list[5].kind = ComplaintKind::Denunciation;
    list[5].beyondLevel = true;
    QVERIFY(ComplaintRepository(s).createMany(&list).ok());
    m_complaintD = list.at(3).id;

    QList<Reception> receptions{
        reception(m_tpsl, QDate(2021, 1, 10), ReceiverRole::Leader, 3, m_complaintD),
        reception(m_tpsl, QDate(2021, 6, 1), ReceiverRole::Staff, 1),
        reception(m_tpsl, QDate(2020, 9, 30), ReceiverRole::Staff, 2), // the year before
        reception(m_mso, QDate(2021, 9, 30), ReceiverRole::Leader, 12),
    };
    QVERIFY(ReceptionRepository(s).createMany(&receptions).ok());

    const qint64 tpslCase = storeCase(s, m_tpsl, QStringLiteral("1/QĐ-CCTHADS"), QDate(2020, 6, 1));
    const qint64 msoCase = storeCase(s, m_mso, QStringLiteral("2/QĐ-CCTHADS"), QDate(2021, 1, 1));
    QVERIFY(tpslCase && msoCase);
    using M = CoercionMeasure;
    QList<Coercion> coercions{
        coercion(m_tpsl, tpslCase, QDate(2020, 12, 1), M::PropertySeizure, 10, 5, 2),
        coercion(m_tpsl, tpslCase, QDate(2021, 4, 1), M::IncomeDeduction, 0, 0, 0),
        coercion(m_tpsl, tpslCase, QDate(2021, 8, 1), M::HandOverLandHouse, 20, 4, 3, CoercionOutcome::Postponed),
        coercion(m_mso, msoCase, QDate(2021, 10, 1), M::PropertySeizure, 9, 9, 9), // the next year
    };
    QVERIFY(CoercionRepository(s).createMany(&coercions).ok());

    using L = AwardLevel;
    const RecipientKind col = RecipientKind::Collective, ind = RecipientKind::Individual;
    QList<Award> awards{
        award(m_tpsl, 2021, L::GiayKhenCuc, col, QStringLiteral("Chi cục THADS thành phố Sơn La")),
        award(m_tpsl, 2021, L::GiayKhenCuc, ind, QStringLiteral("Lò Văn Hùng")),
        award(m_tpsl, 2021, L::GiayKhenCuc, ind, QStringLiteral("Cầm Thị Lan")),
        award(m_tpsl, 2021, L::KncTuPhap, ind, QStringLiteral("Quàng Văn Sơn")),
        award(m_cuc, 2021, L::BangKhenChuTichTinh, col, QStringLiteral("Phòng Nghiệp vụ và Tổ chức thi hành án")),
        award(m_tpsl, 2020, L::KncTuPhap, ind, QStringLiteral("Tòng Văn Ba")), // another year
    };
    QVERIFY(AwardRepository(s).createMany(&awards).ok());
}

void TestRegisterStatistics::cleanupTestCase()
{
    m_db.reset();
}

void TestRegisterStatistics::complaintsYear()
{
    QString error;
    const auto summary = RegisterStatistics(m_db->session().sql()).complaints(StatisticalPeriod::year(2021), &error);
    QVERIFY2(summary, qPrintable(error));
    const ComplaintFigures tpsl = summary->row(QStringLiteral("TPSL"))->figures;
    QCOMPARE(tpsl.carriedOver, 2);      // b, c
    QCOMPARE(tpsl.received, 4);         // d, e, f, g
    QCOMPARE(tpsl.total(), 6);
    QCOMPARE(tpsl.withinCompetence, 5); // b, c, d, e, g
    QCOMPARE(tpsl.outsideCompetence(), 1);
    QCOMPARE(tpsl.settled, 2);          // c, d
    QCOMPARE(tpsl.withdrawn, 1);        // e
    QCOMPARE(tpsl.inProgress(), 2);     // b, and g at 30/09/2021
    QCOMPARE(tpsl.settledRate(), std::optional<Rates::Hundredths>(4000)); // 2 ÷ 5
    QCOMPARE(tpsl.complaints, 3);
    QCOMPARE(tpsl.denunciations, 1);
    QCOMPARE(tpsl.repeated, 1);
    QCOMPARE(tpsl.crowd, 1);
    QCOMPARE(tpsl.beyondLevel, 1);

    const ComplaintFigures mso = summary->row(QStringLiteral("MSO"))->figures;
    QCOMPARE(mso.received, 1);
    QCOMPARE(mso.withinCompetence, 0);
    QCOMPARE(mso.settledRate(), std::nullopt); // nothing within competence: no rate

    const ComplaintFigures province = summary->province.figures;
    QCOMPARE(province.total(), 7);
    QCOMPARE(province.withinCompetence, 5);
    QCOMPARE(province.settled, 2);
    QCOMPARE(province.settledRate(), std::optional<Rates::Hundredths>(4000));
    QCOMPARE(summary->row(QStringLiteral("CUC"))->figures, ComplaintFigures{});
}

void TestRegisterStatistics::complaintsSixMonths()
{
    QString error;
    const auto summary =
        RegisterStatistics(m_db->session().sql()).complaints(StatisticalPeriod::months(2021, 6), &error);
    QVERIFY2(summary, qPrintable(error));
    const ComplaintFigures tpsl = summary->row(QStringLiteral("TPSL"))->figures;
    QCOMPARE(tpsl.carriedOver, 2);  // b, c
    QCOMPARE(tpsl.received, 2);     // d, e (f comes in May)
    QCOMPARE(tpsl.withinCompetence, 4);
    QCOMPARE(tpsl.settled, 2);      // c, d
    QCOMPARE(tpsl.withdrawn, 1);    // e
    QCOMPARE(tpsl.inProgress(), 1); // b
    QCOMPARE(tpsl.settledRate(), std::optional<Rates::Hundredths>(5000));
    QCOMPARE(summary->row(QStringLiteral("MSO"))->figures.total(), 0);

    // Up to 20/10/2021, in the next year: g, settled on 15 October, is carried
    // over and settled in the period; h is received; b is still open.
    const auto asOf = RegisterStatistics(m_db->session().sql())
                          .complaints(StatisticalPeriod::asOf(QDate(2021, 10, 20)), &error);
    QVERIFY2(asOf, qPrintable(error));
    const ComplaintFigures next = asOf->row(QStringLiteral("TPSL"))->figures;
    QCOMPARE(next.carriedOver, 2); // b (still open), g
    QCOMPARE(next.received, 1);    // h
    QCOMPARE(next.settled, 1);     // g
    QCOMPARE(next.inProgress(), 2); // b, h
}

void TestRegisterStatistics::complaintsListMatchesSummary()
{
    RegisterFilter filter;
    filter.unitId = m_tpsl;
    filter.period = StatisticalPeriod::year(2021);
    QCOMPARE(ComplaintRepository(m_db->session()).count(filter), 6);
    filter.period = StatisticalPeriod::months(2021, 6);
    QCOMPARE(ComplaintRepository(m_db->session()).count(filter), 4);
}

void TestRegisterStatistics::receptions()
{
    QString error;
    const auto summary = RegisterStatistics(m_db->session().sql()).receptions(StatisticalPeriod::year(2021), &error);
    QVERIFY2(summary, qPrintable(error));
    const ReceptionFigures tpsl = summary->row(QStringLiteral("TPSL"))->figures;
    QCOMPARE(tpsl.sessions, 2);
    QCOMPARE(tpsl.people, 4);
    QCOMPARE(tpsl.byLeader, 1);
    QCOMPARE(tpsl.withComplaint, 1);
    const ReceptionFigures province = summary->province.figures;
    QCOMPARE(province.sessions, 3);
    QCOMPARE(province.people, 16);
    QCOMPARE(province.byLeader, 2);
    QCOMPARE(province.withComplaint, 1);
}

void TestRegisterStatistics::coercions()
{
    QString error;
    const auto summary = RegisterStatistics(m_db->session().sql()).coercions(StatisticalPeriod::year(2021), &error);
    QVERIFY2(summary, qPrintable(error));
    const CoercionFigures tpsl = summary->row(QStringLiteral("TPSL"))->figures;
    QCOMPARE(tpsl.operations, 3);
    QCOMPARE(tpsl.withForces, 2);
    QCOMPARE(tpsl.successful, 2);
    QCOMPARE(tpsl.police, 30);
    QCOMPARE(tpsl.commune, 9);
    QCOMPARE(tpsl.otherForces, 5);
    QCOMPARE(tpsl.forces(), 44);
    QCOMPARE(summary->row(QStringLiteral("MSO"))->figures.operations, 0);
    QCOMPARE(summary->province.figures, tpsl);

    const auto next = RegisterStatistics(m_db->session().sql()).coercions(StatisticalPeriod::year(2022), &error);
    QCOMPARE(next->row(QStringLiteral("MSO"))->figures.forces(), 27);
}

void TestRegisterStatistics::awards()
{
    QString error;
    const auto summary = RegisterStatistics(m_db->session().sql()).awards(StatisticalPeriod::year(2021), &error);
    QVERIFY2(summary, qPrintable(error));
    using L = AwardLevel;
    const RecipientKind col = RecipientKind::Collective, ind = RecipientKind::Individual;
    const AwardFigures tpsl = summary->row(QStringLiteral("TPSL"))->figures;
    QCOMPARE(tpsl.count(L::GiayKhenCuc, col), 1);
    QCOMPARE(tpsl.count(L::GiayKhenCuc, ind), 2);
    QCOMPARE(tpsl.count(L::KncTuPhap, ind), 1);
    QCOMPARE(tpsl.count(L::BangKhenChuTichTinh, col), 0);
    const AwardFigures province = summary->province.figures;
    QCOMPARE(province.count(L::BangKhenChuTichTinh, col), 1);
    QCOMPARE(province.total(col), 2);
    QCOMPARE(province.total(ind), 3);
    QCOMPARE(province.total(), 5);
    // Any period of the year shows the year's awards.
    const auto nineMonths = RegisterStatistics(m_db->session().sql()).awards(StatisticalPeriod::months(2021, 9), &error);
    QCOMPARE(nineMonths->province.figures, province);
    const auto before = RegisterStatistics(m_db->session().sql()).awards(StatisticalPeriod::year(2020), &error);
    QCOMPARE(before->province.figures.total(), 1);
}

void TestRegisterStatistics::everyUnitHasARow()
{
    QString error;
    const auto summary = RegisterStatistics(m_db->session().sql()).receptions(StatisticalPeriod::year(2021), &error);
    QCOMPARE(summary->units.size(), 13);
    QCOMPARE(summary->units.first().unit.code, QStringLiteral("CUC"));
    QCOMPARE(summary->rows().last().unit.code, QStringLiteral("PROVINCE"));
    QVERIFY(summary->rows().last().isProvince());
    QCOMPARE(RegisterStatistics(m_db->session().sql()).years(), (QList<int>{2022, 2021, 2020}));
}

void TestRegisterStatistics::grid()
{
    QString error;
    const auto grid =
        RegisterStatistics(m_db->session().sql()).grid(RegisterKind::Complaints, StatisticalPeriod::year(2021), &error);
    QVERIFY2(grid, qPrintable(error));
    QCOMPARE(grid->rows.size(), 14);
    int rate = -1;
    for (int i = 0; i < grid->columns.size(); ++i) {
        if (grid->columns.at(i).key == QLatin1String("settled_rate"))
            rate = i;
    }
    QVERIFY(rate >= 0 && grid->columns.at(rate).isRate);
    QCOMPARE(grid->row(QStringLiteral("TPSL"))->values.at(rate), std::optional<qint64>(4000));
    QCOMPARE(grid->row(QStringLiteral("MSO"))->values.at(rate), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRegisterStatistics)
#include "tst_registerstatistics.moc"
