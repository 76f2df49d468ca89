#include "ChartText.h"

#include "Format.h"

QString ChartText::amount(qint64 value, Charts::Measure measure)
{
    return measure == Charts::Measure::Cases ? Format::count(value) : Format::money(value);
}

QString ChartText::rateTitle(Charts::Measure measure)
{
    return measure == Charts::Measure::Cases ? tr("Resolution rate in cases") : tr("Resolution rate in money");
}

QString ChartText::heading(const QString &unitName, const StatisticalPeriod &period)
{
    return tr("%1, %2").arg(unitName, period.label());
}

QString ChartText::rateToolTip(const StatisticsRow &row, Charts::Measure measure, const QString &heading)
{
    using namespace Charts;
    QStringList lines{heading};
    const qint64 resolved = valueOf(row, StatColumn::Resolved, measure);
    const qint64 with = valueOf(row, StatColumn::WithConditions, measure);
    const auto rate = rateOf(row, measure);
    if (rate)
        lines << tr("Rate: %1 (%2 resolved of %3 with conditions)")
                     .arg(Format::percent(rate), amount(resolved, measure), amount(with, measure));
    else
        lines << tr("Rate: none (nothing with conditions)");
    if (const auto target = targetOf(row, measure)) {
        const auto points = pointsOf(row, measure);
        lines << (points ? tr("Target: %1 (%2 points)").arg(Format::percent(target), Format::points(points))
                         : tr("Target: %1").arg(Format::percent(target)));
        const auto needed = neededOf(row, measure);
        if (needed && *needed > 0)
            lines << tr("Still needed for the target: %1").arg(amount(*needed, measure));
    } else {
        lines << tr("No target set");
    }
    return lines.join(QLatin1Char('\n'));
}
