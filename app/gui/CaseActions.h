#pragma once

#include "Session.h"
#include "Unit.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class QWidget;

// What a clerk does to cases, from any page: open the form, record an event,
// void one, delete a case. Dialogs collect values; these write them through
// CaseRepository and announce the change. Forms are opened with open(), not
// exec(): the action returns at once (an assistive client that triggered it
// gets its answer) and the change is announced when the form is saved.
class CaseActions : public QObject
{
    Q_OBJECT

public:
    CaseActions(const Session &session, QWidget *window);

    // Each opens its form and returns; false when there is nothing to open.
    bool newCase(qint64 unitId);
    bool editCase(qint64 caseId);
    bool addEvent(qint64 caseId);
    bool deleteCase(qint64 caseId);

signals:
    void caseChanged(qint64 caseId); // stored, edited, given an event, or deleted

private:
    // The event form over `parent`; `saved` runs once the event is stored.
    bool openEventDialog(qint64 caseId, QWidget *parent, std::function<void()> saved);
    bool openCorrectionDialog(qint64 caseId, qint64 eventId, QWidget *parent, std::function<void()> saved);
    class CaseDialog *makeDialog(const UnitList &units);

    const Session &m_session;
    QWidget *m_window;
};
