#include "ReportTables.h"

#include "Format.h"

#include <QTextTable>

namespace {
QTextCharFormat cellFormat(qreal pointSize, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

// One table column: the header and how to read a row for it.
struct Column
{
    QString header;
    std::function<QString(const StatisticsRow &)> value;
};

QList<Column> figureColumns(const QList<StatColumn> &columns, bool money)
{
    QList<Column> list;
    for (StatColumn c : columns) {
        list << Column{StatColumns::displayName(c), [c, money](const StatisticsRow &row) {
                           return money ? Format::amount(row.figures.money(c)) : Format::count(row.figures.cases(c));
                       }};
    }
    return list;
}

QList<Column> rateColumns(bool money)
{
    return {
        {ReportTables::tr("Rate"), [money](const StatisticsRow &r) { return Format::percent(money ? r.moneyRate()
                                                                                                  : r.caseRate()); }},
        {ReportTables::tr("Target"),
         [money](const StatisticsRow &r) { return Format::percent(money ? r.moneyTarget : r.caseTarget); }},
        {ReportTables::tr("Against target"),
         [money](const StatisticsRow &r) { return Format::points(money ? r.moneyPoints() : r.casePoints()); }},
    };
}

void statistics(QTextCursor &cursor, const StatisticsTable &table, const QList<Column> &columns, qreal pointSize,
                qreal unitPercent)
{
    QStringList header{ReportTables::tr("Unit")};
    for (const Column &c : columns)
        header << c.header;
    QList<QStringList> rows;
    for (const StatisticsRow &row : table.rows()) {
        QStringList cells{row.unit.shortName()};
        for (const Column &c : columns)
            cells << c.value(row);
        rows << cells;
    }
    QList<qreal> widths{unitPercent};
    for (int i = 0; i < columns.size(); ++i)
        widths << (100 - unitPercent) / columns.size();
    ReportTables::plain(cursor, header, rows, pointSize, widths);
}
} // namespace

void ReportTables::plain(QTextCursor &cursor, const QStringList &header, const QList<QStringList> &rows,
                         qreal pointSize, const QList<qreal> &widthPercents)
{
    QTextTableFormat format;
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setAlignment(Qt::AlignHCenter);
    if (!widthPercents.isEmpty()) {
        QList<QTextLength> widths;
        for (qreal w : widthPercents)
            widths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(widths);
    }
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
    const auto write = [table](int row, int column, const QString &text, const QTextCharFormat &chars,
                               Qt::Alignment alignment) {
        QTextTableCell cell = table->cellAt(row, column);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(alignment);
        block.setTextIndent(0);
        c.setBlockFormat(block);
        c.insertText(text, chars);
    };
    const QTextCharFormat headerFormat = cellFormat(pointSize, true);
    for (int c = 0; c < header.size(); ++c) {
        write(0, c, header.at(c), headerFormat, Qt::AlignCenter);
        QTextTableCellFormat shade;
        shade.setBackground(QColor(0xee, 0xee, 0xee));
        table->cellAt(0, c).setFormat(shade);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const bool total = r + 1 == rows.size() && rows.size() > 1;
        const QTextCharFormat chars = cellFormat(pointSize, total);
        for (int c = 0; c < rows.at(r).size(); ++c)
            write(r + 1, c, rows.at(r).at(c), chars, c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    cursor.movePosition(QTextCursor::End);
}

void ReportTables::cases(QTextCursor &cursor, const StatisticsTable &table)
{
    QList<StatColumn> columns;
    for (StatColumn c : StatColumns::all()) {
        if (StatColumns::hasCaseCount(c))
            columns << c;
    }
    statistics(cursor, table, figureColumns(columns, false) + rateColumns(false), 9, 10);
}

void ReportTables::money(QTextCursor &cursor, const StatisticsTable &table)
{
    // Whole đồng are wide: the columns of the money table go in three tables.
    const QList<StatColumn> accepted{StatColumn::TotalAccepted, StatColumn::CarriedOver, StatColumn::NewAccepted,
                                     StatColumn::Entrusted,     StatColumn::Withdrawn,   StatColumn::ToEnforce,
                                     StatColumn::WithConditions, StatColumn::WithoutConditions};
    const QList<StatColumn> resolved{StatColumn::Completed, StatColumn::Terminated, StatColumn::Reduced,
                                     StatColumn::Resolved};
    const QList<StatColumn> remaining{StatColumn::InProgress, StatColumn::Postponed, StatColumn::Suspended,
                                      StatColumn::Other, StatColumn::CarriedNext};
    QTextBlockFormat gap;
    gap.setTopMargin(8);
    statistics(cursor, table, figureColumns(accepted, true), 8.5, 12);
    cursor.insertBlock(gap);
    statistics(cursor, table, figureColumns(resolved, true) + rateColumns(true), 8.5, 12);
    cursor.insertBlock(gap);
    statistics(cursor, table, figureColumns(remaining, true), 8.5, 12);
}

void ReportTables::grid(QTextCursor &cursor, const RegisterGrid &grid, const QStringList &keys)
{
    QList<int> shown;
    QStringList header{tr("Unit")};
    for (int i = 0; i < grid.columns.size(); ++i) {
        if (keys.isEmpty() || keys.contains(grid.columns.at(i).key)) {
            shown << i;
            header << grid.columns.at(i).header;
        }
    }
    QList<QStringList> rows;
    for (const RegisterGrid::Row &row : grid.rows) {
        QStringList cells{row.unit.shortName()};
        for (int i : std::as_const(shown)) {
            const std::optional<qint64> value = row.values.value(i);
            if (!value)
                cells << QString();
            else
                cells << (grid.columns.at(i).isRate ? Format::percent(int(*value)) : Format::count(*value));
        }
        rows << cells;
    }
    const qreal unitPercent = 18;
    QList<qreal> widths{unitPercent};
    for (int i = 0; i < shown.size(); ++i)
        widths << (100 - unitPercent) / shown.size();
    plain(cursor, header, rows, 9, widths);
}

void ReportTables::awards(QTextCursor &cursor, const AwardFigures &figures)
{
    QList<QStringList> rows;
    for (AwardLevel level : AwardLevels::all()) {
        const qint64 collectives = figures.count(level, RecipientKind::Collective);
        const qint64 individuals = figures.count(level, RecipientKind::Individual);
        rows << QStringList{AwardLevels::displayName(level), Format::count(collectives), Format::count(individuals)};
    }
    rows << QStringList{tr("Total"), Format::count(figures.total(RecipientKind::Collective)),
                        Format::count(figures.total(RecipientKind::Individual))};
    plain(cursor, {tr("Form of commendation"), tr("Collectives"), tr("Individuals")}, rows, 10, {64, 18, 18});
}
