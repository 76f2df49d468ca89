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

private:
    QSqlDatabase m_db;
};
