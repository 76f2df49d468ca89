#pragma once

#include "Target.h"
#include "Unit.h"

#include <QAbstractTableModel>

// The targets of one statistical year as an editable table: a row per unit in
// the official order, then the province's own target; cases and money in
// percent with two decimals (82,50), stored as hundredths. An empty cell is
// "no target". Editing text is read with PercentInput.
class TargetsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Unit, CaseTarget, MoneyTarget, ColumnCount };
    enum Role { HundredthsRole = Qt::UserRole + 1 }; // int, or invalid when empty

    explicit TargetsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    // Shows the year's targets of these units (and the province's, unitId 0).
    void setTargets(int year, const UnitList &units, const QList<Target> &targets);
    // Every row as a Target of the year (empty values included).
    QList<Target> targets() const;
    int year() const { return m_year; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void modifiedChanged(bool modified);

private:
    struct Row
    {
        qint64 unitId = 0; // 0: the province
        QString name;
        std::optional<Rates::Hundredths> cases;
        std::optional<Rates::Hundredths> money;
    };

    int m_year = 0;
    QList<Row> m_rows;
    bool m_modified = false;
};
