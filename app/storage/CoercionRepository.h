#pragma once

#include "RegisterRecords.h"
#include "RegisterTable.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// One line of the coercion register.
struct CoercionRow
{
    Coercion coercion;
    QString unitCode;
    QString caseDecisionNo;
    QString obligor;
};

// Reads and writes the register of coercive enforcement operations: validated
// (the core's rules, then the case exists, is of the same unit and was accepted
// by the operation's date), one transaction and an audit row per write.
class CoercionRepository
{
    Q_DECLARE_TR_FUNCTIONS(CoercionRepository)

public:
    explicit CoercionRepository(const Session &session) : m_session(session) {}

    std::optional<Coercion> find(qint64 id) const;
    qint64 count(const RegisterFilter &filter) const; // operations dated in the period
    QList<CoercionRow> page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after, int limit) const;
    static RegisterCursor cursorOf(const CoercionRow &row);

    WriteResult create(Coercion *c);
    WriteResult createMany(QList<Coercion> *coercions);
    WriteResult update(const Coercion &c);
    WriteResult remove(qint64 id);

    static QJsonObject toJson(const Coercion &c);

private:
    FieldProblems check(const Coercion &c, QString *searchText) const;
    RegisterTable table() const;

    const Session &m_session;
};
