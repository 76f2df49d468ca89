#include "StatisticsTable.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
struct ColumnRow
{
    StatColumn value;
    const char *key;
    const char *name;
};

constexpr std::array kColumns = {
    ColumnRow{StatColumn::TotalAccepted, "total_accepted", QT_TRANSLATE_NOOP("StatColumn", "Total accepted")},
    ColumnRow{StatColumn::CarriedOver, "carried_over", QT_TRANSLATE_NOOP("StatColumn", "Carried over")},
    ColumnRow{StatColumn::NewAccepted, "new_accepted", QT_TRANSLATE_NOOP("StatColumn", "Newly accepted")},
    ColumnRow{StatColumn::Entrusted, "entrusted", QT_TRANSLATE_NOOP("StatColumn", "Entrusted")},
    ColumnRow{StatColumn::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("StatColumn", "Withdrawn or annulled")},
    ColumnRow{StatColumn::ToEnforce, "to_enforce", QT_TRANSLATE_NOOP("StatColumn", "To enforce")},
    ColumnRow{StatColumn::WithConditions, "with_conditions", QT_TRANSLATE_NOOP("StatColumn", "Able to enforce")},
    ColumnRow{StatColumn::Completed, "completed", QT_TRANSLATE_NOOP("StatColumn", "Completed")},
    ColumnRow{StatColumn::Terminated, "terminated", QT_TRANSLATE_NOOP("StatColumn", "Terminated")},
    ColumnRow{StatColumn::Reduced, "reduced", QT_TRANSLATE_NOOP("StatColumn", "Reduced or waived")},
    ColumnRow{StatColumn::Resolved, "resolved", QT_TRANSLATE_NOOP("StatColumn", "Resolved")},
    ColumnRow{StatColumn::InProgress, "in_progress", QT_TRANSLATE_NOOP("StatColumn", "In progress")},
    ColumnRow{StatColumn::Postponed, "postponed", QT_TRANSLATE_NOOP("StatColumn", "Postponed")},
    ColumnRow{StatColumn::Suspended, "suspended", QT_TRANSLATE_NOOP("StatColumn", "Suspended")},
    ColumnRow{StatColumn::Other, "other", QT_TRANSLATE_NOOP("StatColumn", "Other")},
    ColumnRow{StatColumn::WithoutConditions, "without_conditions",
              QT_TRANSLATE_NOOP("StatColumn", "Not yet able to enforce")},
    ColumnRow{StatColumn::CarriedNext, "carried_next", QT_TRANSLATE_NOOP("StatColumn", "Carried to next period")},
};
static_assert(EnumTable::inEnumOrder(kColumns));
static_assert(kColumns.size() == StatColumns::kCount);
} // namespace

QList<StatColumn> StatColumns::all()
{
    return EnumTable::values(kColumns);
}

QString StatColumns::key(StatColumn column)
{
    return QString::fromLatin1(EnumTable::row(kColumns, column).key);
}

QString StatColumns::displayName(StatColumn column)
{
    return QCoreApplication::translate("StatColumn", EnumTable::row(kColumns, column).name);
}

bool StatColumns::hasCaseCount(StatColumn column)
{
    return column != StatColumn::Reduced;
}

StatColumn StatColumns::forState(CaseState state)
{
    switch (state) {
    case CaseState::InProgress: return StatColumn::InProgress;
    case CaseState::Postponed: return StatColumn::Postponed;
    case CaseState::Suspended: return StatColumn::Suspended;
    case CaseState::HeldOther: return StatColumn::Other;
    case CaseState::WithoutConditions: return StatColumn::WithoutConditions;
    case CaseState::Completed: return StatColumn::Completed;
    case CaseState::Terminated: return StatColumn::Terminated;
    case CaseState::Entrusted: return StatColumn::Entrusted;
    case CaseState::Withdrawn: return StatColumn::Withdrawn;
    }
    return StatColumn::InProgress;
}

