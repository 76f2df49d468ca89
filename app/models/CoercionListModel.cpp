#include "CoercionListModel.h"

#include "Format.h"

#include <QBrush>
#include <QColor>

QVariant CoercionListModel::data(const QModelIndex &index, int role) const
{
    const CoercionRow *row = rowAt(index.row());
    if (!row)
        return {};
    const Coercion &c = row->coercion;
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Date: return alignCenter();
        case Police:
        case Commune:
        case OtherForces: return alignRight();
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome && c.outcome == CoercionOutcome::Successful)
        return QBrush(QColor(0x2e, 0x7d, 0x32));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Unit: return unitText(c.unitId, role);
    case Date: return Format::date(c.date);
    case Case: return row->caseDecisionNo;
    case Obligor: return row->obligor;
    case Measure: return CoercionMeasures::displayName(c.measure);
    case Police: return Format::count(c.police);
    case Commune: return Format::count(c.commune);
    case OtherForces: return Format::count(c.otherForces);
    case Outcome: return CoercionOutcomes::displayName(c.outcome);
    case Note: return c.note;
    }
    return {};
}

QVariant CoercionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return TypedRegisterListModel::headerData(section, orientation, role);
    switch (section) {
    case Unit: return tr("Unit");
    case Date: return tr("Date");
    case Case: return tr("Case");
    case Obligor: return tr("Obligor");
    case Measure: return tr("Measure");
    case Police: return role == Qt::ToolTipRole ? tr("Police officers mobilised") : tr("Police");
    case Commune: return role == Qt::ToolTipRole ? tr("Commune forces mobilised") : tr("Commune");
    case OtherForces: return role == Qt::ToolTipRole ? tr("Other forces mobilised") : tr("Others");
    case Outcome: return tr("Outcome");
    case Note: return tr("Note");
    }
    return {};
}
