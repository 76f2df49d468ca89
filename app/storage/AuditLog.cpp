#include "AuditLog.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace {
// The values as stored: compact JSON, empty (NULL) when there are none.
QString json(const QJsonObject &values)
{
    return values.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
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
    QSqlQuery last(db);
    m_chained = last.exec(QStringLiteral("SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (m_chained && last.next())
        m_previous = last.value(0).toString();
    m_insert.prepare(m_chained ? QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, old_values, "
                                                "new_values, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                               : QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, old_values, "
                                                "new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

QString AuditLog::chain(const QString &previous, const QStringList &values)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toUtf8());
    for (const QString &value : values) {
        hash.addData(QByteArrayView("\x1f", 1)); // a separator no value holds
        hash.addData(value.toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool AuditLog::record(Action action, const QString &entity, qint64 entityId, const QJsonObject &oldValues,
                      const QJsonObject &newValues, QString *error)
{
    const QString at = m_clock.now().toUTC().toString(Qt::ISODate);
    const QString oldText = json(oldValues), newText = json(newValues);
    const auto nullable = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    for (const QVariant &value : {QVariant(at), QVariant(m_actor.name), QVariant(actionKey(action)), QVariant(entity),
                                  QVariant(entityId), nullable(oldText), nullable(newText)})
        m_insert.addBindValue(value);
    const QString chained = chain(m_previous, {at, m_actor.name, actionKey(action), entity, QString::number(entityId),
                                               oldText, newText});
    if (m_chained)
        m_insert.addBindValue(chained);
    if (m_insert.exec()) {
        m_previous = chained;
        return true;
    }
    *error = Database::describe(m_db, m_insert.lastError());
    return false;
}
