#pragma once

#include "RegisterGrid.h"
#include "Session.h"

#include <QObject>

class QWidget;

// What a clerk does to register entries and targets, from any page: open a
// form for a new entry or a stored one, delete one, edit a year's targets.
// Dialogs collect values; these write them through the repositories (each
// write validated, in one transaction, audited) and announce the change.
class RegisterActions : public QObject
{
    Q_OBJECT

public:
    RegisterActions(const Session &session, QWidget *window);

    bool newEntry(RegisterKind kind, qint64 unitId);
    bool edit(RegisterKind kind, qint64 id);
    bool remove(RegisterKind kind, qint64 id);
    bool editTargets(int year);

signals:
    void entryChanged(RegisterKind kind, qint64 id); // stored, edited or deleted
    void targetsChanged(int year);

private:
    bool open(RegisterKind kind, qint64 id, qint64 unitId);

    const Session &m_session;
    QWidget *m_window;
};
