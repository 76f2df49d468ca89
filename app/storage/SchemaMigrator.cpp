#include "SchemaMigrator.h"

#include "Database.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"

#include <QDir>
#include <QFile>
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
    QSqlQuery query(m_db);
    for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
        if (!query.exec(statement)) {
            *error = tr("migration %1: %2").arg(version).arg(query.lastError().text());
            return false;
        }
    }
    if (version == 1 && !UnitRepository(m_db).seed(error))
        return false;
    // PRAGMA takes no bound values; both numbers are ours.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        *error = query.lastError().text();
        return false;
    }
    if (!transaction.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}
