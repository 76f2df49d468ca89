#include "AwardListModel.h"

#include "Format.h"

QVariant AwardListModel::data(const QModelIndex &index, int role) const
{
    const AwardRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Award &a = row->award;
    if (role == IdRole)
        return a.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == DecisionDate || index.column() == Year ? alignCenter() : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Level)
        return AwardLevels::displayName(a.level);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Unit: return unitText(a.unitId, role);
    case Year: return QString::number(a.year);
    case Level: return AwardLevels::shortName(a.level);
    case RecipientKind: return RecipientKinds::displayName(a.recipientKind);
    case Recipient: return a.recipientName;
    case DecisionNo: return a.decisionNo;
    case DecisionDate: return Format::date(a.decisionDate);
    }
    return {};
}

QVariant AwardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return TypedRegisterListModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case Year: return tr("Year");
    case Level: return tr("Level");
    case RecipientKind: return tr("Recipient kind");
    case Recipient: return tr("Recipient");
    case DecisionNo: return tr("Decision no.");
    case DecisionDate: return tr("Decision date");
    }
    return {};
}
