#pragma once

#include "ComplaintRepository.h"
#include "RegisterListModel.h"

// The register of complaints and denunciations, newest first.
class ComplaintListModel : public TypedRegisterListModel<ComplaintRow, ComplaintRepository>
{
    Q_OBJECT

public:
    enum Column { Unit, ReceivedDate, Kind, Petitioner, Subject, Case, Competence, Result, SettledDate, Flags,
                  ColumnCount };

    explicit ComplaintListModel(const Session &session, QObject *parent = nullptr)
        : TypedRegisterListModel(session, parent)
    {
        reload();
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 idAt(int row) const override { return rowAt(row) ? rowAt(row)->complaint.id : 0; }
};
