#include "AuditTrailModel.h"

#include "Format.h"

#include <QScopedValueRollback>

AuditTrailModel::AuditTrailModel(QSqlDatabase db, QObject *parent, int pageSize)
    : QAbstractTableModel(parent), m_trail(db), m_text(db), m_pageSize(std::max(1, pageSize))
{
    reload();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTrailModel::display(const AuditEntry &e, int column) const
{
    switch (column) {
    case Time: return Format::dateTime(e.at.toLocalTime());
    case User: return e.actor;
    case Action: return AuditText::action(e.action);
    case Table: return AuditText::table(e.entity);
    case Row: return m_text.subject(e);
    case Changes: return m_text.changes(e);
    }
    return {};
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    switch (role) {
    case EntryIdRole: return e.id;
    case CaseIdRole: return e.caseId;
    case Qt::DisplayRole: return display(e, index.column());
    case Qt::ToolTipRole:
        // The whole change, a field a line, where the cell is too narrow for it.
        if (index.column() == Changes)
            return m_text.changes(e, QStringLiteral("\n"));
        if (index.column() == Row)
            return tr("Audit row %1").arg(e.id);
        return display(e, index.column());
    default: return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Table: return tr("Table");
    case Row: return tr("Row / case");
    case Changes: return tr("Changes");
    }
    return {};
}

bool AuditTrailModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

QList<AuditEntry> AuditTrailModel::nextPage()
{
    m_error.clear();
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.last().id;
    QList<AuditEntry> page = m_trail.page(m_filter, before, m_pageSize, &m_error);
    m_complete = page.size() < m_pageSize;
    return page;
}

void AuditTrailModel::fetchMore(const QModelIndex &parent)
{
    // Views (and the model tester) may ask again while rows are being inserted.
    if (parent.isValid() || m_complete || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const QList<AuditEntry> page = nextPage();
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    emit loaded();
}

void AuditTrailModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter && !m_cleared)
        return;
    m_filter = filter;
    reload();
}

void AuditTrailModel::reload()
{
    {
        // No inserting while the reset is announced (a view may ask for more then).
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        beginResetModel();
        m_cleared = false;
        m_rows.clear();
        m_complete = false;
        m_rows = nextPage(); // the first page arrives with the reset
        endResetModel();
    }
    emit loaded();
}

void AuditTrailModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_complete = true;
    m_cleared = true;
    m_error.clear();
    endResetModel();
    emit loaded();
}

QString AuditTrailModel::rowsAsText(const QList<int> &rows) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << display(m_rows.at(row), c).replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray AuditTrailModel::csv(QString *error) const
{
    QString text = MachineFormat::csvLine({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
                                           QStringLiteral("action"), QStringLiteral("entity"),
                                           QStringLiteral("entity_id"), QStringLiteral("case"),
                                           QStringLiteral("changes"), QStringLiteral("old_values"),
                                           QStringLiteral("new_values")});
    constexpr int kExportPage = 1000;
    for (qint64 before = 0; !m_cleared;) { // cleared: a filter that matches nothing
        const QList<AuditEntry> page = m_trail.page(m_filter, before, kExportPage, error);
        if (!error->isEmpty())
            return {};
        for (const AuditEntry &e : page) {
            text += MachineFormat::csvLine({QString::number(e.id), e.at.toLocalTime().toOffsetFromUtc(
                                                                         e.at.toLocalTime().offsetFromUtc())
                                                                       .toString(Qt::ISODate),
                                            e.actor, e.action, e.entity, QString::number(e.entityId),
                                            e.caseId ? m_text.subject(e) : QString(), m_text.changes(e),
                                            e.oldValues, e.newValues});
        }
        if (page.size() < kExportPage)
            break;
        before = page.last().id;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

void AuditTrailModel::retranslate()
{
    // Names and formats are made when shown: the view only needs to ask again.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
