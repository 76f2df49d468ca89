#pragma once

#include "RegisterRecords.h"
#include "RegisterTable.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// One line of the citizen reception register.
struct ReceptionRow
{
    Reception reception;
    QString unitCode;
    QString complaintPetitioner; // of the linked complaint; empty without one
};

// Reads and writes the citizen reception register: validated (the core's
// rules, then the unit and the linked complaint exist and the complaint is of
// the same unit), one transaction and an audit row per write.
class ReceptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionRepository)

public:
    explicit ReceptionRepository(const Session &session) : m_session(session) {}

    std::optional<Reception> find(qint64 id) const;
    qint64 count(const RegisterFilter &filter) const; // receptions dated in the period
    QList<ReceptionRow> page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after, int limit) const;
    static RegisterCursor cursorOf(const ReceptionRow &row);

    WriteResult create(Reception *r);
    WriteResult createMany(QList<Reception> *receptions);
    WriteResult update(const Reception &r);
    WriteResult remove(qint64 id);

    static QJsonObject toJson(const Reception &r);

private:
    FieldProblems check(const Reception &r) const;
    RegisterTable table() const;

    const Session &m_session;
};
