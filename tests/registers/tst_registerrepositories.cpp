// The register repositories: a valid entry is stored with an audit row; bad
// input is refused with the field and the rule named and nothing stored;
// updates and deletions are audited; search ignores diacritics; filters and
// pages work in SQL.
#include "AwardRepository.h"
#include "CoercionRepository.h"
#include "ComplaintRepository.h"
#include "ReceptionRepository.h"
#include "RegisterFixtures.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace RegisterFixtures;

class TestRegisterRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndAudits();
    void refusesBadFields();
    void refusesWhatTheDatabaseKnows();
    void manyIsAllOrNothing();
    void updateIsAudited();
    void removeComplaintWithReception();
    void searchIgnoresDiacritics_data();
    void searchIgnoresDiacritics();
    void filtersAndPages();

private:
    std::unique_ptr<TestDatabase> m_db;
    qint64 m_tpsl = 0;
    qint64 m_mso = 0;
};

void TestRegisterRepositories::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
    m_tpsl = m_db->unitId(QStringLiteral("TPSL"));
    m_mso = m_db->unitId(QStringLiteral("MSO"));
    QVERIFY(m_tpsl > 0 && m_mso > 0);
}

void TestRegisterRepositories::cleanup()
{
    m_db.reset();
}

void TestRegisterRepositories::createsAndAudits()
{
    const Session &s = m_db->session();
    const qint64 caseId = storeCase(s, m_tpsl, QStringLiteral("15/QĐ-CCTHADS"), QDate(2021, 1, 5));
    QVERIFY(caseId > 0);

    Complaint c = complaint(m_tpsl, QDate(2021, 3, 1), Competence::Within, ComplaintResult::Upheld, QDate(2021, 4, 2));
    c.caseId = caseId;
    c.crowd = true;
    QVERIFY2(ComplaintRepository(s).create(&c).ok(), "complaint");
    QVERIFY(c.id > 0);
    const auto storedComplaint = ComplaintRepository(s).find(c.id);
    QVERIFY(storedComplaint);
    QCOMPARE(storedComplaint->petitioner, c.petitioner);
    QCOMPARE(storedComplaint->settledDate, QDate(2021, 4, 2));
    QCOMPARE(storedComplaint->caseId, caseId);
    QVERIFY(storedComplaint->crowd && !storedComplaint->repeated);

    Reception r = reception(m_tpsl, QDate(2021, 3, 1), ReceiverRole::Leader, 3, c.id);
    QVERIFY(ReceptionRepository(s).create(&r).ok());
    QCOMPARE(ReceptionRepository(s).find(r.id)->complaintId, c.id);

    Coercion k = coercion(m_tpsl, caseId, QDate(2021, 5, 1), CoercionMeasure::HandOverLandHouse, 12, 4, 2);
    QVERIFY(CoercionRepository(s).create(&k).ok());
    QCOMPARE(CoercionRepository(s).find(k.id)->forces(), 18);

    Award a = award(m_tpsl, 2021, AwardLevel::GiayKhenCuc, RecipientKind::Individual, QStringLiteral("Lò Văn Hùng"));
    QVERIFY(AwardRepository(s).create(&a).ok());
    QCOMPARE(AwardRepository(s).find(a.id)->recipientName, QStringLiteral("Lò Văn Hùng"));

    for (const char *entity : {"complaints", "receptions", "coercions", "awards"})
        QCOMPARE(auditRows(s, QString::fromLatin1(entity)), 1);
    QSqlQuery q(s.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, action, new_values FROM audit_log WHERE entity = 'complaints'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("tester"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("insert"));
    const QJsonObject values = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    QCOMPARE(values.value(QStringLiteral("result")).toString(), QStringLiteral("upheld"));
    QCOMPARE(values.value(QStringLiteral("case_id")).toInteger(), caseId);
}

void TestRegisterRepositories::refusesBadFields()
{
    const Session &s = m_db->session();
    Complaint c = complaint(m_tpsl, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    c.petitioner.clear();
    WriteResult result = ComplaintRepository(s).create(&c);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().field, QStringLiteral("petitioner"));
    QCOMPARE(result.problems.first().message, QStringLiteral("Petitioner: required."));
    QCOMPARE(c.id, 0);

    Reception r = reception(m_tpsl, QDate(2021, 3, 1), ReceiverRole::Staff, 0);
    result = ReceptionRepository(s).create(&r);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("people"));

    Coercion k = coercion(m_tpsl, 0, QDate(2021, 3, 1), CoercionMeasure::PropertySeizure, 5, 0, 0);
    result = CoercionRepository(s).create(&k);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("case"));

    Award a = award(m_tpsl, 2021, AwardLevel::KncTuPhap, RecipientKind::Individual, QString());
    result = AwardRepository(s).create(&a);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("recipient_name"));

    for (const char *table : {"complaints", "receptions", "coercions", "awards"}) {
        QCOMPARE(rowCount(s, QString::fromLatin1(table)), 0);
        QCOMPARE(auditRows(s, QString::fromLatin1(table)), 0);
    }
}

