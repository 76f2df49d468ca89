#pragma once

#include "ReceptionRepository.h"
#include "RegisterListModel.h"

// The register of citizen receptions, newest first.
class ReceptionListModel : public TypedRegisterListModel<ReceptionRow, ReceptionRepository>
{
    Q_OBJECT

public:
    enum Column { Unit, Date, ReceivedBy, ReceiverName, People, Subject, Complaint, ColumnCount };

    explicit ReceptionListModel(const Session &session, QObject *parent = nullptr)
        : TypedRegisterListModel(session, parent)
    {
        reload();
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 idAt(int row) const override { return rowAt(row) ? rowAt(row)->reception.id : 0; }
};
