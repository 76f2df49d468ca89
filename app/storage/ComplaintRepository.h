#pragma once

#include "RegisterRecords.h"
#include "RegisterTable.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// One line of the complaints register.
struct ComplaintRow
{
    Complaint complaint;
    QString unitCode;
    QString caseDecisionNo; // of the linked case; empty without one
};

// A complaint as a reception form offers it for linking.
struct ComplaintChoice
{
    qint64 id = 0;
    QString label; // "12/03/2021 — petitioner: subject"
};

// Reads and writes the register of complaints and denunciations. Every write
// is validated (the core's rules, then the unit and the linked case exist and
// the case is of the same unit), runs in one transaction and leaves an audit row.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    explicit ComplaintRepository(const Session &session) : m_session(session) {}

    std::optional<Complaint> find(qint64 id) const;
    // The petitions a period handles: received by its end and not closed before it.
    qint64 count(const RegisterFilter &filter) const;
    QList<ComplaintRow> page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after, int limit) const;
    static RegisterCursor cursorOf(const ComplaintRow &row);
    // What a reception of the unit on `date` may link to: complaints received
    // in the year before it (or within a month after), newest first.
    QList<ComplaintChoice> choices(qint64 unitId, QDate date) const;

    WriteResult create(Complaint *c); // sets c->id
    WriteResult createMany(QList<Complaint> *complaints); // all or nothing; sets the ids
    WriteResult update(const Complaint &c);
    WriteResult remove(qint64 id); // refused while a reception links to it

    static QJsonObject toJson(const Complaint &c);

private:
    FieldProblems check(const Complaint &c) const;
    RegisterTable table() const;

    const Session &m_session;
};
