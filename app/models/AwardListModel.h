#pragma once

#include "AwardRepository.h"
#include "RegisterListModel.h"

// The register of awards, newest decision first.
class AwardListModel : public TypedRegisterListModel<AwardRow, AwardRepository>
{
    Q_OBJECT

public:
    enum Column { Unit, Year, Level, RecipientKind, Recipient, DecisionNo, DecisionDate, ColumnCount };

    explicit AwardListModel(const Session &session, QObject *parent = nullptr)
        : TypedRegisterListModel(session, parent)
    {
        reload();
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 idAt(int row) const override { return rowAt(row) ? rowAt(row)->award.id : 0; }
};
