#pragma once

#include "CaseKind.h"

#include <QDate>
#include <QString>

// One enforcement decision (quyết định thi hành án) of one unit, as a clerk
// enters it. Its history lives in its event log (CaseEvent), not here.
struct EnforcementCase
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString decisionNo;
    QDate decisionDate; // = the acceptance date (ngày thụ lý)
    QString judgmentNo;
    QDate judgmentDate;
    QString court;
    QString executor; // chấp hành viên
    QString obligorName;
    QString obligorAddress;
    QString obligorIdNumber;
    QString obligeeName;
    QString obligeeAddress;
    QString obligeeIdNumber;
    CaseKind kind = CaseKind::DanSu;
    EnforcementMode mode = EnforcementMode::ChuDong;
    qint64 amountDue = 0; // đồng; 0 for a purely non-money obligation
    QString obligation;   // what must be done besides paying

    QDate acceptedDate() const { return decisionDate; }
};
