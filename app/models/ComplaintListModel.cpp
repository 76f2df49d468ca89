#include "ComplaintListModel.h"

#include "Format.h"

#include <QBrush>
#include <QColor>

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    const ComplaintRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Complaint &c = row->complaint;
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == ReceivedDate || index.column() == SettledDate ? alignCenter() : QVariant();
    if (role == Qt::ForegroundRole && index.column() == Result && ComplaintResults::isClosed(c.result))
        return QBrush(QColor(0x2e, 0x7d, 0x32));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Unit: return unitText(c.unitId, role);
    case ReceivedDate: return Format::date(c.receivedDate);
    case Kind: return ComplaintKinds::displayName(c.kind);
    case Petitioner: return c.petitioner;
    case Subject: return c.subject;
    case Case: return row->caseDecisionNo;
    case Competence: return c.competence == ::Competence::Within ? tr("Within") : tr("Outside");
    case Result: return ComplaintResults::displayName(c.result);
    case SettledDate: return c.settledDate.isValid() ? Format::date(c.settledDate) : QString();
    case Flags: {
        QStringList flags;
        if (c.repeated)
            flags << tr("repeated");
        if (c.crowd)
            flags << tr("crowd");
        if (c.beyondLevel)
            flags << tr("beyond level");
        return flags.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return TypedRegisterListModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case ReceivedDate: return tr("Received on");
    case Kind: return tr("Kind");
    case Petitioner: return tr("Petitioner");
    case Subject: return tr("Subject");
    case Case: return role == Qt::ToolTipRole ? tr("The case it concerns, by decision number") : tr("Case");
    case Competence: return role == Qt::ToolTipRole ? tr("Within or outside the unit's competence") : tr("Competence");
    case Result: return tr("Result");
    case SettledDate: return tr("Settled on");
    case Flags: return role == Qt::ToolTipRole ? tr("Repeated, crowd or beyond-level petition") : tr("Flags");
    }
    return {};
}