void StatisticsFigures::deriveTotals()
{
    for (auto *values : {&m_cases, &m_money}) {
        auto v = [values](StatColumn c) -> qint64 & { return (*values)[index(c)]; };
        v(StatColumn::TotalAccepted) = v(StatColumn::CarriedOver) + v(StatColumn::NewAccepted);
        v(StatColumn::ToEnforce) = v(StatColumn::TotalAccepted) - v(StatColumn::Entrusted) - v(StatColumn::Withdrawn);
        // Reductions resolve money, never a case: the case count of Reduced stays 0.
        v(StatColumn::Resolved) = v(StatColumn::Completed) + v(StatColumn::Terminated) + v(StatColumn::Reduced);
        v(StatColumn::WithConditions) = v(StatColumn::Resolved) + v(StatColumn::InProgress) + v(StatColumn::Postponed)
            + v(StatColumn::Suspended) + v(StatColumn::Other);
        v(StatColumn::CarriedNext) = v(StatColumn::ToEnforce) - v(StatColumn::Resolved);
    }
}

StatisticsFigures &StatisticsFigures::operator+=(const StatisticsFigures &other)
{
    for (std::size_t i = 0; i < m_cases.size(); ++i) {
        m_cases[i] += other.m_cases[i];
        m_money[i] += other.m_money[i];
    }
    return *this;
}

QStringList StatisticsFigures::invariantBreaches() const
{
    QStringList breaches;
    const auto check = [&breaches](const char *table, const auto &values) {
        auto v = [&values](StatColumn c) { return values[index(c)]; };
        const auto expect = [&](bool holds, const char *identity) {
            if (!holds)
                breaches << QStringLiteral("%1: %2").arg(QLatin1String(table), QLatin1String(identity));
        };
        expect(v(StatColumn::TotalAccepted) == v(StatColumn::CarriedOver) + v(StatColumn::NewAccepted),
               "total = carried + new");
        expect(v(StatColumn::ToEnforce)
                   == v(StatColumn::TotalAccepted) - v(StatColumn::Entrusted) - v(StatColumn::Withdrawn),
               "to_enforce = total - entrusted - withdrawn");
        expect(v(StatColumn::ToEnforce) == v(StatColumn::WithConditions) + v(StatColumn::WithoutConditions),
               "to_enforce = with + without");
        expect(v(StatColumn::Resolved) == v(StatColumn::Completed) + v(StatColumn::Terminated) + v(StatColumn::Reduced),
               "resolved = completed + terminated (+ reduced, for money)");
        expect(v(StatColumn::WithConditions)
                   == v(StatColumn::Resolved) + v(StatColumn::InProgress) + v(StatColumn::Postponed)
                       + v(StatColumn::Suspended) + v(StatColumn::Other),
               "with = resolved + in_progress + postponed + suspended + other");
        expect(v(StatColumn::CarriedNext) == v(StatColumn::ToEnforce) - v(StatColumn::Resolved),
               "carried_next = to_enforce - resolved");
        for (StatColumn c : StatColumns::all())
            expect(v(c) >= 0, "no negative figure");
    };
    check("cases", m_cases);
    check("money", m_money);
    if (cases(StatColumn::Reduced) != 0)
        breaches << QStringLiteral("cases: reduced has no case count");
    return breaches;
}

std::optional<Rates::Hundredths> StatisticsRow::caseRate() const
{
    return Rates::rate(figures.cases(StatColumn::Resolved), figures.cases(StatColumn::WithConditions));
}

std::optional<Rates::Hundredths> StatisticsRow::moneyRate() const
{
    return Rates::rate(figures.money(StatColumn::Resolved), figures.money(StatColumn::WithConditions));
}

std::optional<qint64> StatisticsRow::caseNeeded() const
{
    if (!caseTarget)
        return std::nullopt;
    return Rates::needed(*caseTarget, figures.cases(StatColumn::WithConditions), figures.cases(StatColumn::Resolved));
}

std::optional<qint64> StatisticsRow::moneyNeeded() const
{
    if (!moneyTarget)
        return std::nullopt;
    return Rates::needed(*moneyTarget, figures.money(StatColumn::WithConditions), figures.money(StatColumn::Resolved));
}

Unit StatisticsTable::provinceUnit()
{
    Unit unit;
    unit.code = provinceCode();
    unit.kind = Unit::Kind::Province;
    unit.nameVi = unit.shortVi = QCoreApplication::translate("StatisticsTable", "Whole province");
    unit.nameEn = unit.nameVi;
    unit.sortOrder = 1000;
    return unit;
}

const StatisticsRow *StatisticsTable::row(const QString &unitCode) const
{
    if (unitCode.compare(provinceCode(), Qt::CaseInsensitive) == 0)
        return &province;
    for (const StatisticsRow &r : units) {
        if (r.unit.code.compare(unitCode, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}
