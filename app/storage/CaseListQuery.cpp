#include "CaseListQuery.h"

#include "Format.h"
#include "StatisticalPeriod.h"
#include "StatisticsEngine.h"
#include "TextFolding.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// The column each sort key orders by; every one is indexed together with id.
QString sortColumn(CaseListQuery::SortKey key)
{
    switch (key) {
    case CaseListQuery::SortKey::DecisionNo: return QStringLiteral("c.decision_no");
    case CaseListQuery::SortKey::DecisionDate: return QStringLiteral("c.decision_date");
    case CaseListQuery::SortKey::Obligor: return QStringLiteral("c.obligor_key");
    case CaseListQuery::SortKey::Obligee: return QStringLiteral("c.obligee_key");
    case CaseListQuery::SortKey::Kind: return QStringLiteral("c.kind");
    case CaseListQuery::SortKey::Executor: return QStringLiteral("c.executor");
    case CaseListQuery::SortKey::AmountDue: return QStringLiteral("c.amount_due");
    case CaseListQuery::SortKey::AmountPaid: return QStringLiteral("c.amount_paid");
    case CaseListQuery::SortKey::AmountRemaining: return QStringLiteral("c.amount_remaining");
    case CaseListQuery::SortKey::State: return QStringLiteral("c.state");
    case CaseListQuery::SortKey::Unit: return QStringLiteral("c.unit_id");
    }
    return QStringLiteral("c.id");
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

const QString kRowColumns = QStringLiteral(
    "c.id, c.unit_id, c.decision_no, c.decision_date, c.obligor_name, c.obligee_name, c.kind, c.executor, "
    "c.amount_due, c.amount_paid, c.amount_remaining, c.state");
} // namespace

QString CaseListQuery::searchExpression(const QString &text)
{
    // The folded words as one phrase whose last word may be unfinished:
    // "nguyen van hu" → "nguyen van hu"*, matching those words in a row within
    // the decision number or a name. Only letters and digits reach FTS syntax.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = TextFolding::fold(text).split(separators, Qt::SkipEmptyParts);
    return words.isEmpty() ? QString() : QStringLiteral("\"%1\"*").arg(words.join(QLatin1Char(' ')));
}

