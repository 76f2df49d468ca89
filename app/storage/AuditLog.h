#pragma once

#include "Actor.h"
#include "Clock.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

// Appends one row per write to audit_log: who, when, what, old and new values.
// Callers write inside their own transaction, so the row and the change land
// together or not at all.
class AuditLog
{
public:
    enum class Action { Insert, Update, Delete };

    AuditLog(QSqlDatabase db, Actor actor, const Clock &clock);

    bool record(Action action, const QString &entity, qint64 entityId, const QJsonObject &oldValues,
                const QJsonObject &newValues, QString *error);

private:
    QSqlDatabase m_db;
    Actor m_actor;
    const Clock &m_clock;
    QSqlQuery m_insert;
};
