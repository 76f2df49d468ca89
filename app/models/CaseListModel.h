#pragma once

#include "CaseListQuery.h"
#include "UnitNames.h"

#include <QAbstractTableModel>

// The case register as a lazy table: rows arrive a page at a time as the view
// scrolls (fetchMore), filtering and sorting happen in SQL, and the number of
// matching cases is counted separately for the status bar.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Unit,
        DecisionNo,
        DecisionDate,
        Obligor,
        Obligee,
        Kind,
        Executor,
        AmountDue,
        AmountPaid,
        AmountRemaining,
        State,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1 };

    static constexpr int kPageSize = 200;

    explicit CaseListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    CaseFilter filter() const { return m_filter; }
    void setFilter(const CaseFilter &filter);
    // Reads the first page again, e.g. after a write or F5.
    void reload();

    qint64 totalCount() const { return m_total; }
    qint64 caseId(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 when not loaded

signals:
    void totalCountChanged(qint64 count);

private:
    static CaseListQuery::SortKey sortKeyOf(int column);
    QList<CaseListRow> nextPage();

    CaseListQuery m_query;
    UnitNames m_units;
    CaseFilter m_filter;
    CaseListQuery::Sort m_sort;
    QList<CaseListRow> m_rows;
    bool m_complete = false; // the last page came back short
    bool m_fetching = false;
    qint64 m_total = 0;
};
