#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

// The design of the synthetic demo province, read from
// resources/data/demo-son-la.json: how big each unit is, how well it does
// against the province, what each year should look like. The generator turns
// it into cases and events; the engine computes every figure from those.
struct DemoSpec
{
    struct UnitSpec
    {
        QString code;
        int weight = 1;       // share of the province's cases
        int offset = 0;       // its case rate against the province's, in hundredths
        int targetOffset = 0; // its target against the province's, in hundredths
        int executors = 3;
        QString court;
        QString place; // "huyện Mai Sơn"
        QStringList communes;
    };

    struct YearSpec
    {
        int year = 0;
        int withConditions = 0; // province, 12 months
        int resolved = 0;
        int rate9Months = 0;            // province case rate at 30/06, hundredths
        std::optional<int> moneyRate;   // province money rate the year must reach exactly
        int caseTarget = 0;
        int moneyTarget = 0;
    };

    struct Shares // hundredths of a percent
    {
        int withoutConditions = 0; // of the cases to enforce
        int entrusted = 0;         // of the cases with conditions
        int withdrawn = 0;
        int terminated = 0; // of the resolved
        int postponed = 0;  // of the cases with conditions
        int suspended = 0;
        int heldOther = 0;
    };

    quint64 seed = 0;
    int backlogCases = 0;
    QDate backlogFrom;
    QDate backlogTo;
    QList<YearSpec> years;
    Shares shares;
    QList<UnitSpec> units;
    QStringList villages;
    QStringList familyNames, maleMiddle, femaleMiddle, maleGiven, femaleGiven;
    QStringList companies;
    QString stateObligee;

    static std::optional<DemoSpec> load(const QString &resource, QString *error);
};
