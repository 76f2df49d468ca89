#include "DemoBuilder.h"

#include "DemoProvince.h"
#include "DemoRegisters.h"
#include "DemoUsers.h"
#include "StatisticsEngine.h"
#include "TargetRepository.h"
#include "UnitRepository.h"

namespace {
// The total đồng with conditions that makes `resolved` come out at `rate`
// (hundredths) when rounded half-up: D ≈ resolved × 10 000 ÷ rate.
std::optional<qint64> wholeForRate(qint64 resolved, Rates::Hundredths rate)
{
    __extension__ using Wide = __int128;
    const qint64 whole = static_cast<qint64>(Wide(resolved) * 10000 / rate);
    for (qint64 d = whole - 2; d <= whole + 2; ++d) {
        if (Rates::rate(resolved, d) == rate)
            return d;
    }
    return std::nullopt;
}
} // namespace

bool DemoBuilder::build(QString *error)
{
    const auto spec = DemoSpec::load(QStringLiteral(":/data/demo-son-la.json"), error);
    if (!spec)
        return false;
    const UnitRepository units(m_session.sql());
    QList<qint64> unitIds;
    for (const DemoSpec::UnitSpec &u : spec->units) {
        const auto unit = units.byCode(u.code);
        if (!unit) {
            *error = tr("The demo needs the unit %1, which this database does not have.").arg(u.code);
            return false;
        }
        unitIds << unit->id;
    }

    DemoProvince province(*spec, unitIds);
    if (!province.generate(error))
        return false;
    QList<CaseRecord> ordinary, balancing;
    for (const DemoProvince::Case &c : province.cases()) {
        (c.balancing ? balancing : ordinary) << c.record;
        m_events += c.record.events.size();
    }
    CaseRepository cases(m_session);
    WriteResult written = cases.createMany(ordinary);
    if (!written.ok()) {
        *error = written.message();
        return false;
    }

    // The year that must reach a money rate: its big open bank cases get the
    // amounts that bring the province's money with conditions to what the rate needs.
    const StatisticsEngine engine(m_session.sql());
    for (const DemoSpec::YearSpec &year : spec->years) {
        if (!year.moneyRate)
            continue;
        const auto table = engine.compute(StatisticalPeriod::year(year.year), error);
        if (!table)
            return false;
        const qint64 resolved = table->province.figures.money(StatColumn::Resolved);
        const qint64 with = table->province.figures.money(StatColumn::WithConditions);
        const auto needed = wholeForRate(resolved, *year.moneyRate);
        if (!needed || *needed - with < qint64(balancing.size()) * 1'000'000'000) {
            *error = QStringLiteral("demo design: the money rate of %1 cannot reach %2 (%3 of %4 đồng)")
                         .arg(year.year)
                         .arg(*year.moneyRate)
                         .arg(resolved)
                         .arg(with);
            return false;
        }
        qint64 left = *needed - with;
        for (int k = 0; k < balancing.size(); ++k) {
            const qint64 amount = k + 1 == balancing.size() ? left : left * 3 / 5 / 1'000'000 * 1'000'000;
            balancing[k].enforcementCase.amountDue = amount;
            left -= amount;
        }
    }
    written = cases.createMany(balancing);
    if (!written.ok()) {
        *error = written.message();
        return false;
    }
    m_cases = ordinary.size() + balancing.size();

    TargetRepository targets(m_session.sql());
    for (const DemoSpec::YearSpec &year : spec->years) {
        written = targets.set(m_session, {year.year, 0, year.caseTarget, year.moneyTarget});
        for (int u = 0; written.ok() && u < unitIds.size(); ++u) {
            const int offset = spec->units.at(u).targetOffset;
            written = targets.set(m_session, {year.year, unitIds.at(u), year.caseTarget + offset,
                                              year.moneyTarget + offset});
        }
        if (!written.ok()) {
            *error = written.message();
            return false;
        }
    }

    // The registers come last: they link to the stored cases and leave them as they are.
    DemoRegisters registers(m_session, *spec, unitIds);
    if (!registers.build(error))
        return false;
    m_registerEntries = registers.entryCount();

    DemoUsers users(m_session);
    if (!users.create(error))
        return false;
    m_accounts = users.accounts();
    return true;
}
