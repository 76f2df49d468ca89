#include "RegisterTable.h"

#include "Format.h"
#include "TextFolding.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

RegisterTable::RegisterTable(const Session &session, QString table, QStringList columns)
    : m_session(session), m_table(std::move(table)), m_columns(std::move(columns)),
      m_audit(session.sql(), session.actor(), session.clock())
{
}

QJsonObject RegisterTable::json(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (int i = 0; i < columns.size() && i < values.size(); ++i)
        o.insert(columns.at(i), values.at(i).isNull() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue::fromVariant(values.at(i)));
    return o;
}

bool RegisterTable::insert(const QVariantList &values, const QString &searchText, qint64 *id, QString *error)
{
    QSqlQuery q(m_session.sql());
    // Table and column names are ours; every value is bound.
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, search_text, created_at, created_by, updated_at, updated_by) "
                             "VALUES (%3?, ?, ?, ?, ?)")
                  .arg(m_table, m_columns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(m_columns.size())));
    for (const QVariant &value : values)
        q.addBindValue(value);
    const QString now = m_session.clock().now().toUTC().toString(Qt::ISODate);
    q.addBindValue(searchText);
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(now);
        q.addBindValue(m_session.actor().name);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    return m_audit.record(AuditLog::Action::Insert, m_table, *id, {}, json(values), error);
}

bool RegisterTable::update(qint64 id, const QVariantList &oldValues, const QVariantList &values,
                           const QString &searchText, QString *error)
{
    QStringList assignments;
    for (const QString &column : m_columns)
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("UPDATE %1 SET %2, search_text = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                  .arg(m_table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(searchText);
    q.addBindValue(m_session.clock().now().toUTC().toString(Qt::ISODate));
    q.addBindValue(m_session.actor().name);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return m_audit.record(AuditLog::Action::Update, m_table, id, json(oldValues), json(values), error);
}

bool RegisterTable::remove(qint64 id, const QVariantList &oldValues, QString *error)
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return m_audit.record(AuditLog::Action::Delete, m_table, id, json(oldValues), {}, error);
}

void RegisterTable::addFilter(const RegisterFilter &filter, QStringList *conditions, QVariantList *values)
{
    if (filter.unitId > 0) {
        *conditions << QStringLiteral("t.unit_id = ?");
        *values << filter.unitId;
    }
    // Every folded word must appear somewhere in the folded text; LIKE is safe
    // here because both sides are folded to lower-case ASCII letters and digits.
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    for (QString word : TextFolding::fold(filter.search).split(separators, Qt::SkipEmptyParts)) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        *conditions << QStringLiteral("t.search_text LIKE ? ESCAPE '\\'");
        *values << QStringLiteral("%") + word + QStringLiteral("%");
    }
}

void RegisterTable::addCursor(const QString &dateColumn, const std::optional<RegisterCursor> &after,
                              QStringList *conditions, QVariantList *values)
{
    if (!after)
        return;
    *conditions << QStringLiteral("(t.%1 < ? OR (t.%1 = ? AND t.id < ?))").arg(dateColumn);
    *values << after->date << after->date << after->id;
}

QString RegisterTable::where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QVariant RegisterTable::link(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant RegisterTable::date(QDate date)
{
    return date.isValid() ? QVariant(MachineFormat::date(date)) : QVariant(QMetaType::fromType<QString>());
}

QString RegisterTable::text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}
