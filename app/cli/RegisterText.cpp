#include "RegisterText.h"

#include "Format.h"

QString RegisterText::render(const RegisterGrid &grid, const QList<RegisterGrid::Row> &rows)
{
    const StatisticalPeriod &period = grid.period;
    QString text = tr("%1, %2 (%3 - %4)\n\n")
                       .arg(grid.title, period.label(), Format::date(period.start()),
                            Format::date(period.end()));
    QList<QStringList> lines;
    QStringList header{QString()};
    for (const RegisterGrid::Row &row : rows)
        header << row.unit.shortName();
    lines << header;
    for (int c = 0; c < grid.columns.size(); ++c) {
        QStringList line{grid.columns.at(c).header};
        for (const RegisterGrid::Row &row : rows) {
            const std::optional<qint64> value = row.values.value(c);
            if (!value)
                line << QString();
            else if (grid.columns.at(c).isRate)
                line << Format::percent(Rates::Hundredths(*value));
            else
                line << Format::count(*value);
        }
        lines << line;
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(lines)) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths.at(c), line.at(c).size());
    }
    qsizetype total = widths.first();
    for (int c = 1; c < widths.size(); ++c)
        total += 2 + widths.at(c);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList &line = lines.at(i);
        QString out = line.first().leftJustified(widths.first());
        for (int c = 1; c < line.size(); ++c)
            out += QStringLiteral("  ") + line.at(c).rightJustified(widths.at(c));
        text += out + QLatin1Char('\n');
        if (i == 0)
            text += QString(total, QLatin1Char('-')) + QLatin1Char('\n');
    }
    return text;
}