void TestRegisterRepositories::refusesWhatTheDatabaseKnows()
{
    const Session &s = m_db->session();
    const qint64 msoCase = storeCase(s, m_mso, QStringLiteral("7/QĐ-CCTHADS"), QDate(2021, 2, 1));
    QVERIFY(msoCase > 0);

    Complaint c = complaint(999, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    WriteResult result = ComplaintRepository(s).create(&c);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("unit"));
    QCOMPARE(result.problems.value(0).message, QStringLiteral("Unit: no such unit."));

    c.unitId = m_tpsl;
    c.caseId = msoCase; // a case of Mai Sơn for a complaint about Thành phố
    result = ComplaintRepository(s).create(&c);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("case"));
    QCOMPARE(result.problems.value(0).message,
             QStringLiteral("Case (decision number): case 7/QĐ-CCTHADS belongs to another unit."));

    c.caseId = 424242;
    QCOMPARE(ComplaintRepository(s).create(&c).problems.value(0).message,
             QStringLiteral("Case (decision number): no such case."));

    Coercion k = coercion(m_mso, msoCase, QDate(2021, 1, 20), CoercionMeasure::PropertySeizure, 5, 2, 0);
    result = CoercionRepository(s).create(&k);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("date"));
    QCOMPARE(result.problems.value(0).message,
             QStringLiteral("Date: must not be before the acceptance of case 7/QĐ-CCTHADS (01/02/2021)."));

    Complaint msoComplaint = complaint(m_mso, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    QVERIFY(ComplaintRepository(s).create(&msoComplaint).ok());
    Reception r = reception(m_tpsl, QDate(2021, 3, 1), ReceiverRole::Staff, 1, msoComplaint.id);
    result = ReceptionRepository(s).create(&r);
    QCOMPARE(result.problems.value(0).field, QStringLiteral("complaint"));

    QCOMPARE(rowCount(s, QStringLiteral("complaints")), 1);
    QCOMPARE(rowCount(s, QStringLiteral("coercions")), 0);
    QCOMPARE(rowCount(s, QStringLiteral("receptions")), 0);

    // The schema refuses the same, whoever writes.
    QSqlQuery raw(s.sql());
    raw.prepare(QStringLiteral("INSERT INTO coercions (unit_id, case_id, operation_date, measure, outcome, "
                               "created_at, created_by, updated_at, updated_by) VALUES (?, ?, '2021-03-01', "
                               "'property_seizure', 'successful', 'x', 'x', 'x', 'x')"));
    raw.addBindValue(m_tpsl);
    raw.addBindValue(msoCase);
    QVERIFY(!raw.exec());
    QVERIFY(!raw.exec(QStringLiteral("UPDATE complaints SET result = 'upheld'"))); // settled needs a date
}

void TestRegisterRepositories::manyIsAllOrNothing()
{
    const Session &s = m_db->session();
    QList<Award> awards{award(m_tpsl, 2021, AwardLevel::KncTuPhap, RecipientKind::Individual, QStringLiteral("A")),
                        award(m_tpsl, 2021, AwardLevel::KncTuPhap, RecipientKind::Individual, QString())};
    QVERIFY(!AwardRepository(s).createMany(&awards).ok());
    QCOMPARE(rowCount(s, QStringLiteral("awards")), 0);
    awards[1].recipientName = QStringLiteral("B");
    QVERIFY(AwardRepository(s).createMany(&awards).ok());
    QCOMPARE(rowCount(s, QStringLiteral("awards")), 2);
    QVERIFY(awards.at(0).id > 0 && awards.at(1).id > awards.at(0).id);
}

void TestRegisterRepositories::updateIsAudited()
{
    const Session &s = m_db->session();
    Complaint c = complaint(m_tpsl, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    QVERIFY(ComplaintRepository(s).create(&c).ok());
    Complaint settled = c;
    settled.result = ComplaintResult::Rejected;
    settled.settledDate = QDate(2021, 2, 1); // before it was received
    QCOMPARE(ComplaintRepository(s).update(settled).problems.value(0).field, QStringLiteral("settled_date"));
    QCOMPARE(ComplaintRepository(s).find(c.id)->result, ComplaintResult::InProgress);
    settled.settledDate = QDate(2021, 4, 1);
    QVERIFY(ComplaintRepository(s).update(settled).ok());
    QCOMPARE(ComplaintRepository(s).find(c.id)->result, ComplaintResult::Rejected);

    QSqlQuery q(s.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT old_values, new_values FROM audit_log "
                                  "WHERE entity = 'complaints' AND action = 'update'")));
    QVERIFY(q.next());
    const QJsonObject before = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("result")).toString(), QStringLiteral("in_progress"));
    QVERIFY(before.value(QStringLiteral("settled_date")).isNull());
    QCOMPARE(after.value(QStringLiteral("settled_date")).toString(), QStringLiteral("2021-04-01"));
}

