#include "SchemaMigrator.h"

#include "AuditTrail.h"
#include "Database.h"
#include "TextFolding.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

QStringList SchemaMigrator::statements(const QString &script)
{
    QStringList result;
    QString current;
    bool inTrigger = false; // a trigger's body holds statements of its own, up to "END;"
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty())
            inTrigger = trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += line + QLatin1Char('\n');
        const bool ends = trimmed.endsWith(QLatin1Char(';'))
            && (!inTrigger || trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0);
        if (ends) {
            result << current.trimmed().chopped(1);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

bool SchemaMigrator::migrate(QString *error)
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const int current = query.value(0).toInt();
    query.finish();

    static const QRegularExpression scriptName(QStringLiteral("^(\\d{3})_.*\\.sql$"));
    const QStringList scripts = QDir(QStringLiteral(":/sql")).entryList({QStringLiteral("*.sql")}, QDir::Files,
                                                                       QDir::Name);
    for (const QString &script : scripts) {
        const auto match = scriptName.match(script);
        if (!match.hasMatch())
            continue;
        const int version = match.captured(1).toInt();
        if (version > current && version <= Database::kSchemaVersion
            && !apply(version, QStringLiteral(":/sql/") + script, error))
            return false;
    }
    return true;
}

bool SchemaMigrator::apply(int version, const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("migration %1 is missing").arg(resource);
        return false;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_db);
    for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
        if (!query.exec(statement)) {
            *error = tr("migration %1: %2").arg(version).arg(query.lastError().text());
            return false;
        }
    }
    if (version == 1 && !UnitRepository(m_db).seed(error))
        return false;
    if (version == 3 && !fillDecisionIdentity(error))
        return false;
    if (version == 4 && !AuditTrail::fillChain(m_db, error))
        return false;
    // PRAGMA takes no bound values; both numbers are ours.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        *error = query.lastError().text();
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool SchemaMigrator::fillDecisionIdentity(QString *error)
{
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    QSqlQuery write(m_db);
    write.prepare(QStringLiteral("UPDATE cases SET decision_norm = ? WHERE id = ?"));
    if (!read.exec(QStringLiteral("SELECT id, unit_id, decision_no FROM cases ORDER BY id"))) {
        *error = read.lastError().text();
        return false;
    }
    QHash<std::pair<qint64, QString>, qint64> taken;
    while (read.next()) {
        const qint64 id = read.value(0).toLongLong();
        QString key = TextFolding::identityKey(read.value(2).toString());
        // Numbers stored before this rule that it now calls the same keep
        // their rows: the later one's key names its row, so the index holds.
        if (taken.contains({read.value(1).toLongLong(), key}))
            key += QStringLiteral("#%1").arg(id);
        taken.insert({read.value(1).toLongLong(), key}, id);
        write.addBindValue(key);
        write.addBindValue(id);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    if (!write.exec(QStringLiteral("CREATE UNIQUE INDEX cases_unit_decision_norm ON cases (unit_id, decision_norm)"))) {
        *error = write.lastError().text();
        return false;
    }
    return true;
}
