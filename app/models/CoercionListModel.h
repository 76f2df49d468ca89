#pragma once

#include "CoercionRepository.h"
#include "RegisterListModel.h"

// The register of coercion operations, newest first.
class CoercionListModel : public TypedRegisterListModel<CoercionRow, CoercionRepository>
{
    Q_OBJECT

public:
    enum Column { Unit, Date, Case, Obligor, Measure, Police, Commune, OtherForces, Outcome, Note, ColumnCount };

    explicit CoercionListModel(const Session &session, QObject *parent = nullptr)
        : TypedRegisterListModel(session, parent)
    {
        reload();
    }

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    qint64 idAt(int row) const override { return rowAt(row) ? rowAt(row)->coercion.id : 0; }
};
