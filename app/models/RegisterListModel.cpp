#include "RegisterListModel.h"

int RegisterListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool RegisterListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void RegisterListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    const int count = fetchPage(kPageSize);
    m_complete = count < kPageSize;
    if (count == 0) {
        appendPending();
        return;
    }
    beginInsertRows({}, loadedRows(), loadedRows() + count - 1);
    appendPending();
    endInsertRows();
}

void RegisterListModel::setFilter(const RegisterFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void RegisterListModel::reload()
{
    beginResetModel();
    clearRows();
    m_complete = false;
    // The first page comes with the reset, so a view never sees an empty register in between.
    const int count = fetchPage(kPageSize);
    m_complete = count < kPageSize;
    appendPending();
    endResetModel();
    const qint64 total = m_complete ? loadedRows() : countAll();
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
}

void RegisterListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RegisterListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < loadedRows(); ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}