QString CaseListQuery::whereClause(const CaseFilter &filter, QVariantList *values) const
{
    QStringList conditions;
    if (filter.unitId > 0) {
        conditions << QStringLiteral("c.unit_id = ?");
        *values << filter.unitId;
    }
    if (!filter.states.isEmpty()) {
        conditions << QStringLiteral("c.state IN (%1)").arg(placeholders(filter.states.size()));
        for (CaseState state : filter.states)
            *values << CaseStates::key(state);
    }
    if (filter.kind) {
        conditions << QStringLiteral("c.kind = ?");
        *values << CaseKinds::key(*filter.kind);
    }
    if (filter.mode) {
        conditions << QStringLiteral("c.mode = ?");
        *values << EnforcementModes::key(*filter.mode);
    }
    if (filter.acceptedYear > 0) {
        conditions << QStringLiteral("c.decision_date BETWEEN ? AND ?");
        *values << MachineFormat::date(StatisticalPeriod::yearStart(filter.acceptedYear))
                << MachineFormat::date(StatisticalPeriod::yearEnd(filter.acceptedYear));
    }
    if (!filter.executor.isEmpty()) {
        conditions << QStringLiteral("c.executor = ?");
        *values << filter.executor;
    }
    const QString search = searchExpression(filter.search);
    if (!search.isEmpty()) {
        conditions << QStringLiteral("c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)");
        *values << search;
    }
    if (!filter.periodStates.isEmpty() && filter.periodStart.isValid() && filter.periodEnd.isValid()) {
        conditions << QStringLiteral("c.id IN (%1 SELECT case_id FROM counted WHERE state IN (%2))")
                          .arg(StatisticsEngine::countedCasesSql(), placeholders(filter.periodStates.size()));
        *values << MachineFormat::date(filter.periodStart) << MachineFormat::date(filter.periodEnd);
        for (CaseState state : filter.periodStates)
            *values << CaseStates::key(state);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

qint64 CaseListQuery::count(const CaseFilter &filter) const
{
    QVariantList values;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM cases c") + whereClause(filter, &values));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

CaseListQuery::Cursor CaseListQuery::cursorOf(const CaseListRow &row, SortKey key)
{
    QVariant value;
    switch (key) {
    case SortKey::DecisionNo: value = row.decisionNo; break;
    case SortKey::DecisionDate: value = MachineFormat::date(row.decisionDate); break;
    case SortKey::Obligor: value = TextFolding::fold(row.obligor); break;
    case SortKey::Obligee: value = TextFolding::fold(row.obligee); break;
    case SortKey::Kind: value = CaseKinds::key(row.kind); break;
    case SortKey::Executor: value = row.executor; break;
    case SortKey::AmountDue: value = row.amountDue; break;
    case SortKey::AmountPaid: value = row.amountPaid; break;
    case SortKey::AmountRemaining: value = row.amountRemaining; break;
    case SortKey::State: value = CaseStates::key(row.state); break;
    case SortKey::Unit: value = row.unitId; break;
    }
    return {value, row.id};
}

QList<CaseListRow> CaseListQuery::page(const CaseFilter &filter, Sort sort, const std::optional<Cursor> &after,
                                       int limit) const
{
    QVariantList values;
    QString where = whereClause(filter, &values);
    const QString column = sortColumn(sort.key);
    const QString direction = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after) {
        const QString op = sort.descending ? QStringLiteral("<") : QStringLiteral(">");
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(%1, c.id) %2 (?, ?)").arg(column, op);
        values << after->value << after->id;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM cases c%2 ORDER BY %3 %4, c.id %4 LIMIT ?")
                  .arg(kRowColumns, where, column, direction));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(limit);
    QList<CaseListRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        CaseListRow row;
        row.id = q.value(0).toLongLong();
        row.unitId = q.value(1).toLongLong(); // its name comes from the models' UnitNames
        row.decisionNo = q.value(2).toString();
        row.decisionDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        row.obligor = q.value(4).toString();
        row.obligee = q.value(5).toString();
        CaseKinds::fromKey(q.value(6).toString(), &row.kind);
        row.executor = q.value(7).toString();
        row.amountDue = q.value(8).toLongLong();
        row.amountPaid = q.value(9).toLongLong();
        row.amountRemaining = q.value(10).toLongLong();
        CaseStates::fromKey(q.value(11).toString(), &row.state);
        rows << row;
    }
    return rows;
}

QStringList CaseListQuery::executors(qint64 unitId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT executor FROM cases WHERE ? = 0 OR unit_id = ? ORDER BY executor"));
    q.addBindValue(unitId);
    q.addBindValue(unitId);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

QStringList CaseListQuery::courts() const
{
    QSqlQuery q(m_db);
    QStringList courts;
    if (q.exec(QStringLiteral("SELECT DISTINCT court FROM cases ORDER BY court"))) {
        while (q.next())
            courts << q.value(0).toString();
    }
    return courts;
}

QList<int> CaseListQuery::acceptedYears() const
{
    QSqlQuery q(m_db);
    QList<int> years;
    if (q.exec(QStringLiteral("SELECT MIN(decision_date), MAX(decision_date) FROM cases")) && q.next()
        && !q.value(0).isNull()) {
        const int first = StatisticalPeriod::statisticalYearOf(QDate::fromString(q.value(0).toString(), Qt::ISODate));
        const int last = StatisticalPeriod::statisticalYearOf(QDate::fromString(q.value(1).toString(), Qt::ISODate));
        for (int year = last; year >= first; --year)
            years << year;
    }
    return years;
}
