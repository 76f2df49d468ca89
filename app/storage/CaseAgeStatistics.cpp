#include "CaseAgeStatistics.h"

#include "Database.h"
#include "Format.h"
#include "StatisticsEngine.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Per unit and acceptance date, the cases still pending at the end: what
// carried_next counts (DESIGN.md: to_enforce − resolved).
const char *const kPendingSql = R"SQL(
SELECT counted.unit_id, cases.decision_date, COUNT(*)
FROM counted JOIN cases ON cases.id = counted.case_id
WHERE counted.state IN ('in_progress', 'postponed', 'suspended', 'other', 'without_conditions')
GROUP BY counted.unit_id, cases.decision_date
)SQL";
} // namespace

std::optional<CaseAge::Table> CaseAgeStatistics::compute(const StatisticalPeriod &period, QString *error) const
{
    const auto figures = StatisticsEngine(m_db).compute(period, error);
    if (!figures)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(StatisticsEngine::countedCasesSql() + QString::fromLatin1(kPendingSql));
    q.addBindValue(MachineFormat::date(period.start()));
    q.addBindValue(MachineFormat::date(period.end()));
    if (!q.exec()) {
        *error = tr("The age of the pending cases could not be computed: %1").arg(Database::describe(m_db, q.lastError()));
        return std::nullopt;
    }
    QHash<qint64, CaseAge::Row> byUnit;
    while (q.next()) {
        const QDate accepted = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        byUnit[q.value(0).toLongLong()].pending[int(CaseAge::bandOf(accepted, period.end()))] += q.value(2).toLongLong();
    }
    if (q.lastError().isValid()) {
        *error = tr("The age of the pending cases could not be computed: %1").arg(Database::describe(m_db, q.lastError()));
        return std::nullopt;
    }
    CaseAge::Table table;
    table.period = period;
    table.province.unit = figures->province.unit;
    for (const StatisticsRow &unit : figures->units) {
        CaseAge::Row row = byUnit.value(unit.unit.id);
        row.unit = unit.unit;
        row.resolved = unit.figures.cases(StatColumn::Resolved);
        row.newAccepted = unit.figures.cases(StatColumn::NewAccepted);
        table.province += row;
        table.units << row;
    }
    return table;
}
