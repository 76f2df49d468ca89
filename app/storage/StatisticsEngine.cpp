#include "StatisticsEngine.h"

#include "Database.h"

#include "Format.h"
#include "TargetRepository.h"
#include "UnitRepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Per case: what the log says at the period's start and end, then the case's
// leaf column by DESIGN.md's rule (terminal in the period, else hold, else the
// latest verification). hold_key and verify_key pick the latest such event by
// its replay position (seq) and carry its kind in the low bits.
const char *const kCountedCasesSql = R"SQL(
WITH period (start_date, end_date) AS (SELECT ?, ?),
facts AS (
    SELECT e.case_id,
        SUM(CASE WHEN e.type IN ('payment', 'reduction') AND e.event_date < p.start_date
                 THEN e.amount ELSE 0 END) AS settled_before,
        SUM(CASE WHEN e.type IN ('payment', 'reduction') AND e.event_date <= p.end_date
                 THEN e.amount ELSE 0 END) AS settled_by_end,
        SUM(CASE WHEN e.type = 'payment' AND e.event_date >= p.start_date AND e.event_date <= p.end_date
                 THEN e.amount ELSE 0 END) AS paid_in,
        SUM(CASE WHEN e.type = 'reduction' AND e.event_date >= p.start_date AND e.event_date <= p.end_date
                 THEN e.amount ELSE 0 END) AS reduced_in,
        MAX(CASE WHEN e.type IN ('completed', 'terminated', 'entrusted', 'withdrawn')
                  AND e.event_date < p.start_date THEN 1 ELSE 0 END) AS ended_before,
        MAX(CASE WHEN e.type IN ('completed', 'terminated', 'entrusted', 'withdrawn')
                  AND e.event_date >= p.start_date AND e.event_date <= p.end_date THEN e.type END) AS terminal_in,
        MAX(CASE WHEN e.type IN ('postponed', 'suspended', 'held_other', 'resumed') AND e.event_date <= p.end_date
                 THEN e.seq * 4 + CASE e.type WHEN 'postponed' THEN 1 WHEN 'suspended' THEN 2
                                              WHEN 'held_other' THEN 3 ELSE 0 END END) AS hold_key,
        MAX(CASE WHEN e.type IN ('verified_able', 'verified_unable') AND e.event_date <= p.end_date
                 THEN e.seq * 2 + CASE e.type WHEN 'verified_unable' THEN 1 ELSE 0 END END) AS verify_key
    FROM case_events e CROSS JOIN period p
    WHERE e.voided_by IS NULL AND e.type <> 'correction'
    GROUP BY e.case_id
),
counted AS (
    SELECT c.id AS case_id, c.unit_id,
        CASE WHEN c.decision_date < p.start_date THEN 1 ELSE 0 END AS carried,
        c.amount_due - COALESCE(f.settled_before, 0) AS due_at_start,
        c.amount_due - COALESCE(f.settled_by_end, 0) AS due_at_end,
        COALESCE(f.paid_in, 0) AS paid_in,
        COALESCE(f.reduced_in, 0) AS reduced_in,
        CASE WHEN f.terminal_in IS NOT NULL THEN f.terminal_in
             WHEN f.hold_key % 4 = 1 THEN 'postponed'
             WHEN f.hold_key % 4 = 2 THEN 'suspended'
             WHEN f.hold_key % 4 = 3 THEN 'other'
             WHEN f.verify_key % 2 = 1 THEN 'without_conditions'
             ELSE 'in_progress' END AS state
    FROM cases c CROSS JOIN period p LEFT JOIN facts f ON f.case_id = c.id
    WHERE c.decision_date <= p.end_date AND COALESCE(f.ended_before, 0) = 0
)
)SQL";

const char *const kTotalsSql = R"SQL(
SELECT unit_id, state,
       COUNT(*), SUM(carried),
       SUM(CASE WHEN carried = 1 THEN due_at_start ELSE 0 END),
       SUM(CASE WHEN carried = 0 THEN due_at_start ELSE 0 END),
       SUM(due_at_end), SUM(paid_in), SUM(reduced_in)
FROM counted
GROUP BY unit_id, state
)SQL";
} // namespace

QString StatisticsEngine::countedCasesSql()
{
    return QString::fromLatin1(kCountedCasesSql);
}

std::optional<StatisticsTable> StatisticsEngine::compute(const StatisticalPeriod &period, QString *error) const
{
    if (!period.isValid()) {
        *error = tr("The period is not valid.");
        return std::nullopt;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(countedCasesSql() + QString::fromLatin1(kTotalsSql));
    q.addBindValue(MachineFormat::date(period.start()));
    q.addBindValue(MachineFormat::date(period.end()));
    const auto failed = [&] {
        *error = tr("The statistics could not be computed: %1").arg(Database::describe(m_db, q.lastError()));
        return std::nullopt;
    };
    if (!q.exec())
        return failed();
    QHash<qint64, StatisticsFigures> figures;
    while (q.next()) {
        StatisticsFigures &f = figures[q.value(0).toLongLong()];
        CaseState state = CaseState::InProgress;
        CaseStates::fromKey(q.value(1).toString(), &state);
        const qint64 count = q.value(2).toLongLong();
        const qint64 carried = q.value(3).toLongLong();
        f.addCases(StatColumn::CarriedOver, carried);
        f.addCases(StatColumn::NewAccepted, count - carried);
        f.addMoney(StatColumn::CarriedOver, q.value(4).toLongLong());
        f.addMoney(StatColumn::NewAccepted, q.value(5).toLongLong());
        const StatColumn leaf = StatColumns::forState(state);
        f.addCases(leaf, count);
        // Completed money is what was paid in the period, whatever the case's state;
        // every other leaf holds what remained due when the case got there.
        if (leaf != StatColumn::Completed)
            f.addMoney(leaf, q.value(6).toLongLong());
        f.addMoney(StatColumn::Completed, q.value(7).toLongLong());
        f.addMoney(StatColumn::Reduced, q.value(8).toLongLong());
    }
    if (q.lastError().isValid()) // a step that failed halfway (a damaged page) is no total
        return failed();

    const TargetRepository targets(m_db);
    QHash<qint64, Target> targetOf;
    for (const Target &t : targets.inForce(period.statisticalYear(), period.end())) // the decision in force at its end
        targetOf.insert(t.unitId, t);

    StatisticsTable table;
    table.period = period;
    table.province.unit = StatisticsTable::provinceUnit();
    for (const Unit &unit : UnitRepository(m_db).all()) {
        StatisticsRow row;
        row.unit = unit;
        row.figures = figures.value(unit.id);
        row.figures.deriveTotals();
        row.caseTarget = targetOf.value(unit.id).cases;
        row.moneyTarget = targetOf.value(unit.id).money;
        table.province.figures += row.figures;
        table.units.append(row);
    }
    table.province.figures.deriveTotals();
    table.province.caseTarget = targetOf.value(0).cases;
    table.province.moneyTarget = targetOf.value(0).money;
    return table;
}
