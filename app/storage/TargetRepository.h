#pragma once

#include "Session.h"
#include "Target.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>

// Targets per statistical year, per unit and for the province.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Target> forYear(int year) const;
    std::optional<Target> find(int year, qint64 unitId) const;

    // Inserts or replaces the target of (year, unit), audited as the session's actor.
    WriteResult set(const Session &session, const Target &target);
    // Several targets in one transaction: all or nothing (the targets editor).
    WriteResult setMany(const Session &session, const QList<Target> &targets);
    // Gives year `to` the targets of year `from` (units and province), replacing
    // those `to` had; one transaction, an audit row per target written.
    WriteResult copyYear(const Session &session, int from, int to);

private:
    bool write(const Session &session, const Target &target, QString *error);

    QSqlDatabase m_db;
};
