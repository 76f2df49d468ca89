#pragma once

#include "RegisterGrid.h"
#include "RegisterSummary.h"
#include "StatisticsTable.h"

#include <QCoreApplication>
#include <QTextCursor>

// The report's tables, written at a cursor: the official statistics per unit
// (cases in one table; money, being wide, in three), a register's grid, and
// the small tables of the body. Header rows repeat on every page.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)

public:
    static void cases(QTextCursor &cursor, const StatisticsTable &table);
    static void money(QTextCursor &cursor, const StatisticsTable &table);
    // A register's grid; `keys`: the columns to show (all when empty).
    static void grid(QTextCursor &cursor, const RegisterGrid &grid, const QStringList &keys = {});
    // A plain table: header, then rows; column 0 left-aligned, the rest right.
    static void plain(QTextCursor &cursor, const QStringList &header, const QList<QStringList> &rows,
                      qreal pointSize, const QList<qreal> &widthPercents = {});
    // Awards by level (rows) and recipient kind (columns), for the whole province.
    static void awards(QTextCursor &cursor, const AwardFigures &figures);
};