void TestRegisterRepositories::removeComplaintWithReception()
{
    const Session &s = m_db->session();
    Complaint c = complaint(m_tpsl, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    QVERIFY(ComplaintRepository(s).create(&c).ok());
    Reception r = reception(m_tpsl, QDate(2021, 3, 1), ReceiverRole::Staff, 1, c.id);
    QVERIFY(ReceptionRepository(s).create(&r).ok());

    const WriteResult refused = ComplaintRepository(s).remove(c.id);
    QCOMPARE(refused.problems.value(0).field, QStringLiteral("complaint"));
    QVERIFY2(refused.message().contains(QStringLiteral("receptions are linked to it (1)")), qPrintable(refused.message()));
    QVERIFY(ComplaintRepository(s).find(c.id));

    QVERIFY(ReceptionRepository(s).remove(r.id).ok());
    QVERIFY(ComplaintRepository(s).remove(c.id).ok());
    QVERIFY(!ComplaintRepository(s).find(c.id));
    QSqlQuery q(s.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'delete'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestRegisterRepositories::searchIgnoresDiacritics_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("found");
    QTest::newRow("plain") << "nguyen van dong" << 1;
    QTest::newRow("with marks") << "Nguyễn Văn Đông" << 1;
    QTest::newRow("đ folds to d") << "đông" << 1;
    QTest::newRow("capital Đ") << "ĐÔNG" << 1;
    QTest::newRow("words in any order") << "dong nguyen" << 1;
    QTest::newRow("subject words") << "ke bien" << 2;
    QTest::newRow("inside a word") << "guye" << 1;
    QTest::newRow("no match") << "hung" << 0;
    QTest::newRow("percent is literal") << "100%" << 0;
    QTest::newRow("empty") << "" << 2;
}

void TestRegisterRepositories::searchIgnoresDiacritics()
{
    QFETCH(QString, search);
    QFETCH(int, found);
    const Session &s = m_db->session();
    Complaint a = complaint(m_tpsl, QDate(2021, 3, 1), Competence::Within, ComplaintResult::InProgress);
    a.petitioner = QStringLiteral("Nguyễn Văn Đông");
    Complaint b = complaint(m_tpsl, QDate(2021, 3, 2), Competence::Within, ComplaintResult::InProgress);
    QList<Complaint> both{a, b};
    QVERIFY(ComplaintRepository(s).createMany(&both).ok());
    RegisterFilter filter;
    filter.search = search;
    QCOMPARE(ComplaintRepository(s).count(filter), found);
    QCOMPARE(ComplaintRepository(s).page(filter, std::nullopt, 10).size(), found);
}

void TestRegisterRepositories::filtersAndPages()
{
    const Session &s = m_db->session();
    QList<Reception> list;
    for (const QDate date : {QDate(2021, 1, 5), QDate(2021, 2, 5), QDate(2021, 2, 5), QDate(2021, 9, 30),
                             QDate(2021, 10, 1)})
        list << reception(m_tpsl, date, ReceiverRole::Staff, 1);
    list << reception(m_mso, QDate(2021, 2, 5), ReceiverRole::Leader, 2);
    QVERIFY(ReceptionRepository(s).createMany(&list).ok());

    RegisterFilter filter;
    QCOMPARE(ReceptionRepository(s).count(filter), 6);
    filter.unitId = m_tpsl;
    QCOMPARE(ReceptionRepository(s).count(filter), 5);
    filter.period = StatisticalPeriod::year(2021);
    QCOMPARE(ReceptionRepository(s).count(filter), 4); // 1 October 2021 is in 2022
    filter.period = StatisticalPeriod::months(2021, 5); // up to 28/02/2021
    QCOMPARE(ReceptionRepository(s).count(filter), 3);

    // Newest first, pages of two, continuing after the last row of the page before.
    filter.period = StatisticalPeriod::year(2021);
    QList<qint64> seen;
    std::optional<RegisterCursor> after;
    for (int pages = 0; pages < 5; ++pages) {
        const QList<ReceptionRow> page = ReceptionRepository(s).page(filter, after, 2);
        for (const ReceptionRow &row : page) {
            seen << row.reception.id;
            QCOMPARE(row.unitCode, QStringLiteral("TPSL"));
        }
        if (page.size() < 2)
            break;
        after = ReceptionRepository::cursorOf(page.last());
    }
    QCOMPARE(seen, (QList<qint64>{list.at(3).id, list.at(2).id, list.at(1).id, list.at(0).id}));
}

QTEST_GUILESS_MAIN(TestRegisterRepositories)
#include "tst_registerrepositories.moc"
