#include "ChartDescription.h"

#include "Format.h"
#include "Language.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {
QBarCategoryAxis *categoryAxis(const QAbstractSeries *series, Qt::Orientation orientation)
{
    for (QAbstractAxis *axis : const_cast<QAbstractSeries *>(series)->attachedAxes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis); categories && axis->orientation() == orientation)
            return categories;
    }
    return nullptr;
}

// A value as its axis reads it: a percent on the percent axis, else a number.
QString valueText(const QAbstractSeries *series, double value)
{
    for (QAbstractAxis *axis : const_cast<QAbstractSeries *>(series)->attachedAxes()) {
        if (qobject_cast<QValueAxis *>(axis) && axis->titleText() == QCoreApplication::translate("ChartStyle", "%"))
            return Format::percent(std::llround(value * 100));
    }
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return whole ? Format::count(std::llround(value)) : Language::locale().toString(value, 'f', 2);
}

bool horizontalBars(const QAbstractBarSeries *series)
{
    switch (series->type()) {
    case QAbstractSeries::SeriesTypeHorizontalBar:
    case QAbstractSeries::SeriesTypeHorizontalStackedBar:
    case QAbstractSeries::SeriesTypeHorizontalPercentBar:
        return true;
    default:
        return false;
    }
}

QString describeBars(const QAbstractBarSeries *bars)
{
    const bool horizontal = horizontalBars(bars);
    const QBarCategoryAxis *axis = categoryAxis(bars, horizontal ? Qt::Vertical : Qt::Horizontal);
    const QList<QBarSet *> sets = bars->barSets();
    if (!axis || sets.isEmpty())
        return {};
    const bool stacked = bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar
        || bars->type() == QAbstractSeries::SeriesTypeStackedBar;
    QStringList items;
    const int count = int(axis->count());
    for (int k = 0; k < count; ++k) {
        const int j = horizontal ? count - 1 - k : k; // read from the top, as the chart is
        const QString category = axis->at(j).simplified();
        QStringList parts;
        for (const QBarSet *set : sets) {
            if (j >= set->count() || (stacked && set->at(j) == 0.0 && sets.size() > 1))
                continue;
            const QString value = valueText(bars, set->at(j));
            parts << (sets.size() == 1 ? value : ChartDescription::tr("%1 %2").arg(set->label(), value));
        }
        // A stacked bar of one part: its category may already carry its value (the rate charts).
        if (stacked && parts.size() == 1 && sets.size() > 1) {
            for (const QBarSet *set : sets) {
                if (j < set->count() && set->at(j) != 0.0) {
                    const QString value = valueText(bars, set->at(j)).simplified();
                    items << (category.endsWith(value) ? ChartDescription::tr("%1 (%2)").arg(category, set->label())
                                                       : ChartDescription::tr("%1 %2 (%3)").arg(category, value, set->label()));
                }
            }
            continue;
        }
        items << ChartDescription::tr("%1 %2").arg(category, parts.isEmpty() ? Format::count(0) : parts.join(QStringLiteral(", ")));
    }
    QString text = items.join(QStringLiteral("; "));
    if (sets.size() == 1 && !sets.first()->label().isEmpty())
        text = ChartDescription::tr("%1: %2").arg(sets.first()->label(), text);
    return text;
}

QString describeLine(const QLineSeries *line)
{
    const QBarCategoryAxis *axis = categoryAxis(line, Qt::Horizontal);
    if (!axis || line->count() == 0)
        return {}; // a mark drawn over bars (a target tick), not a line of figures
    QStringList points;
    for (const QPointF &p : line->points()) {
        const int i = int(std::lround(p.x()));
        if (i >= 0 && i < axis->count())
            points << ChartDescription::tr("%1 %2").arg(axis->at(i).simplified(), valueText(line, p.y()));
    }
    return ChartDescription::tr("%1: %2").arg(line->name(), points.join(QStringLiteral(", ")));
}
} // namespace

QString ChartDescription::of(const QChart *chart)
{
    if (!chart)
        return {};
    QStringList parts;
    for (const QAbstractSeries *series : chart->series()) {
        QString text;
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series))
            text = describeBars(bars);
        else if (const auto *line = qobject_cast<const QLineSeries *>(series))
            text = describeLine(line);
        if (!text.isEmpty())
            parts << text;
    }
    const QString title = chart->title().simplified();
    if (parts.isEmpty())
        return title;
    return tr("%1: %2.").arg(title, parts.join(QStringLiteral(". ")));
}
