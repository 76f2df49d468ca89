#pragma once

#include "RegisterKinds.h"

#include <QDate>
#include <QString>

// The entries of the registers the review conference reports beside the
// cases, as a clerk enters them. Links are ids (0: none); a linked record
// belongs to the same unit as the record it links to.

// One complaint or denunciation (đơn khiếu nại, tố cáo) concerning a unit.
struct Complaint
{
    qint64 id = 0;
    qint64 unitId = 0; // the unit concerned
    QDate receivedDate;
    ComplaintKind kind = ComplaintKind::Complaint;
    QString petitioner;
    QString subject;
    qint64 caseId = 0; // the case it concerns, if any
    Competence competence = Competence::Within;
    ComplaintResult result = ComplaintResult::InProgress;
    QDate settledDate; // when it was settled or withdrawn; null while in progress
    bool repeated = false;    // tái diễn, gửi nhiều lần
    bool crowd = false;       // đông người
    bool beyondLevel = false; // vượt cấp
    QString note;
};

// One citizen reception (tiếp công dân).
struct Reception
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate date;
    ReceiverRole receiverRole = ReceiverRole::Staff;
    QString receiverName;
    int people = 1;
    QString subject;
    qint64 complaintId = 0; // the complaint filed, if one was
};

// One coercive enforcement operation (cưỡng chế thi hành án) of a case.
struct Coercion
{
    qint64 id = 0;
    qint64 unitId = 0; // the case's unit
    qint64 caseId = 0;
    QDate date;
    CoercionMeasure measure = CoercionMeasure::PropertySeizure;
    int police = 0;      // people mobilised, by force
    int commune = 0;
    int otherForces = 0;
    CoercionOutcome outcome = CoercionOutcome::Successful;
    QString note;

    int forces() const { return police + commune + otherForces; }
};

// One emulation award (thi đua, khen thưởng) of a collective or an individual.
struct Award
{
    qint64 id = 0;
    qint64 unitId = 0; // the recipient's unit
    int year = 0;      // the emulation year = the statistical year it rewards
    AwardLevel level = AwardLevel::GiayKhenCuc;
    RecipientKind recipientKind = RecipientKind::Individual;
    QString recipientName;
    QString decisionNo;
    QDate decisionDate;
};
