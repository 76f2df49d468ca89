#pragma once

#include "CaseRepository.h"
#include "DemoCaseFactory.h"
#include "DemoRandom.h"
#include "DemoSpec.h"

// The simulation behind the demo: year by year, each unit's open cases and new
// cases are given a fate (resolved, still open, on hold, without conditions,
// entrusted, withdrawn) in the numbers the design asks for, and the events that
// lead there are written into each case's log. Which cases are resolved before
// 30 June is chosen so the nine-month rate comes out as designed.
class DemoProvince
{
public:
    struct Case
    {
        CaseRecord record;
        int unit = 0;
        bool balancing = false; // a big open case whose amount is set last (money rate)
    };

    DemoProvince(const DemoSpec &spec, const QList<qint64> &unitIds);

    bool generate(QString *error);
    const QList<Case> &cases() const { return m_cases; }
    QList<Case> &cases() { return m_cases; }

    // Splits `total` over the units in proportion to their weights (largest remainder).
    QList<int> byWeight(int total) const;

private:
    enum class Fate { Resolve, Open, Hold, Without, Entrust, Withdraw };
    struct Plan; // one unit's year

    void backlog();
    bool simulateYear(const DemoSpec::YearSpec &year, QString *error);
    bool planUnit(const DemoSpec::YearSpec &year, int unit, int withConditions, int resolvedCount, Plan *plan,
                  QString *error);
    void prepare(const DemoSpec::YearSpec &year, int index, Fate fate, QDate *ready);
    bool chooseEarly(const DemoSpec::YearSpec &year, const QList<int> &resolving, const QList<QDate> &ready,
                     const QList<int> &resolvedPerUnit, QList<bool> *early, QString *error);
    void resolve(const DemoSpec::YearSpec &year, int index, QDate ready, bool early);

    QList<int> resolvedPerUnit(const DemoSpec::YearSpec &year, const QList<int> &withPerUnit);
    CaseStatus statusAt(int index, QDate date) const;
    void add(int index, EventType type, QDate date, qint64 amount = 0);
    qint64 partOf(qint64 remaining, int minPercent, int maxPercent);
    int newCase(int unit, QDate accepted);

    const DemoSpec &m_spec;
    QList<qint64> m_unitIds;
    DemoRandom m_random;
    DemoCaseFactory m_factory;
    QList<Case> m_cases;
};
