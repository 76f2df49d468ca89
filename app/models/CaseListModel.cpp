#include "CaseListModel.h"

#include "Format.h"

#include <QBrush>
#include <QColor>
#include <QScopedValueRollback>

CaseListModel::CaseListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_query(db), m_units(db)
{
    reload();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseListRow &row = m_rows.at(index.row());
    if (role == CaseIdRole)
        return row.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case AmountDue:
        case AmountPaid:
        case AmountRemaining:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case DecisionDate:
            return QVariant(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (CaseStates::isClosed(row.state))
            return QBrush(QColor(0x2e, 0x7d, 0x32)); // resolved or gone: green
        if (row.state == CaseState::WithoutConditions)
            return QBrush(QColor(0x8d, 0x6e, 0x63));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DecisionNo: return row.decisionNo;
    case DecisionDate: return Format::date(row.decisionDate);
    case Obligor: return row.obligor;
    case Obligee: return row.obligee;
    case Kind: return CaseKinds::displayName(row.kind);
    case Executor: return row.executor;
    case AmountDue: return Format::amount(row.amountDue);
    case AmountPaid: return Format::amount(row.amountPaid);
    case AmountRemaining: return Format::amount(row.amountRemaining);
    case State: return CaseStates::displayName(row.state);
    case Unit: return m_units.data(row.unitId, role);
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DecisionNo: return tr("Decision no.");
    case DecisionDate: return role == Qt::ToolTipRole ? tr("Date of the decision, which is the date accepted")
                                                      : tr("Accepted on");
    case Obligor: return tr("Obligor");
    case Obligee: return tr("Obligee");
    case Kind: return tr("Kind");
    case Executor: return tr("Enforcement officer");
    case AmountDue: return tr("Amount due (đ)");
    case AmountPaid: return tr("Collected (đ)");
    case AmountRemaining: return tr("Remaining (đ)");
    case State: return tr("State");
    case Unit: return tr("Unit");
    }
    return {};
}

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

QList<CaseListRow> CaseListModel::nextPage()
{
    std::optional<CaseListQuery::Cursor> after;
    if (!m_rows.isEmpty())
        after = CaseListQuery::cursorOf(m_rows.last(), m_sort.key);
    QList<CaseListRow> page = m_query.page(m_filter, m_sort, after, kPageSize);
    m_complete = page.size() < kPageSize;
    return page;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    // Views (and the model tester) may ask again while rows are being inserted.
    if (parent.isValid() || m_complete || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<CaseListRow> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

CaseListQuery::SortKey CaseListModel::sortKeyOf(int column)
{
    switch (column) {
    case DecisionNo: return CaseListQuery::SortKey::DecisionNo;
    case Obligor: return CaseListQuery::SortKey::Obligor;
    case Obligee: return CaseListQuery::SortKey::Obligee;
    case Kind: return CaseListQuery::SortKey::Kind;
    case Executor: return CaseListQuery::SortKey::Executor;
    case AmountDue: return CaseListQuery::SortKey::AmountDue;
    case AmountPaid: return CaseListQuery::SortKey::AmountPaid;
    case AmountRemaining: return CaseListQuery::SortKey::AmountRemaining;
    case State: return CaseListQuery::SortKey::State;
    case Unit: return CaseListQuery::SortKey::Unit;
    default: return CaseListQuery::SortKey::DecisionDate;
    }
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const CaseListQuery::Sort sort{sortKeyOf(column), order == Qt::DescendingOrder};
    if (sort == m_sort && !m_rows.isEmpty())
        return;
    m_sort = sort;
    reload();
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    {
        // No inserting while the reset is announced (a view may ask for more then).
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        beginResetModel();
        m_rows.clear();
        m_complete = false;
        m_rows = nextPage(); // the first page arrives with the reset
        endResetModel();
    }
    const qint64 total = m_complete ? m_rows.size() : m_query.count(m_filter);
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
}

qint64 CaseListModel::caseId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == caseId)
            return i;
    }
    return -1;
}
