#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <vector>

// One named check of a database's health. run() lists every problem it finds,
// each as one translated line a person can act on; nothing when all is well.
// A check only reads.
class HealthCheck
{
public:
    virtual ~HealthCheck() = default;
    virtual QString key() const = 0;  // "integrity", "foreign_keys", "case_cache", …
    virtual QString name() const = 0; // translated, for the summary ("the file's pages")
    virtual QStringList run(QSqlDatabase db) const = 0;
};

// The health of a THADS database (thads-cli check): a list of named checks,
// run one after the other on a connection that only reads. The standard ones
// are SQLite's integrity check, its foreign key check, and every case's cached
// state against its replayed event log; more are added with add().
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    struct Problem
    {
        QString check;   // the check's key
        QString message; // one translated line
    };

    DatabaseCheck(); // the standard checks
    ~DatabaseCheck();

    void add(std::unique_ptr<HealthCheck> check);
    QStringList keys() const;
    QStringList names() const;

    QList<Problem> run(QSqlDatabase db) const;
    // Opens `path` itself, without migrating or writing it. False, with a
    // message naming the file, when it cannot be checked at all (missing, not a
    // THADS database, newer than this program).
    bool run(const QString &path, QList<Problem> *problems, QString *error) const;

private:
    std::vector<std::unique_ptr<HealthCheck>> m_checks;
};

// SQLite's PRAGMA integrity_check: every page and index of the file.
class IntegrityCheck : public HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    static constexpr int kMaxReported = 20;
    QString key() const override { return QStringLiteral("integrity"); }
    QString name() const override;
    QStringList run(QSqlDatabase db) const override;
};

// SQLite's PRAGMA foreign_key_check: every reference points at a row that exists.
class ForeignKeyCheck : public HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(ForeignKeyCheck)

public:
    static constexpr int kMaxReported = 20;
    QString key() const override { return QStringLiteral("foreign_keys"); }
    QString name() const override;
    QStringList run(QSqlDatabase db) const override;
};

// The case list's cached columns (state, amount_paid, amount_remaining,
// closed_date, written by CaseRepository) against the case's event log
// replayed by CaseLedger, for every case.
class CaseCacheCheck : public HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(CaseCacheCheck)

public:
    QString key() const override { return QStringLiteral("case_cache"); }
    QString name() const override;
    QStringList run(QSqlDatabase db) const override;
};

// The statistics of every closed period (khóa sổ) against the figures stored
// with their checksum when the books closed: a table that moved since was
// changed behind the lock's back.
class LockedFiguresCheck : public HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(LockedFiguresCheck)

public:
    QString key() const override { return QStringLiteral("locked_figures"); }
    QString name() const override;
    QStringList run(QSqlDatabase db) const override;
};
