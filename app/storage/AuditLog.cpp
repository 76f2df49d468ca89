#include "AuditLog.h"

#include "Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace {
QVariant json(const QJsonObject &values)
{
    if (values.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
}

QString actionKey(AuditLog::Action action)
{
    switch (action) {
    case AuditLog::Action::Insert: return QStringLiteral("insert");
    case AuditLog::Action::Update: return QStringLiteral("update");
    case AuditLog::Action::Delete: return QStringLiteral("delete");
    }
    return {};
}
} // namespace

AuditLog::AuditLog(QSqlDatabase db, Actor actor, const Clock &clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(clock), m_insert(db)
{
    m_insert.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, old_values, "
                                    "new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

bool AuditLog::record(Action action, const QString &entity, qint64 entityId, const QJsonObject &oldValues,
                      const QJsonObject &newValues, QString *error)
{
    m_insert.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    m_insert.addBindValue(m_actor.name);
    m_insert.addBindValue(actionKey(action));
    m_insert.addBindValue(entity);
    m_insert.addBindValue(entityId);
    m_insert.addBindValue(json(oldValues));
    m_insert.addBindValue(json(newValues));
    if (m_insert.exec())
        return true;
    *error = Database::describe(m_db, m_insert.lastError());
    return false;
}
