#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

// Brings a database to Database::kSchemaVersion with the numbered scripts in
// resources/sql (NNN_name.sql), one transaction per version, recorded in
// PRAGMA user_version. Version 1 also seeds the province's units; version 3
// fills the decision numbers' identity keys and version 4 the audit rows'
// chain, which SQL cannot compute.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    explicit SchemaMigrator(QSqlDatabase db) : m_db(std::move(db)) {}
    bool migrate(QString *error);

    // The statements of a script: split at ";" ending a line (a trigger ends
    // at "END;"), comments dropped.
    static QStringList statements(const QString &script);

private:
    bool apply(int version, const QString &resource, QString *error);
    bool fillDecisionIdentity(QString *error);

    QSqlDatabase m_db;
};
