#include "GridTableModel.h"

#include "Format.h"

#include <QFont>

void GridTableModel::setGrid(const RegisterGrid &grid)
{
    beginResetModel();
    m_grid = grid;
    endResetModel();
}

int GridTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.rows.size());
}

int GridTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.columns.size()) + 1;
}

QVariant GridTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const RegisterGrid::Row &row = m_grid.rows.at(index.row());
    const bool province = row.unit.id == 0;
    if (role == Qt::FontRole && province) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (index.column() == 0)
        return role == Qt::DisplayRole ? QVariant(row.unit.shortName()) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const int column = index.column() - 1;
    const std::optional<qint64> value = row.values.value(column);
    if (!value)
        return QString();
    return m_grid.columns.at(column).isRate ? Format::percent(Rates::Hundredths(*value)) : Format::count(*value);
}

QVariant GridTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Unit") : m_grid.columns.value(section - 1).header;
}
