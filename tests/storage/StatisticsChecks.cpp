#include "StatisticsChecks.h"

#include "CaseRepository.h"
#include "Session.h"

#include <QSet>
#include <QSqlQuery>

namespace StatisticsChecks {

Expected zeros()
{
    Expected expected;
    for (StatColumn column : StatColumns::all())
        expected.append({column, 0, 0});
    return expected;
}

QStringList compare(const StatisticsFigures &actual, const Expected &expected)
{
    QStringList differences;
    QSet<int> seen;
    for (const Cell &cell : expected) {
        const QString key = StatColumns::key(cell.column);
        if (seen.contains(int(cell.column)))
            differences << QStringLiteral("%1: listed twice in the expectation").arg(key);
        seen.insert(int(cell.column));
        if (actual.cases(cell.column) != cell.cases)
            differences << QStringLiteral("%1: cases %2, expected %3").arg(key).arg(actual.cases(cell.column)).arg(cell.cases);
        if (actual.money(cell.column) != cell.money)
            differences << QStringLiteral("%1: money %2, expected %3").arg(key).arg(actual.money(cell.column)).arg(cell.money);
    }
    for (StatColumn column : StatColumns::all()) {
        if (!seen.contains(int(column)))
            differences << QStringLiteral("%1: missing from the expectation").arg(StatColumns::key(column));
    }
    return differences;
}

QStringList tableProblems(const StatisticsTable &table)
{
    QStringList problems;
    StatisticsFigures sum;
    for (const StatisticsRow &row : table.units) {
        for (const QString &breach : row.figures.invariantBreaches())
            problems << QStringLiteral("%1 %2: %3").arg(table.period.key(), row.unit.code, breach);
        sum += row.figures;
    }
    sum.deriveTotals();
    for (const QString &breach : table.province.figures.invariantBreaches())
        problems << QStringLiteral("%1 PROVINCE: %2").arg(table.period.key(), breach);
    if (!(sum == table.province.figures)) {
        for (const QString &d : compare(table.province.figures, [&sum] {
                 Expected e;
                 for (StatColumn c : StatColumns::all())
                     e.append({c, sum.cases(c), sum.money(c)});
                 return e;
             }()))
            problems << QStringLiteral("%1 PROVINCE is not the sum of the units: %2").arg(table.period.key(), d);
    }
    if (!table.province.isProvince() || table.province.unit.code != StatisticsTable::provinceCode())
        problems << QStringLiteral("%1: the province row is not the PROVINCE pseudo-unit").arg(table.period.key());
    return problems;
}

QList<LedgerCase> loadLedgers(const Session &session)
{
    QList<std::pair<qint64, qint64>> ids;
    QSqlQuery q(session.sql());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, unit_id FROM cases ORDER BY id"));
    while (q.next())
        ids.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    const CaseRepository repository(session);
    QList<LedgerCase> cases;
    cases.reserve(ids.size());
    for (const auto &[caseId, unitId] : ids) {
        const auto ledger = repository.ledger(caseId);
        if (ledger)
            cases.append({caseId, unitId, *ledger});
    }
    return cases;
}

QHash<qint64, StatisticsFigures> fromLedgers(const QList<LedgerCase> &cases, const StatisticalPeriod &period)
{
    QHash<qint64, StatisticsFigures> figures;
    for (const LedgerCase &c : cases) {
        const std::optional<CaseState> state = c.ledger.stateIn(period);
        if (!state)
            continue;
        StatisticsFigures &f = figures[c.unitId];
        const bool carried = c.ledger.acceptedDate() < period.start();
        const qint64 atStart = c.ledger.statusAt(period.start().addDays(-1)).remaining();
        f.addCases(carried ? StatColumn::CarriedOver : StatColumn::NewAccepted, 1);
        f.addMoney(carried ? StatColumn::CarriedOver : StatColumn::NewAccepted, atStart);
        const StatColumn leaf = StatColumns::forState(*state);
        f.addCases(leaf, 1);
        if (leaf != StatColumn::Completed)
            f.addMoney(leaf, c.ledger.statusAt(period.end()).remaining());
        for (int index : c.ledger.replayOrder()) {
            const CaseEvent &e = c.ledger.events().at(index);
            if (!period.contains(e.date))
                continue;
            if (e.type == EventType::Payment)
                f.addMoney(StatColumn::Completed, e.amount);
            else if (e.type == EventType::Reduction)
                f.addMoney(StatColumn::Reduced, e.amount);
        }
    }
    for (StatisticsFigures &f : figures)
        f.deriveTotals();
    return figures;
}

QStringList compareWithLedgers(const StatisticsTable &table, const QHash<qint64, StatisticsFigures> &core,
                               bool leafCasesOnly)
{
    static const QList<StatColumn> leaves = {
        StatColumn::CarriedOver, StatColumn::NewAccepted, StatColumn::InProgress, StatColumn::Postponed,
        StatColumn::Suspended,   StatColumn::Other,       StatColumn::WithoutConditions,
        StatColumn::Completed,   StatColumn::Terminated,  StatColumn::Entrusted, StatColumn::Withdrawn};
    QStringList differences;
    for (const StatisticsRow &row : table.units) {
        const StatisticsFigures expected = core.value(row.unit.id);
        for (StatColumn column : leafCasesOnly ? leaves : StatColumns::all()) {
            const QString where = QStringLiteral("%1 %2 %3").arg(table.period.key(), row.unit.code,
                                                                 StatColumns::key(column));
            if (row.figures.cases(column) != expected.cases(column))
                differences << QStringLiteral("%1: engine %2 cases, ledgers %3")
                                   .arg(where)
                                   .arg(row.figures.cases(column))
                                   .arg(expected.cases(column));
            if (!leafCasesOnly && row.figures.money(column) != expected.money(column))
                differences << QStringLiteral("%1: engine %2 đồng, ledgers %3")
                                   .arg(where)
                                   .arg(row.figures.money(column))
                                   .arg(expected.money(column));
        }
    }
    return differences;
}

} // namespace StatisticsChecks
