#include "CaseHistoryModel.h"

#include "Format.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

#include <algorithm>

CaseHistoryModel::CaseHistoryModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CaseHistoryModel::setLedger(const CaseLedger &ledger)
{
    beginResetModel();
    m_ledger = ledger;
    m_order.clear();
    for (int i = 0; i < ledger.events().size(); ++i)
        m_order << i;
    const CaseEventList &events = ledger.events();
    std::stable_sort(m_order.begin(), m_order.end(),
                     [&events](int a, int b) { return events.at(a).date < events.at(b).date; });
    endResetModel();
}

void CaseHistoryModel::clear()
{
    beginResetModel();
    m_ledger.reset();
    m_order.clear();
    endResetModel();
}

void CaseHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_order.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseHistoryModel::describe(const CaseEvent &event) const
{
    if (event.type != EventType::Correction)
        return EventTypes::displayName(event.type);
    for (const CaseEvent &target : m_ledger->events()) {
        if (target.id == event.correctsEventId)
            return tr("Correction: voids \"%1\" of %2")
                .arg(EventTypes::displayName(target.type), Format::date(target.date));
    }
    return EventTypes::displayName(event.type);
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_ledger || index.row() >= m_order.size())
        return {};
    const CaseEvent &e = m_ledger->events().at(m_order.at(index.row()));
    const bool voided = m_ledger->isVoided(e.id);
    switch (role) {
    case EventIdRole:
        return e.id;
    case VoidedRole:
        return voided;
    case Qt::FontRole:
        if (voided) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (voided || e.type == EventType::Correction)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (voided)
            return tr("Voided by a correction; kept in the history but not counted.");
        return e.recordedAt.isValid() ? tr("Recorded by %1 on %2 at %3")
                                            .arg(e.recordedBy, Format::date(e.recordedAt.toLocalTime().date()),
                                                 e.recordedAt.toLocalTime().time().toString(QStringLiteral("HH:mm")))
                                      : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return Format::date(e.date);
        case Event: return describe(e);
        case Amount: return EventTypes::carriesAmount(e.type) ? Format::amount(e.amount) : QString();
        case Note: return e.note;
        case RecordedBy: return e.recordedBy;
        }
        return {};
    default:
        return {};
    }
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Event: return tr("Event");
    case Amount: return tr("Amount (đ)");
    case Note: return tr("Note");
    case RecordedBy: return tr("Recorded by");
    }
    return {};
}
