#include "CaseFixtures.h"

EnforcementCase CaseFixtures::makeCase(qint64 unitId, const QString &decisionNo, QDate accepted, qint64 amountDue)
{
    EnforcementCase c;
    c.unitId = unitId;
    c.decisionNo = decisionNo;
    c.decisionDate = accepted;
    c.judgmentNo = QStringLiteral("12/2020/DS-ST");
    c.judgmentDate = accepted.addDays(-30);
    c.court = QStringLiteral("Tòa án nhân dân huyện Mai Sơn");
    c.executor = QStringLiteral("Lò Văn Hùng");
    c.obligorName = QStringLiteral("Cầm Thị Lan");
    c.obligeeName = QStringLiteral("Quàng Văn Sơn");
    c.kind = CaseKind::DanSu;
    c.mode = EnforcementMode::TheoDon;
    c.amountDue = amountDue;
    if (amountDue == 0)
        c.obligation = QStringLiteral("Trả lại quyền sử dụng đất");
    return c;
}

CaseEvent CaseFixtures::event(EventType type, QDate date, qint64 amount, const QString &note)
{
    CaseEvent e;
    e.type = type;
    e.date = date;
    e.amount = amount;
    e.note = note;
    return e;
}
