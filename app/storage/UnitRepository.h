#pragma once

#include "Unit.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

// The province's units, in the official order of its tables.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    explicit UnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    UnitList all() const;
    std::optional<Unit> byCode(const QString &code) const; // case-insensitive
    std::optional<Unit> byId(qint64 id) const;

    // Fills an empty units table from resources/data/units-son-la.csv (run by
    // the first migration, inside its transaction).
    bool seed(QString *error);

private:
    QSqlDatabase m_db;
};
