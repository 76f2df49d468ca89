#include "DemoProvince.h"

#include "CaseLedger.h"
#include "Rates.h"

#include <algorithm>
#include <numeric>

namespace {
bool isWithConditions(std::optional<CaseState> state)
{
    return state && !CaseStates::isClosed(*state) && *state != CaseState::WithoutConditions;
}
} // namespace

struct DemoProvince::Plan
{
    QList<int> indexes; // every case the unit counts this year
    QList<Fate> fates;  // parallel to indexes
};

DemoProvince::DemoProvince(const DemoSpec &spec, const QList<qint64> &unitIds)
    : m_spec(spec), m_unitIds(unitIds), m_random(spec.seed), m_factory(spec, m_random)
{
}

QList<int> DemoProvince::byWeight(int total) const
{
    const int weights = std::accumulate(m_spec.units.cbegin(), m_spec.units.cend(), 0,
                                        [](int sum, const DemoSpec::UnitSpec &u) { return sum + u.weight; });
    QList<int> shares;
    QList<std::pair<qint64, int>> remainders; // (remainder, unit), largest first
    int given = 0;
    for (int u = 0; u < m_spec.units.size(); ++u) {
        const qint64 exact = qint64(total) * m_spec.units.at(u).weight;
        shares << int(exact / weights);
        given += shares.last();
        remainders.append({exact % weights, u});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; given < total; ++i, ++given)
        ++shares[remainders.at(i % remainders.size()).second];
    return shares;
}

CaseStatus DemoProvince::statusAt(int index, QDate date) const
{
    const CaseRecord &r = m_cases.at(index).record;
    return CaseLedger(r.enforcementCase.acceptedDate(), r.enforcementCase.amountDue, r.events).statusAt(date);
}

void DemoProvince::add(int index, EventType type, QDate date, qint64 amount)
{
    CaseEvent e;
    e.type = type;
    e.date = date;
    e.amount = amount;
    e.note = m_factory.noteFor(type);
    m_cases[index].record.events.append(e);
}

qint64 DemoProvince::partOf(qint64 remaining, int minPercent, int maxPercent)
{
    const qint64 part = remaining * m_random.between(minPercent, maxPercent) / 100 / 1000 * 1000;
    return std::clamp<qint64>(part, 1, remaining - 1);
}

int DemoProvince::newCase(int unit, QDate accepted)
{
    Case c;
    c.unit = unit;
    c.record.enforcementCase = m_factory.make(m_spec.units.at(unit), m_unitIds.at(unit), accepted);
    m_cases.append(c);
    return int(m_cases.size() - 1);
}

bool DemoProvince::generate(QString *error)
{
    backlog();
    for (const DemoSpec::YearSpec &year : m_spec.years) {
        if (!simulateYear(year, error))
            return false;
    }
    return true;
}

// The cases each unit still had open when the demo's first year began.
void DemoProvince::backlog()
{
    const QList<int> counts = byWeight(m_spec.backlogCases);
    const QDate to = m_spec.backlogTo;
    for (int u = 0; u < counts.size(); ++u) {
        for (int n = 0; n < counts.at(u); ++n) {
            const QDate accepted = m_random.dateBetween(m_spec.backlogFrom, to.addDays(-70));
            const int i = newCase(u, accepted);
            const int roll = int(m_random.below(100));
            if (roll < 50) {
                add(i, EventType::VerifiedUnable, accepted.addDays(m_random.between(15, 60)));
                continue;
            }
            const QDate verified = accepted.addDays(m_random.between(10, 40));
            add(i, EventType::VerifiedAble, verified);
            const qint64 due = m_cases.at(i).record.enforcementCase.amountDue;
            if (due > 2000 && m_random.chance(4000))
                add(i, EventType::Payment, m_random.dateBetween(verified, to), partOf(due, 10, 60));
            if (roll >= 92) {
                const EventType hold = roll < 96 ? EventType::Postponed
                                                 : (roll < 98 ? EventType::Suspended : EventType::HeldOther);
                add(i, hold, to.addDays(-m_random.between(0, 15)));
            }
        }
    }
}

