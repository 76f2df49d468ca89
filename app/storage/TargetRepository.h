#pragma once

#include "Session.h"
#include "Target.h"
#include "WriteResult.h"

#include <QCoreApplication>
#include <QList>

// Targets per statistical year, per unit and for the province, and the
// decisions that set them. A period uses, per unit, the target of the latest
// decision of its year in force at the period's end; targets stored without a
// decision count from the year's start, before every decision.
class TargetRepository
{
    Q_DECLARE_TR_FUNCTIONS(TargetRepository)

public:
    explicit TargetRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // The targets in force on `on` (any day of the year; a day after it: its end).
    QList<Target> inForce(int year, QDate on) const;
    // In force at the end of the year.
    QList<Target> forYear(int year) const;
    std::optional<Target> find(int year, qint64 unitId) const;
    // What one decision sets (0: the year's targets without a decision).
    QList<Target> ofDecision(int year, qint64 decisionId) const;

    // The year's decisions, oldest in force first; up to `on` when given.
    QList<TargetDecision> decisions(int year, QDate on = {}) const;

    // Inserts or replaces the target of (year, decision, unit), audited as the session's actor.
    WriteResult set(const Session &session, const Target &target);
    // Several targets in one transaction: all or nothing (the targets editor).
    WriteResult setMany(const Session &session, const QList<Target> &targets);
    // A decision (new when its id is 0) and the targets it sets, in one
    // transaction; its id is set on success.
    WriteResult saveDecision(const Session &session, TargetDecision *decision, const QList<Target> &targets);
    // Gives year `to` the targets in force at the end of year `from` (units and
    // province), replacing those `to` had without a decision; one transaction,
    // an audit row per target written.
    WriteResult copyYear(const Session &session, int from, int to);

private:
    // The targets, and first their decision when given, in one transaction.
    WriteResult store(const Session &session, TargetDecision *decision, const QList<Target> &targets);
    bool write(const Session &session, const Target &target, QString *error);
    bool writeDecision(const Session &session, TargetDecision *decision, QString *error);
    WriteResult checkDecision(const TargetDecision &decision) const;

    QSqlDatabase m_db;
};
