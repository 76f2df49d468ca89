#pragma once

#include "StatisticsTable.h"

#include <QAbstractTableModel>

// One of the two official tables (cases or money) of a StatisticsTable: a row
// per unit in the official order, then the province; every column, then the
// rate, the target, the points against it and what is still needed.
class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Measure { Cases, Money };
    enum Role { RawValueRole = Qt::UserRole + 1, UnitIdRole };

    explicit StatisticsTableModel(Measure measure, QObject *parent = nullptr);

    void setTable(const StatisticsTable &table);
    const StatisticsTable &table() const { return m_table; }
    Measure measure() const { return m_measure; }

    // The columns after the unit's name.
    QList<StatColumn> figureColumns() const;
    int rateColumn() const { return 1 + int(figureColumns().size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole table as tab-separated text with a header row, as shown (for the clipboard).
    QString toTabSeparated() const;
    void retranslate();

private:
    QVariant figure(const StatisticsRow &row, int column, bool raw) const;

    Measure m_measure;
    StatisticsTable m_table;
    QList<StatisticsRow> m_rows;
};