QList<int> DemoProvince::resolvedPerUnit(const DemoSpec::YearSpec &year, const QList<int> &withPerUnit)
{
    // Each unit's rate is the province's plus its own offset and a little noise;
    // the counts are then nudged, largest remainders first, to the province total.
    const qint64 base = qint64(year.resolved) * 10000 / year.withConditions;
    QList<int> resolved;
    QList<std::pair<qint64, int>> remainders;
    int sum = 0;
    for (int u = 0; u < withPerUnit.size(); ++u) {
        const qint64 rate = std::clamp<qint64>(base + m_spec.units.at(u).offset + m_random.between(-60, 60), 0, 9990);
        const qint64 exact = withPerUnit.at(u) * rate;
        resolved << int(exact / 10000);
        sum += resolved.last();
        remainders.append({exact % 10000, u});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int i = 0; sum < year.resolved; ++i, ++sum)
        ++resolved[remainders.at(i % remainders.size()).second];
    for (int i = int(remainders.size()) - 1; sum > year.resolved; --i, --sum)
        --resolved[remainders.at((i + remainders.size()) % remainders.size()).second];
    return resolved;
}

bool DemoProvince::simulateYear(const DemoSpec::YearSpec &year, QString *error)
{
    const QDate start = StatisticalPeriod::yearStart(year.year);
    const QList<int> withPerUnit = byWeight(year.withConditions);
    const QList<int> resolvedCounts = resolvedPerUnit(year, withPerUnit);

    QList<int> resolving;   // cases to resolve this year
    QList<QDate> readyDates; // from when each can be resolved
    for (int u = 0; u < m_spec.units.size(); ++u) {
        Plan plan;
        if (!planUnit(year, u, withPerUnit.at(u), resolvedCounts.at(u), &plan, error))
            return false;
        // Fates are final; write what happens before any resolution.
        for (int k = 0; k < plan.indexes.size(); ++k) {
            QDate ready = std::max(start, m_cases.at(plan.indexes.at(k)).record.enforcementCase.acceptedDate());
            prepare(year, plan.indexes.at(k), plan.fates.at(k), &ready);
            if (plan.fates.at(k) == Fate::Resolve) {
                resolving << plan.indexes.at(k);
                readyDates << ready;
            }
        }
    }
    QList<bool> early;
    if (!chooseEarly(year, resolving, readyDates, resolvedCounts, &early, error))
        return false;
    for (int k = 0; k < resolving.size(); ++k)
        resolve(year, resolving.at(k), readyDates.at(k), early.at(k));
    return true;
}

