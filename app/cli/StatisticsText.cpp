#include "StatisticsText.h"

#include "Format.h"

namespace {
using Cells = QList<QStringList>; // rows of cells; the first cell is the label

QString layout(const QStringList &header, const Cells &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : QList<QStringList>{header} + rows) {
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths.at(c), row.at(c).size());
    }
    const auto line = [&](const QStringList &row) {
        QString text = row.first().leftJustified(widths.first());
        for (int c = 1; c < row.size(); ++c)
            text += QStringLiteral("  ") + row.at(c).rightJustified(widths.at(c));
        return text + QLatin1Char('\n');
    };
    QString text = line(header);
    qsizetype total = widths.first();
    for (int c = 1; c < widths.size(); ++c)
        total += 2 + widths.at(c);
    text += QString(total, QLatin1Char('-')) + QLatin1Char('\n');
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}
} // namespace

QString StatisticsText::render(const StatisticsTable &table, const QList<StatisticsRow> &rows)
{
    const StatisticalPeriod &period = table.period;
    QString text = tr("Results of civil judgment enforcement, %1 (%2 - %3)\n\n")
                       .arg(period.label(), Format::date(period.start()), Format::date(period.end()));
    QStringList header{QString()};
    for (const StatisticsRow &row : rows)
        header << row.unit.shortName();

    Cells cases, money;
    for (StatColumn column : StatColumns::all()) {
        QStringList caseRow{StatColumns::displayName(column)};
        QStringList moneyRow{StatColumns::displayName(column)};
        for (const StatisticsRow &row : rows) {
            caseRow << Format::count(row.figures.cases(column));
            moneyRow << Format::amount(row.figures.money(column));
        }
        if (StatColumns::hasCaseCount(column))
            cases << caseRow;
        money << moneyRow;
    }
    const auto optionalCount = [](std::optional<qint64> value, bool isMoney) {
        return value ? (isMoney ? Format::amount(*value) : Format::count(*value)) : QString();
    };
    QStringList rate{tr("Resolution rate")}, target{tr("Target")}, points{tr("Against target (points)")},
        needed{tr("Still needed for the target")};
    QStringList moneyRate = rate, moneyTarget = target, moneyPoints = points, moneyNeeded = needed;
    for (const StatisticsRow &row : rows) {
        rate << Format::percent(row.caseRate());
        target << Format::percent(row.caseTarget);
        points << Format::points(row.casePoints());
        needed << optionalCount(row.caseNeeded(), false);
        moneyRate << Format::percent(row.moneyRate());
        moneyTarget << Format::percent(row.moneyTarget);
        moneyPoints << Format::points(row.moneyPoints());
        moneyNeeded << optionalCount(row.moneyNeeded(), true);
    }
    cases << rate << target << points << needed;
    money << moneyRate << moneyTarget << moneyPoints << moneyNeeded;

    QStringList casesHeader = header, moneyHeader = header;
    casesHeader[0] = tr("CASES");
    moneyHeader[0] = tr("MONEY (%1)").arg(Format::currencySymbol());
    return text + layout(casesHeader, cases) + QLatin1Char('\n') + layout(moneyHeader, money);
}
