#include "CaseLookup.h"

#include "TextFolding.h"

#include <QSqlQuery>
#include <QVariant>

QStringList CaseLookup::decisionNumbers(qint64 unitId, const QString &typed, int limit) const
{
    QString pattern = typed.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT decision_no FROM cases WHERE unit_id = ? AND decision_no LIKE ? ESCAPE '\\' "
                             "ORDER BY decision_date DESC, id DESC LIMIT ?"));
    q.addBindValue(unitId);
    q.addBindValue(QStringLiteral("%") + pattern + QStringLiteral("%"));
    q.addBindValue(limit);
    QStringList numbers;
    if (q.exec()) {
        while (q.next())
            numbers << q.value(0).toString();
    }
    return numbers;
}

namespace {
// A brief from id, unit_id, decision_no, decision_date, obligor_name.
CaseBrief brief(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString()};
}
} // namespace

std::optional<CaseBrief> CaseLookup::one(const QString &condition, const QVariantList &values) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, unit_id, decision_no, decision_date, obligor_name FROM cases WHERE ")
              + condition);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return brief(q);
}

std::optional<CaseBrief> CaseLookup::byDecision(qint64 unitId, const QString &decisionNo) const
{
    return one(QStringLiteral("unit_id = ? AND decision_norm = ?"), {unitId, TextFolding::identityKey(decisionNo)});
}

QList<CaseBrief> CaseLookup::everyByDecision(const QString &decisionNo) const
{
    QList<CaseBrief> cases;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, unit_id, decision_no, decision_date, obligor_name FROM cases "
                             "WHERE decision_norm = ? ORDER BY unit_id"));
    q.addBindValue(TextFolding::identityKey(decisionNo));
    if (q.exec()) {
        while (q.next())
            cases << brief(q);
    }
    return cases;
}

std::optional<CaseBrief> CaseLookup::byId(qint64 caseId) const
{
    return one(QStringLiteral("id = ?"), {caseId});
}

qint64 CaseLookup::linkCount(qint64 caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM complaints WHERE case_id = ?) "
                             "+ (SELECT COUNT(*) FROM coercions WHERE case_id = ?)"));
    q.addBindValue(caseId);
    q.addBindValue(caseId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