bool DemoProvince::planUnit(const DemoSpec::YearSpec &year, int unit, int withConditions, int resolvedCount, Plan *plan,
                            QString *error)
{
    const QDate start = StatisticalPeriod::yearStart(year.year);
    const QDate end = StatisticalPeriod::yearEnd(year.year);
    const DemoSpec::Shares &shares = m_spec.shares;
    QList<int> unable, held, able;
    for (int i = 0; i < m_cases.size(); ++i) {
        const Case &c = m_cases.at(i);
        if (c.unit != unit || c.record.enforcementCase.acceptedDate() >= start)
            continue;
        const CaseStatus status = statusAt(i, start.addDays(-1));
        if (status.isClosed())
            continue;
        if (status.isOnHold())
            held << i;
        else if (status.state() == CaseState::WithoutConditions)
            unable << i;
        else
            able << i;
    }
    const int carried = int(unable.size() + held.size() + able.size());
    const int without = int(qint64(withConditions) * shares.withoutConditions / (10000 - shares.withoutConditions));
    const int entrusted = withConditions * shares.entrusted / 10000;
    const int withdrawn = withConditions * shares.withdrawn / 10000;
    const int fresh = withConditions + without + entrusted + withdrawn - carried;
    if (fresh < withConditions / 3) {
        *error = QStringLiteral("demo design: %1 carries %2 cases into %3, too many for its year")
                     .arg(m_spec.units.at(unit).code)
                     .arg(carried)
                     .arg(year.year);
        return false;
    }
    QList<int> created;
    for (int n = 0; n < fresh; ++n)
        created << newCase(unit, m_random.dateBetween(start, end));
    // The year that must reach a money rate exactly gets the province's big open
    // bank cases: their amounts are set last, to land on that rate.
    if (year.moneyRate && unit == 0) {
        for (int k = 0; k < 2; ++k) {
            const int i = created.at(k);
            const QDate accepted = start.addDays(m_random.between(30, 100));
            m_cases[i].record.enforcementCase = m_factory.makeBankCase(m_spec.units.at(unit), m_unitIds.at(unit),
                                                                       accepted, 1);
            m_cases[i].balancing = true;
        }
    }

    QHash<int, Fate> fate;
    const auto isFree = [&fate](int i) { return !fate.contains(i); };
    for (int i : able + held + unable + created) {
        if (m_cases.at(i).balancing)
            fate.insert(i, Fate::Open);
    }
    // Without conditions: the unable cases stay so first, then some new ones turn out so.
    m_random.shuffle(unable);
    int stillWithout = without;
    for (int i : std::as_const(unable)) {
        if (stillWithout > 0 && isFree(i)) {
            fate.insert(i, Fate::Without);
            --stillWithout;
        }
    }
    QList<int> late = created;
    m_random.shuffle(late);
    for (int i : std::as_const(late)) {
        if (stillWithout > 0 && isFree(i) && m_cases.at(i).record.enforcementCase.acceptedDate() <= end.addDays(-30)) {
            fate.insert(i, Fate::Without);
            --stillWithout;
        }
    }
    QList<int> rest;
    for (int i : able + held + unable + created) {
        if (isFree(i))
            rest << i;
    }
    m_random.shuffle(rest);
    int toEntrust = entrusted, toWithdraw = withdrawn;
    for (int i : std::as_const(rest)) {
        if (m_cases.at(i).record.enforcementCase.acceptedDate() > end.addDays(-20))
            continue;
        if (toEntrust > 0) {
            fate.insert(i, Fate::Entrust);
            --toEntrust;
        } else if (toWithdraw > 0) {
            fate.insert(i, Fate::Withdraw);
            --toWithdraw;
        }
    }
    // Resolved: big amounts are resolved less often, as in life.
    QList<std::pair<qint64, int>> keyed;
    for (int i : std::as_const(rest)) {
        const EnforcementCase &c = m_cases.at(i).record.enforcementCase;
        if (!isFree(i) || c.acceptedDate() > end.addDays(-25))
            continue;
        const qint64 bias = c.amountDue >= 1'000'000'000 ? 7000 : (c.amountDue >= 200'000'000 ? 3500 : 0);
        keyed.append({m_random.below(10000) + bias, i});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    if (keyed.size() < resolvedCount) {
        *error = QStringLiteral("demo design: %1 cannot resolve %2 cases in %3")
                     .arg(m_spec.units.at(unit).code)
                     .arg(resolvedCount)
                     .arg(year.year);
        return false;
    }
    for (int k = 0; k < resolvedCount; ++k)
        fate.insert(keyed.at(k).second, Fate::Resolve);
    // The rest stay open; enough of them on hold. Cases already on hold stay so.
    const int holds = int(qint64(withConditions) * (shares.postponed + shares.suspended + shares.heldOther) / 10000);
    int onHold = 0;
    for (int i : std::as_const(held)) {
        if (isFree(i) && onHold < holds) {
            fate.insert(i, Fate::Hold);
            ++onHold;
        }
    }
    for (int i : std::as_const(rest)) {
        if (isFree(i))
            fate.insert(i, onHold++ < holds ? Fate::Hold : Fate::Open);
    }
    for (int i : able + held + unable + created) {
        plan->indexes << i;
        plan->fates << fate.value(i);
    }
    return true;
}

// Writes what happens to a case this year before it is resolved (if it is to
// be): verification, resumption, partial payments, holds, leaving the unit.
// `ready` becomes the date from which the case can be resolved.
void DemoProvince::prepare(const DemoSpec::YearSpec &year, int i, Fate fate, QDate *ready)
{
    const QDate start = StatisticalPeriod::yearStart(year.year);
    const QDate end = StatisticalPeriod::yearEnd(year.year);
    const EnforcementCase &c = m_cases.at(i).record.enforcementCase;
    const bool isNew = c.acceptedDate() >= start;
    const CaseStatus before = statusAt(i, start.addDays(-1));
    const auto dateFrom = [&](QDate from, int minDays, int maxDays) {
        return std::min(end, from.addDays(m_random.between(minDays, maxDays)));
    };
    const auto happen = [&](EventType type, QDate date, qint64 amount = 0) {
        add(i, type, date, amount);
        *ready = std::max(*ready, date);
    };
    if (fate == Fate::Without) {
        if (before.isOnHold())
            happen(EventType::Resumed, dateFrom(start, 5, 120));
        if (isNew || before.state() != CaseState::WithoutConditions)
            happen(EventType::VerifiedUnable, dateFrom(*ready, 15, 29));
        return;
    }
    if (m_cases.at(i).balancing) {
        if (isNew)
            happen(EventType::VerifiedAble, dateFrom(*ready, 10, 30));
        return;
    }
    const bool keepsHold = fate == Fate::Hold && before.isOnHold();
    if (before.isOnHold() && !keepsHold && fate != Fate::Entrust && fate != Fate::Withdraw)
        happen(EventType::Resumed, dateFrom(start, 5, 150));
    if (!isNew && before.state() == CaseState::WithoutConditions && fate != Fate::Entrust && fate != Fate::Withdraw)
        happen(EventType::VerifiedAble, dateFrom(start, 10, 200));
    if (isNew && m_random.chance(8500) && c.acceptedDate().addDays(40) <= end)
        happen(EventType::VerifiedAble, dateFrom(*ready, 10, 40));

    const qint64 remaining = statusAt(i, end).remaining();
    switch (fate) {
    case Fate::Open:
    case Fate::Hold:
        if (remaining > 2000 && m_random.chance(3500) && ready->addDays(5) <= end)
            happen(EventType::Payment, m_random.dateBetween(ready->addDays(5), end), partOf(remaining, 10, 60));
        if (fate == Fate::Hold && !keepsHold) {
            const int roll = int(m_random.below(m_spec.shares.postponed + m_spec.shares.suspended
                                                + m_spec.shares.heldOther));
            const EventType hold = roll < m_spec.shares.postponed ? EventType::Postponed
                : roll < m_spec.shares.postponed + m_spec.shares.suspended ? EventType::Suspended
                                                                           : EventType::HeldOther;
            happen(hold, m_random.dateBetween(std::min(end, ready->addDays(5)), end));
        }
        break;
    case Fate::Entrust:
    case Fate::Withdraw:
        if (remaining > 2000 && m_random.chance(2500) && ready->addDays(10) <= end)
            happen(EventType::Payment, m_random.dateBetween(ready->addDays(3), ready->addDays(10)),
                   partOf(remaining, 10, 50));
        happen(fate == Fate::Entrust ? EventType::Entrusted : EventType::Withdrawn,
               m_random.dateBetween(std::min(end, ready->addDays(10)), end));
        break;
    case Fate::Resolve:
    case Fate::Without:
        break;
    }
}

// Picks which resolutions fall by 30 June, so that the nine-month case rate of
// the province is the designed one. Moving a resolution across 30 June does
// not change how many cases have conditions then, only how many are resolved.
bool DemoProvince::chooseEarly(const DemoSpec::YearSpec &year, const QList<int> &resolving,
                               const QList<QDate> &ready, const QList<int> &resolvedPerUnit, QList<bool> *early,
                               QString *error)
{
    const StatisticalPeriod nine = StatisticalPeriod::months(year.year, 9);
    const QDate cutoff = nine.end().addDays(-10);
    qint64 withNine = 0;
    for (int i = 0; i < m_cases.size(); ++i) {
        const CaseRecord &r = m_cases.at(i).record;
        if (r.enforcementCase.acceptedDate() > nine.end())
            continue;
        const CaseLedger ledger(r.enforcementCase.acceptedDate(), r.enforcementCase.amountDue, r.events);
        if (isWithConditions(ledger.stateIn(nine)))
            ++withNine;
    }
    QList<QList<int>> eligible(m_spec.units.size()); // positions in `resolving`
    for (int k = 0; k < resolving.size(); ++k) {
        const Case &c = m_cases.at(resolving.at(k));
        if (ready.at(k) <= cutoff && c.record.enforcementCase.acceptedDate() <= cutoff)
            eligible[c.unit] << k;
    }
    // The smallest number of early resolutions that rounds to the designed rate.
    qint64 target = -1;
    for (qint64 k = withNine * year.rate9Months / 10000 - 2; k <= withNine * year.rate9Months / 10000 + 2; ++k) {
        if (k >= 0 && Rates::rate(k, withNine) == year.rate9Months) {
            target = k;
            break;
        }
    }
    if (target < 0) {
        // No whole number of cases gives that rate over this many. One more case
        // with conditions at 30 June fixes that: a case found unable in late
        // June is found so a few days later, in July, instead.
        const QDate start = StatisticalPeriod::yearStart(year.year);
        for (int i = int(m_cases.size()) - 1; i >= 0; --i) {
            CaseRecord &r = m_cases[i].record;
            if (r.enforcementCase.acceptedDate() >= start && r.events.size() == 1
                && r.events.first().type == EventType::VerifiedUnable && r.events.first().date <= nine.end()
                && r.events.first().date > nine.end().addDays(-15)) {
                r.events.first().date = nine.end().addDays(m_random.between(1, 10));
                return chooseEarly(year, resolving, ready, resolvedPerUnit, early, error);
            }
        }
        *error = QStringLiteral("demo design: no nine-month rate of %1 in %2").arg(year.rate9Months).arg(year.year);
        return false;
    }
    // Spread the early ones over the units like their resolutions, within what each can do.
    QList<qint64> quota;
    qint64 given = 0;
    const int totalResolved = int(resolving.size());
    for (int u = 0; u < eligible.size(); ++u) {
        quota << std::min<qint64>(eligible.at(u).size(), target * resolvedPerUnit.at(u) / std::max(1, totalResolved));
        given += quota.last();
    }
    const qint64 capacity = std::accumulate(eligible.cbegin(), eligible.cend(), qint64(0),
                                            [](qint64 sum, const QList<int> &e) { return sum + e.size(); });
    if (capacity < target) {
        *error = QStringLiteral("demo design: too few cases can be resolved by 30 June %1").arg(year.year);
        return false;
    }
    for (int u = 0; given < target; u = (u + 1) % int(eligible.size())) {
        if (quota.at(u) < eligible.at(u).size()) {
            ++quota[u];
            ++given;
        }
    }
    *early = QList<bool>(resolving.size(), false);
    for (int u = 0; u < eligible.size(); ++u) {
        QList<int> candidates = eligible.at(u);
        m_random.shuffle(candidates);
        for (int k = 0; k < quota.at(u); ++k)
            (*early)[candidates.at(k)] = true;
    }
    return true;
}

// Writes the payments (or reduction) and the resolution of a case: completed
// when everything is paid, sometimes terminated instead.
void DemoProvince::resolve(const DemoSpec::YearSpec &year, int i, QDate ready, bool early)
{
    const QDate end = StatisticalPeriod::yearEnd(year.year);
    const QDate june = StatisticalPeriod::months(year.year, 9).end();
    const QDate to = early ? june : end;
    const QDate from = std::min(to, early ? ready.addDays(1) : std::max(ready.addDays(1), june.addDays(1)));
    const QDate resolvedOn = m_random.dateBetween(std::min(from.addDays(6), to), to);
    qint64 remaining = statusAt(i, end).remaining();
    const EnforcementCase &c = m_cases.at(i).record.enforcementCase;
    if (m_random.chance(m_spec.shares.terminated)) {
        if (remaining > 2000 && m_random.chance(3000))
            add(i, EventType::Payment, m_random.dateBetween(from, resolvedOn), partOf(remaining, 10, 50));
        add(i, EventType::Terminated, resolvedOn);
        return;
    }
    QList<QDate> dates;
    const int payments = remaining <= 0 ? 0
        : remaining < 1'000'000       ? 1
                                      : int(m_random.between(1, remaining > 50'000'000 ? 3 : 2));
    for (int k = 0; k < payments; ++k)
        dates << m_random.dateBetween(from, resolvedOn);
    std::sort(dates.begin(), dates.end());
    if (remaining > 2000 && c.kind == CaseKind::HinhSu && remaining <= 20'000'000 && m_random.chance(800)) {
        const qint64 reduced = partOf(remaining, 10, 50);
        add(i, EventType::Reduction, dates.isEmpty() ? from : dates.first(), reduced);
        remaining -= reduced;
    }
    for (int k = 0; k < payments; ++k) {
        const qint64 amount = k + 1 == payments ? remaining : partOf(remaining, 30, 70);
        add(i, EventType::Payment, dates.at(k), amount);
        remaining -= amount;
    }
    add(i, EventType::Completed, resolvedOn);
}
