#include "ReceptionListModel.h"

#include "Format.h"

QVariant ReceptionListModel::data(const QModelIndex &index, int role) const
{
    const ReceptionRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Reception &r = row->reception;
    if (role == IdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Date ? alignCenter() : index.column() == People ? alignRight() : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Unit: return unitText(r.unitId, role);
    case Date: return Format::date(r.date);
    case ReceivedBy: return ReceiverRoles::displayName(r.receiverRole);
    case ReceiverName: return r.receiverName;
    case People: return Format::count(r.people);
    case Subject: return r.subject;
    case Complaint: return row->complaintPetitioner;
    }
    return {};
}

QVariant ReceptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return TypedRegisterListModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case Date: return tr("Date");
    case ReceivedBy: return tr("Received by");
    case ReceiverName: return tr("Receiver");
    case People: return tr("People");
    case Subject: return tr("Subject");
    case Complaint: return role == Qt::ToolTipRole ? tr("The complaint filed at the reception, by its petitioner")
                                                   : tr("Complaint filed");
    }
    return {};
}
