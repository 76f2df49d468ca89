#pragma once

#include "Actor.h"
#include "Clock.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

// Appends one row per write to audit_log: who, when, what, old and new values,
// and the row's chain (see resources/sql/004_audit_append_only.sql). Callers
// write inside their own transaction, so the row and the change land together
// or not at all, and the previous row read here is the last one.
class AuditLog
{
public:
    enum class Action { Insert, Update, Delete };

    AuditLog(QSqlDatabase db, Actor actor, const Clock &clock);

    bool record(Action action, const QString &entity, qint64 entityId, const QJsonObject &oldValues,
                const QJsonObject &newValues, QString *error);

    // A row's chain: SHA-256 (hex) of the previous row's chain and this row's values.
    static QString chain(const QString &previous, const QStringList &values);

private:
    QSqlDatabase m_db;
    Actor m_actor;
    const Clock &m_clock;
    QSqlQuery m_insert;
    bool m_chained = false; // a schema before version 4 has no chain (the units are seeded in version 1)
    QString m_previous;
};
