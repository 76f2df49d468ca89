#include "RegisterFixtures.h"

#include "CaseFixtures.h"
#include "CaseRepository.h"

#include <QSqlQuery>

qint64 RegisterFixtures::storeCase(const Session &session, qint64 unitId, const QString &decisionNo, QDate accepted)
{
    EnforcementCase c = CaseFixtures::makeCase(unitId, decisionNo, accepted, 10'000'000);
    c.obligorName = QStringLiteral("Nguyễn Văn Đông");
    return CaseRepository(session).create(&c).ok() ? c.id : 0;
}

Complaint RegisterFixtures::complaint(qint64 unitId, QDate received, Competence competence, ComplaintResult result,
                                      QDate settled)
{
    Complaint c;
    c.unitId = unitId;
    c.receivedDate = received;
    c.petitioner = QStringLiteral("Lò Thị Hương");
    c.subject = QStringLiteral("Khiếu nại quyết định kê biên tài sản");
    c.competence = competence;
    c.result = result;
    c.settledDate = settled;
    return c;
}

Reception RegisterFixtures::reception(qint64 unitId, QDate date, ReceiverRole role, int people, qint64 complaintId)
{
    Reception r;
    r.unitId = unitId;
    r.date = date;
    r.receiverRole = role;
    r.receiverName = QStringLiteral("Cầm Văn Thắng");
    r.people = people;
    r.subject = QStringLiteral("Hỏi về tiến độ thi hành án");
    r.complaintId = complaintId;
    return r;
}

Coercion RegisterFixtures::coercion(qint64 unitId, qint64 caseId, QDate date, CoercionMeasure measure, int police,
                                    int commune, int other, CoercionOutcome outcome)
{
    Coercion c;
    c.unitId = unitId;
    c.caseId = caseId;
    c.date = date;
    c.measure = measure;
    c.police = police;
    c.commune = commune;
    c.otherForces = other;
    c.outcome = outcome;
    return c;
}

Award RegisterFixtures::award(qint64 unitId, int year, AwardLevel level, RecipientKind kind, const QString &name)
{
    Award a;
    a.unitId = unitId;
    a.year = year;
    a.level = level;
    a.recipientKind = kind;
    a.recipientName = name;
    a.decisionNo = QStringLiteral("312/QĐ-CTHADS");
    a.decisionDate = QDate(year, 10, 15);
    return a;
}

qint64 RegisterFixtures::auditRows(const Session &session, const QString &entity)
{
    QSqlQuery q(session.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = ?"));
    q.addBindValue(entity);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 RegisterFixtures::rowCount(const Session &session, const QString &table)
{
    QSqlQuery q(session.sql());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}
