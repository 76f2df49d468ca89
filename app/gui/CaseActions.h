#pragma once

#include "Session.h"

#include <QCoreApplication>
#include <QObject>

class QWidget;

// What a clerk does to cases, from any page: open the form, record an event,
// void one, delete a case. Dialogs collect values; these write them through
// CaseRepository and announce the change.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    CaseActions(const Session &session, QWidget *window);

    bool newCase(qint64 unitId);
    bool editCase(qint64 caseId);
    bool addEvent(qint64 caseId, QWidget *parent = nullptr);
    bool deleteCase(qint64 caseId);

signals:
    void caseChanged(qint64 caseId); // stored, edited, given an event, or deleted

private:
    bool correctEvent(qint64 caseId, qint64 eventId, QWidget *parent);
    class CaseDialog *makeDialog();

    const Session &m_session;
    QWidget *m_window;
};
