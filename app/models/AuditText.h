#pragma once

#include "AuditTrail.h"
#include "UnitNames.h"

#include <QCoreApplication>
#include <QJsonValue>

// The audit trail as people read it: actions, tables and fields by their
// names in the UI language (a case's fields as the case form names them),
// values as the forms show them (dates, money, units, kinds), and a row's
// changes as "field: old → new".
class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)

public:
    explicit AuditText(const QSqlDatabase &db) : m_units(db) {}

    static QString action(const QString &key);  // insert → Added
    static QString table(const QString &entity); // cases → Cases; an unknown table as it is named
    static QString field(const QString &entity, const QString &key);
    QString value(const QString &entity, const QString &key, const QJsonValue &value) const;

    // "field: old → new" for each field that changed, or "field: value" for
    // a row added or deleted; joined by `separator`.
    QString changes(const AuditEntry &entry, const QString &separator = QStringLiteral("; ")) const;
    // What the row is about: the case's decision number and unit, or the table's row number.
    QString subject(const AuditEntry &entry) const;
    QString unitName(qint64 unitId) const { return m_units.data(unitId, Qt::DisplayRole).toString(); }

private:
    UnitNames m_units;
};
