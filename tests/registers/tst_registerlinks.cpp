// Links from the registers to cases: they survive edits of the case, a case
// with linked entries is not deleted (with a message naming it and the links,
// and the schema refuses too), nor moved to another unit.
#include "CaseRepository.h"
#include "CoercionRepository.h"
#include "ComplaintRepository.h"
#include "RegisterFixtures.h"
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace RegisterFixtures;

class TestRegisterLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void linksSurviveCaseEdits();
    void linkedCaseIsNotDeleted();
    void linkedCaseStaysInItsUnit();

private:
    void link();

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_unit = 0;
    qint64 m_caseId = 0;
    Complaint m_complaint;
    Coercion m_coercion;
};

void TestRegisterLinks::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_unit = m_db->unitId(QStringLiteral("MSO"));
    m_caseId = storeCase(m_db->session(), m_unit, QStringLiteral("88/QĐ-CCTHADS"), QDate(2021, 1, 10));
    QVERIFY(m_caseId > 0);
    link();
}

void TestRegisterLinks::cleanup()
{
    m_db.reset();
}

void TestRegisterLinks::link()
{
    const Session &s = m_db->session();
    m_complaint = complaint(m_unit, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    m_complaint.caseId = m_caseId;
    QVERIFY(ComplaintRepository(s).create(&m_complaint).ok());
    m_coercion = coercion(m_unit, m_caseId, QDate(2021, 4, 1), CoercionMeasure::PropertySeizure, 8, 3, 1);
    QVERIFY(CoercionRepository(s).create(&m_coercion).ok());
}

void TestRegisterLinks::linksSurviveCaseEdits()
{
    const Session &s = m_db->session();
    CaseRepository cases(s);
    EnforcementCase c = *cases.find(m_caseId);
    c.decisionNo = QStringLiteral("88A/QĐ-CCTHADS");
    c.obligorName = QStringLiteral("Tòng Văn Bình");
    QVERIFY(cases.update(c).ok());

    QCOMPARE(ComplaintRepository(s).find(m_complaint.id)->caseId, m_caseId);
    QCOMPARE(CoercionRepository(s).find(m_coercion.id)->caseId, m_caseId);
    // The lists show the case by its current decision number.
    RegisterFilter filter;
    QCOMPARE(ComplaintRepository(s).page(filter, std::nullopt, 10).value(0).caseDecisionNo,
             QStringLiteral("88A/QĐ-CCTHADS"));
    QCOMPARE(CoercionRepository(s).page(filter, std::nullopt, 10).value(0).caseDecisionNo,
             QStringLiteral("88A/QĐ-CCTHADS"));

    // Editing the complaint keeps its link; clearing it is a choice, audited.
    Complaint edited = m_complaint;
    edited.subject = QStringLiteral("Khiếu nại việc định giá tài sản");
    QVERIFY(ComplaintRepository(s).update(edited).ok());
    QCOMPARE(ComplaintRepository(s).find(m_complaint.id)->caseId, m_caseId);
}

void TestRegisterLinks::linkedCaseIsNotDeleted()
{
    const Session &s = m_db->session();
    CaseRepository cases(s);
    const WriteResult refused = cases.remove(m_caseId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.problems.value(0).field, QStringLiteral("case"));
    QVERIFY2(refused.message().contains(QStringLiteral("88/QĐ-CCTHADS")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("coercion operations: 2)")), qPrintable(refused.message()));
    QVERIFY(cases.find(m_caseId));

    // Whoever writes, the foreign keys refuse as well.
    QSqlQuery raw(s.sql());
    raw.prepare(QStringLiteral("DELETE FROM cases WHERE id = ?"));
    raw.addBindValue(m_caseId);
    QVERIFY(!raw.exec());
    QVERIFY(cases.find(m_caseId));

    // Once the entries are gone (or relinked), the case can go.
    QVERIFY(CoercionRepository(s).remove(m_coercion.id).ok());
    QVERIFY(!cases.remove(m_caseId).ok());
    Complaint unlinked = m_complaint;
    unlinked.caseId = 0;
    QVERIFY(ComplaintRepository(s).update(unlinked).ok());
    QVERIFY(cases.remove(m_caseId).ok());
    QVERIFY(!cases.find(m_caseId));
}

void TestRegisterLinks::linkedCaseStaysInItsUnit()
{
    const Session &s = m_db->session();
    CaseRepository cases(s);
    EnforcementCase c = *cases.find(m_caseId);
    c.unitId = m_db->unitId(QStringLiteral("TPSL"));
    QVERIFY(!cases.update(c).ok());
    QCOMPARE(cases.find(m_caseId)->unitId, m_unit);
    QCOMPARE(CoercionRepository(s).find(m_coercion.id)->unitId, m_unit);
}

QTEST_GUILESS_MAIN(TestRegisterLinks)
#include "tst_registerlinks.moc"
