#pragma once

#include "RegisterSummary.h"
#include "ReportOptions.h"
#include "StatisticsTable.h"
#include "Target.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

// Everything the report says, read once from the database: the period's
// tables from the statistics engine, the same period a year earlier, the
// years and months for the charts, the registers' summaries and next year's
// targets. Nothing here is computed; it is all what storage returns.
struct ReportData
{
    ReportOptions options;
    StatisticsTable current;
    std::optional<StatisticsTable> previous; // the same period one year earlier
    QList<StatisticsTable> years;            // the trend, oldest first
    QList<StatisticsTable> months;           // the year's progress, month by month
    std::optional<ComplaintSummary> complaints;
    std::optional<ReceptionSummary> receptions;
    std::optional<CoercionSummary> coercions;
    std::optional<AwardSummary> awards;
    QList<std::pair<Unit, Target>> nextTargets; // the province first (id 0), then the units
    std::optional<QDateTime> closedAt;          // when the province closed the books of the period's last month
    QList<TargetDecision> targetDecisions;      // the year's decisions in force by the period's end, oldest first

    bool has(ReportSection section) const { return options.sections.contains(section); }
};

class ReportDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(ReportDataLoader)

public:
    // Called between steps; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    // Empty with a message when the period has no cases to report, the
    // database cannot be read, or the progress callback cancelled.
    static std::optional<ReportData> load(QSqlDatabase db, const ReportOptions &options, QDate today,
                                          const Progress &progress, QString *error);
    // The same period one statistical year earlier.
    static StatisticalPeriod previousPeriod(const StatisticalPeriod &period);
};
