#pragma once

#include "Actor.h"
#include "Database.h"
#include "RegisterGrid.h"
#include "StatisticalPeriod.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class ArgumentParser;

// thads-cli: the statistics, import and demo without a display. Each command
// reads its options, does its work through the storage layer and returns the
// exit code: 0 done, 1 an import file has bad rows (nothing written) or check
// found problems, 2 a bad option or an unusable database (nothing created or changed).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Done = 0, BadRows = 1, Unhealthy = 1, Refused = 2 };

    int run(QStringList arguments);

private:
    int init(const QStringList &arguments);
    int demo(const QStringList &arguments);
    int stats(const QStringList &arguments);
    int import(const QStringList &arguments);
    int audit(const QStringList &arguments);
    int document(const QString &command, const QStringList &arguments); // report, export, pack
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
    int check(const QStringList &arguments);
    int users(const QStringList &arguments); // user list|add|reset|disable|enable
    int lock(const QString &command, const QStringList &arguments); // lock, unlock
    // stats --table: a register's summary (complaints, reception, coercion, awards).
    int registerStats(const ArgumentParser &options, RegisterKind kind, const StatisticalPeriod &period,
                      const QString &format);
    int ageStats(const ArgumentParser &options, const StatisticalPeriod &period, const QString &format);
    int printGrid(const ArgumentParser &options, const RegisterGrid &grid, const QString &format);

    QString usage() const;
    QString help(const QString &command) const;
    QString maintenanceHelp(const QString &command) const; // backup, restore, check
    int refuse(const QString &message) const;
    // The --db file (or the default one), which must already exist.
    std::unique_ptr<Database> openExisting(const ArgumentParser &options, int *exitCode) const;
    QString databasePath(const ArgumentParser &options) const;
    // The user of --user, signed in with the password from THADS_PASSWORD or
    // the terminal; nullopt (the refusal printed, *exitCode set) otherwise.
    std::optional<Actor> signIn(const ArgumentParser &options, Database &database, int *exitCode) const;
    // The period of --year, --months and --as-of.
    StatisticalPeriod period(const ArgumentParser &options, QString *error) const;
    // Keeps the row of --unit CODE (a unit or PROVINCE); false naming the codes there are.
    template<typename Row>
    static bool keepUnit(const QString &code, QList<Row> *rows, QString *error)
    {
        QStringList codes;
        for (const Row &row : std::as_const(*rows)) {
            if (row.unit.code.compare(code, Qt::CaseInsensitive) == 0) {
                *rows = {row};
                return true;
            }
            codes << row.unit.code;
        }
        *error = tr("--unit: unknown unit \"%1\" (one of: %2)").arg(code, codes.join(QStringLiteral(", ")));
        return false;
    }
};
