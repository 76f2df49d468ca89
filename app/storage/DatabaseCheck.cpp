#include "DatabaseCheck.h"

#include "DatabaseFile.h"
#include "PeriodLockRepository.h"
#include "UnitRepository.h"

#include <QSqlError>
#include <QSqlQuery>

DatabaseCheck::DatabaseCheck()
{
    add(std::make_unique<IntegrityCheck>());
    add(std::make_unique<ForeignKeyCheck>());
    add(std::make_unique<CaseCacheCheck>());
    add(std::make_unique<LockedFiguresCheck>());
}

DatabaseCheck::~DatabaseCheck() = default;

void DatabaseCheck::add(std::unique_ptr<HealthCheck> check)
{
    m_checks.push_back(std::move(check));
}

QStringList DatabaseCheck::keys() const
{
    QStringList keys;
    for (const auto &check : m_checks)
        keys << check->key();
    return keys;
}

QStringList DatabaseCheck::names() const
{
    QStringList names;
    for (const auto &check : m_checks)
        names << check->name();
    return names;
}

QList<DatabaseCheck::Problem> DatabaseCheck::run(QSqlDatabase db) const
{
    QList<Problem> problems;
    for (const auto &check : m_checks) {
        for (const QString &message : check->run(db))
            problems << Problem{check->key(), message};
    }
    return problems;
}

bool DatabaseCheck::run(const QString &path, QList<Problem> *problems, QString *error) const
{
    const auto file = DatabaseFile::open(path, error);
    if (!file)
        return false;
    *problems = run(file->sql());
    return true;
}

QString IntegrityCheck::name() const
{
    return tr("the file's pages and indexes");
}

QStringList IntegrityCheck::run(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxReported)))
        return {tr("The file is damaged: SQLite cannot check it (%1).").arg(q.lastError().databaseText())};
    QStringList problems;
    while (q.next()) {
        // A row may hold several lines, the first naming the schema ("*** in database main ***").
        for (const QString &line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line == QLatin1String("ok") || line.startsWith(QLatin1String("***")))
                continue;
            // SQLite's own words (English) after ours: they say where the damage is.
            problems << tr("The file is damaged: %1").arg(line.simplified());
        }
    }
    if (q.lastError().isValid() && problems.isEmpty())
        problems << tr("The file is damaged: SQLite cannot check it (%1).").arg(q.lastError().databaseText());
    return problems;
}

QString ForeignKeyCheck::name() const
{
    return tr("the references between tables");
}

QStringList ForeignKeyCheck::run(QSqlDatabase db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return {tr("The references between tables cannot be checked: %1").arg(q.lastError().databaseText())};
    QStringList problems;
    int broken = 0;
    while (q.next()) {
        if (++broken <= kMaxReported)
            problems << tr("Row %1 of the table %2 refers to a row of %3 that does not exist.")
                            .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    if (broken > kMaxReported)
        problems << tr("… and %n more row(s) with a broken reference.", nullptr, broken - kMaxReported);
    return problems;
}

QString LockedFiguresCheck::name() const
{
    return tr("the figures of closed periods");
}

QStringList LockedFiguresCheck::run(QSqlDatabase db) const
{
    if (!db.tables().contains(QStringLiteral("locked_tables"))) // a file from before the period lock
        return {};
    QString error;
    const auto moved = PeriodLockRepository::movedTables(db, &error);
    if (!error.isEmpty())
        return {error};
    const UnitRepository units(db);
    QStringList problems;
    for (const PeriodLockRepository::Moved &m : moved) {
        const auto unit = units.byId(m.unitId);
        problems << tr("The figures of %1 (%2) differ from those stored when its books were closed.")
                        .arg(m.period.label(), m.unitId == 0 ? tr("the province") : unit ? unit->shortName() : QString());
    }
    return problems;
}
