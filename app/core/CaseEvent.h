#pragma once

#include "EventType.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One entry of a case's event log. History is never deleted: a mistaken entry
// is voided by a later Correction that names it.
struct CaseEvent
{
    qint64 id = 0; // 0 until stored; stored ids grow in the order events were recorded
    EventType type = EventType::VerifiedAble;
    QDate date;
    qint64 amount = 0; // đồng, for Payment and Reduction
    QString note;      // why (holds, corrections), or what was collected
    qint64 correctsEventId = 0; // Correction: the event it voids
    QString recordedBy;
    QDateTime recordedAt;
};

using CaseEventList = QList<CaseEvent>; // in the order recorded
