#pragma once

#include "RegisterGrid.h"

#include <QAbstractTableModel>

// A summary grid (RegisterGrid: a register's, the age of pending cases) as a
// read-only table: the unit's name, then one column per figure in the
// language's formats (4.963; 85,42 %), the province's row in bold.
class GridTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setGrid(const RegisterGrid &grid);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    RegisterGrid m_grid;
};
