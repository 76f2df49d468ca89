#include "StatisticsTableModel.h"

#include "Format.h"

#include <QColor>
#include <QFont>

namespace {
enum Tail { Rate, Target, Points, Needed, TailCount };
}

StatisticsTableModel::StatisticsTableModel(Measure measure, QObject *parent)
    : QAbstractTableModel(parent), m_measure(measure)
{
}

void StatisticsTableModel::setTable(const StatisticsTable &table)
{
    beginResetModel();
    m_table = table;
    m_rows = table.rows();
    endResetModel();
}

void StatisticsTableModel::retranslate()
{
    m_table.province.unit = StatisticsTable::provinceUnit();
    if (!m_rows.isEmpty())
        m_rows.last().unit = m_table.province.unit;
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QList<StatColumn> StatisticsTableModel::figureColumns() const
{
    QList<StatColumn> columns;
    for (StatColumn c : StatColumns::all()) {
        if (m_measure == Measure::Money || StatColumns::hasCaseCount(c))
            columns << c;
    }
    return columns;
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(figureColumns().size()) + TailCount;
}

QVariant StatisticsTableModel::figure(const StatisticsRow &row, int column, bool raw) const
{
    const bool money = m_measure == Measure::Money;
    const QList<StatColumn> columns = figureColumns();
    if (column >= 1 && column <= columns.size()) {
        const StatColumn c = columns.at(column - 1);
        const qint64 value = money ? row.figures.money(c) : row.figures.cases(c);
        return raw ? QVariant(value) : QVariant(money ? Format::amount(value) : Format::count(value));
    }
    const auto hundredths = [raw](std::optional<Rates::Hundredths> v, bool signedPoints) -> QVariant {
        if (!v)
            return {};
        if (raw)
            return *v;
        return signedPoints ? Format::points(v) : Format::percent(v);
    };
    switch (column - 1 - int(columns.size())) {
    case Rate: return hundredths(money ? row.moneyRate() : row.caseRate(), false);
    case Target: return hundredths(money ? row.moneyTarget : row.caseTarget, false);
    case Points: return hundredths(money ? row.moneyPoints() : row.casePoints(), true);
    case Needed: {
        const std::optional<qint64> needed = money ? row.moneyNeeded() : row.caseNeeded();
        if (!needed)
            return {};
        return raw ? QVariant(*needed) : QVariant(money ? Format::amount(*needed) : Format::count(*needed));
    }
    }
    return {};
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StatisticsRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? QVariant(row.unit.shortName()) : figure(row, index.column(), false);
    case Qt::ToolTipRole:
        return index.column() == 0 ? QVariant(row.unit.displayName()) : QVariant();
    case RawValueRole:
        return index.column() == 0 ? QVariant(row.unit.code) : figure(row, index.column(), true);
    case UnitIdRole:
        return row.unit.id;
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.isProvince()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == rateColumn() + Points) {
            const QVariant points = figure(row, index.column(), true);
            if (points.isValid())
                return QColor(points.toInt() >= 0 ? 0x2e7d32 : 0xc62828);
        }
        return {};
    }
    return {};
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Unit");
    const QList<StatColumn> columns = figureColumns();
    if (section <= columns.size())
        return StatColumns::displayName(columns.at(section - 1));
    switch (section - 1 - int(columns.size())) {
    case Rate: return tr("Rate");
    case Target: return tr("Target");
    case Points: return tr("Against target");
    case Needed: return tr("Still needed");
    }
    return {};
}

QString StatisticsTableModel::toTabSeparated() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << data(index(r, c)).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
