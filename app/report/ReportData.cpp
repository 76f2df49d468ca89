#include "ReportData.h"

#include "PeriodLockRepository.h"
#include "RegisterStatistics.h"
#include "StatisticsEngine.h"
#include "StatisticsSeries.h"
#include "TargetRepository.h"
#include "UnitRepository.h"

StatisticalPeriod ReportDataLoader::previousPeriod(const StatisticalPeriod &period)
{
    switch (period.kind()) {
    case StatisticalPeriod::Kind::Year:
        return StatisticalPeriod::year(period.statisticalYear() - 1);
    case StatisticalPeriod::Kind::Months:
        return StatisticalPeriod::months(period.statisticalYear() - 1, period.monthCount());
    case StatisticalPeriod::Kind::AsOf:
        return StatisticalPeriod::asOf(period.end().addYears(-1));
    }
    return {};
}

std::optional<ReportData> ReportDataLoader::load(QSqlDatabase db, const ReportOptions &options, QDate today,
                                                 const Progress &progress, QString *error)
{
    ReportData data;
    data.options = options;
    data.closedAt = PeriodLockRepository::provinceClosedAt(db, options.period.end());
    data.targetDecisions = TargetRepository(db).decisions(options.period.statisticalYear(), options.period.end());
    const int total = 6;
    int done = 0;
    const auto step = [&]() {
        if (progress && !progress(++done, total)) {
            *error = tr("The report was cancelled.");
            return false;
        }
        return true;
    };
    const StatisticsEngine engine(db);
    const auto current = engine.compute(options.period, error);
    if (!current)
        return std::nullopt;
    if (current->province.figures.cases(StatColumn::TotalAccepted) == 0) {
        *error = tr("There are no cases to report for %1 (%2 – %3).")
                     .arg(options.period.label(), options.period.start().toString(QStringLiteral("dd/MM/yyyy")),
                          options.period.end().toString(QStringLiteral("dd/MM/yyyy")));
        return std::nullopt;
    }
    data.current = *current;
    if (!step())
        return std::nullopt;

    if (const StatisticalPeriod previous = previousPeriod(options.period); previous.isValid()) {
        auto table = engine.compute(previous, error);
        if (!table)
            return std::nullopt;
        if (table->province.figures.cases(StatColumn::TotalAccepted) > 0)
            data.previous = std::move(*table);
    }
    if (!step())
        return std::nullopt;

    if (options.sections.contains(ReportSection::Charts)) {
        const StatisticsSeries series(db);
        const auto years = series.years(error);
        const auto months = years ? series.months(options.period, today, error) : std::nullopt;
        if (!years || !months)
            return std::nullopt;
        data.years = *years;
        data.months = *months;
    }
    if (!step())
        return std::nullopt;

    const RegisterStatistics registers(db);
    const auto wanted = [&options](ReportSection s) { return options.sections.contains(s); };
    if (wanted(ReportSection::Complaints) && !(data.complaints = registers.complaints(options.period, error)))
        return std::nullopt;
    if (wanted(ReportSection::Reception) && !(data.receptions = registers.receptions(options.period, error)))
        return std::nullopt;
    if (!step())
        return std::nullopt;
    if (wanted(ReportSection::Coercion) && !(data.coercions = registers.coercions(options.period, error)))
        return std::nullopt;
    if (wanted(ReportSection::Awards) && !(data.awards = registers.awards(options.period, error)))
        return std::nullopt;
    if (!step())
        return std::nullopt;

    if (wanted(ReportSection::Targets)) {
        const int next = options.period.statisticalYear() + 1;
        const TargetRepository targets(db);
        if (const auto province = targets.find(next, 0))
            data.nextTargets.append({StatisticsTable::provinceUnit(), *province});
        for (const Unit &unit : UnitRepository(db).all()) {
            if (const auto target = targets.find(next, unit.id))
                data.nextTargets.append({unit, *target});
        }
    }
    if (!step())
        return std::nullopt;
    return data;
}
