#include "RegisterTable.h"

#include "Database.h"

#include "Format.h"
#include "TextFolding.h"

#include <QRegularExpression>
#include <QSqlError>

// Table and column names come from the repositories' specs; every value is bound.

namespace {
// "WHERE a AND b" or "".
QString where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool executed(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec();
}
} // namespace

QSqlQuery RegisterTable::select(qint64 id) const
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?").arg(selectColumns(), m_spec.table));
    executed(q, {id});
    return q;
}

qint64 RegisterTable::count(const RegisterFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    addConditions(filter, &conditions, &values);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 t").arg(m_spec.table) + where(conditions));
    return executed(q, values) && q.next() ? q.value(0).toLongLong() : 0;
}

QSqlQuery RegisterTable::page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after,
                              int limit) const
{
    QStringList conditions;
    QVariantList values;
    addConditions(filter, &conditions, &values);
    if (after) {
        conditions << QStringLiteral("(t.%1 < ? OR (t.%1 = ? AND t.id < ?))").arg(m_spec.dateColumn);
        values << after->date << after->date << after->id;
    }
    values << limit;
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    QStringList shown{selectColumns(), QStringLiteral("u.code")};
    shown += m_spec.listColumns;
    QString from = QStringLiteral(" FROM %1 t JOIN units u ON u.id = t.unit_id").arg(m_spec.table);
    if (!m_spec.listJoins.isEmpty())
        from += QLatin1Char(' ') + m_spec.listJoins;
    q.prepare(QStringLiteral("SELECT ") + shown.join(QStringLiteral(", ")) + from + where(conditions)
              + QStringLiteral(" ORDER BY t.%1 DESC, t.id DESC LIMIT ?").arg(m_spec.dateColumn));
    executed(q, values);
    return q;
}

void RegisterTable::addConditions(const RegisterFilter &filter, QStringList *conditions, QVariantList *values) const
{
    if (filter.period.isValid()) {
        if (m_spec.period) {
            m_spec.period(filter.period, conditions, values);
        } else {
            *conditions << QStringLiteral("t.%1 BETWEEN ? AND ?").arg(m_spec.dateColumn);
            *values << MachineFormat::date(filter.period.start()) << MachineFormat::date(filter.period.end());
        }
    }
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

QString RegisterTable::selectColumns() const
{
    QStringList columns{QStringLiteral("t.id")};
    for (const QString &c : m_spec.columns)
        columns << QStringLiteral("t.") + c;
    return columns.join(QStringLiteral(", "));
}

bool RegisterTable::insert(const QVariantList &values, const QString &searchText, qint64 *id, QString *error)
{
    const QString now = m_session.clock().now().toUTC().toString(Qt::ISODate);
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2, search_text, created_at, created_by, updated_at, updated_by) "
                             "VALUES (%3?, ?, ?, ?, ?)")
                  .arg(m_spec.table, m_spec.columns.join(QStringLiteral(", ")),
                       QStringLiteral("?, ").repeated(m_spec.columns.size())));
    if (!executed(q, values + QVariantList{searchText, now, m_session.actor().name, now, m_session.actor().name})) {
        *error = Database::describe(m_session.sql(), q.lastError());
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    return audited(AuditLog::Action::Insert, *id, {}, json(values), error);
}

bool RegisterTable::update(qint64 id, const QVariantList &oldValues, const QVariantList &values,
                           const QString &searchText, QString *error)
{
    QStringList assignments;
    for (const QString &column : m_spec.columns)
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("UPDATE %1 SET %2, search_text = ?, updated_at = ?, updated_by = ? WHERE id = ?")
                  .arg(m_spec.table, assignments.join(QStringLiteral(", "))));
    const QString now = m_session.clock().now().toUTC().toString(Qt::ISODate);
    if (!executed(q, values + QVariantList{searchText, now, m_session.actor().name, id})) {
        *error = Database::describe(m_session.sql(), q.lastError());
        return false;
    }
    return audited(AuditLog::Action::Update, id, json(oldValues), json(values), error);
}

bool RegisterTable::remove(qint64 id, const QVariantList &oldValues, QString *error)
{
    QSqlQuery q(m_session.sql());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_spec.table));
    if (!executed(q, {id})) {
        *error = Database::describe(m_session.sql(), q.lastError());
        return false;
    }
    return audited(AuditLog::Action::Delete, id, json(oldValues), {}, error);
}

bool RegisterTable::audited(AuditLog::Action action, qint64 id, const QJsonObject &oldValues,
                            const QJsonObject &newValues, QString *error)
{
    if (!m_audit)
        m_audit.emplace(m_session.sql(), m_session.actor(), m_session.clock());
    return m_audit->record(action, m_spec.table, id, oldValues, newValues, error);
}

QJsonObject RegisterTable::json(const QStringList &columns, const QVariantList &values)
{
    QJsonObject o;
    for (int i = 0; i < columns.size() && i < values.size(); ++i)
        o.insert(columns.at(i), values.at(i).isNull() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue::fromVariant(values.at(i)));
    return o;
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
