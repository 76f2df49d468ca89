#include "UnitRepository.h"

#include "AuditLog.h"
#include "Clock.h"
#include "CsvReader.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, code, kind, name_vi, short_vi, name_en, sort_order FROM units ");

Unit unitFrom(const QSqlQuery &q)
{
    Unit unit;
    unit.id = q.value(0).toLongLong();
    unit.code = q.value(1).toString();
    Unit::kindFromKey(q.value(2).toString(), &unit.kind);
    unit.nameVi = q.value(3).toString();
    unit.shortVi = q.value(4).toString();
    unit.nameEn = q.value(5).toString();
    unit.sortOrder = q.value(6).toInt();
    return unit;
}
} // namespace

UnitList UnitRepository::all() const
{
    UnitList units;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(kSelect + QStringLiteral("ORDER BY sort_order"))) {
        while (q.next())
            units.append(unitFrom(q));
    }
    return units;
}

std::optional<Unit> UnitRepository::byCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE code = ? COLLATE NOCASE"));
    q.addBindValue(code.trimmed());
    if (q.exec() && q.next())
        return unitFrom(q);
    return std::nullopt;
}

std::optional<Unit> UnitRepository::byId(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return unitFrom(q);
    return std::nullopt;
}

bool UnitRepository::seed(QString *error)
{
    QFile file(QStringLiteral(":/data/units-son-la.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the list of units is missing from the program");
        return false;
    }
    QList<CsvReader::Record> records;
    if (!CsvReader::parse(file.readAll(), &records, error))
        return false;
    AuditLog audit(m_db, Actor{QStringLiteral("thads")}, Clock::system());
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO units (code, kind, name_vi, short_vi, name_en, sort_order) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
    int order = 0;
    for (const CsvReader::Record &record : records.mid(1)) { // after the header
        if (record.fields.size() != 5) {
            *error = tr("units list, line %1: expected 5 fields").arg(record.line);
            return false;
        }
        ++order;
        for (const QString &field : record.fields)
            insert.addBindValue(field);
        insert.addBindValue(order);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
        const QJsonObject values{{QStringLiteral("code"), record.fields.at(0)},
                                 {QStringLiteral("name_vi"), record.fields.at(2)}};
        if (!audit.record(AuditLog::Action::Insert, QStringLiteral("units"), insert.lastInsertId().toLongLong(), {},
                          values, error))
            return false;
    }
    return true;
}
