#pragma once

#include "DemoRandom.h"
#include "DemoSpec.h"
#include "EnforcementCase.h"
#include "EventType.h"

#include <QHash>

// Makes plausible Sơn La cases: people with Thai, H'Mông and Kinh names and
// village addresses, judgments of the right court, amounts that fit the kind.
class DemoCaseFactory
{
public:
    DemoCaseFactory(const DemoSpec &spec, DemoRandom &random);

    // A new case of a unit accepted on `accepted`; unitId is the stored unit.
    EnforcementCase make(const DemoSpec::UnitSpec &unit, qint64 unitId, QDate accepted);
    // A big commercial case (a bank's loan): used where the demo needs one.
    EnforcementCase makeBankCase(const DemoSpec::UnitSpec &unit, qint64 unitId, QDate accepted, qint64 amount);

    // A short note for an event, as a clerk would write it.
    QString noteFor(EventType type);

private:
    QString person(bool *female = nullptr);
    QString address(const DemoSpec::UnitSpec &unit);
    QString idNumber(bool female);
    QString decisionNo(const DemoSpec::UnitSpec &unit);
    QString executor(const DemoSpec::UnitSpec &unit);
    void fillJudgment(EnforcementCase *c, const DemoSpec::UnitSpec &unit, const QString &code);
    qint64 amountFor(CaseKind kind, QString *obligation);

    const DemoSpec &m_spec;
    DemoRandom &m_random;
    QHash<QString, int> m_nextDecision;   // per unit code
    QHash<QString, QStringList> m_executors;
    QHash<int, int> m_nextJudgment;       // per year
};
