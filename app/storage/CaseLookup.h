#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// A case as a register entry names it: by decision number within its unit.
struct CaseBrief
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString decisionNo;
    QDate decisionDate;
    QString obligor;
};

// Finds cases for the registers' case links (the forms' completer, the
// repositories' checks) and counts what links to a case.
class CaseLookup
{
public:
    explicit CaseLookup(QSqlDatabase db) : m_db(std::move(db)) {}

    // Decision numbers of a unit's cases containing `typed`, newest first.
    QStringList decisionNumbers(qint64 unitId, const QString &typed, int limit = 50) const;
    // By decision number as a number is compared (TextFolding::identityKey).
    std::optional<CaseBrief> byDecision(qint64 unitId, const QString &decisionNo) const;
    // The cases of every unit with that decision number.
    QList<CaseBrief> everyByDecision(const QString &decisionNo) const;
    std::optional<CaseBrief> byId(qint64 caseId) const;
    // Complaints and coercion operations linked to the case.
    qint64 linkCount(qint64 caseId) const;

private:
    std::optional<CaseBrief> one(const QString &condition, const QVariantList &values) const;

    QSqlDatabase m_db;
};
