#pragma once

#include "CaseLedger.h"

#include <QAbstractTableModel>

// A case's event log as people read it: by date, then in the order recorded;
// voided events struck through, corrections saying what they void.
class CaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Event, Amount, Note, RecordedBy, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, VoidedRole };

    explicit CaseHistoryModel(QObject *parent = nullptr);

    void setLedger(const CaseLedger &ledger);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads names and formats after a language switch.
    void retranslate();

private:
    QString describe(const CaseEvent &event) const;

    std::optional<CaseLedger> m_ledger;
    QList<int> m_order; // indexes into the ledger's events, as shown
};
