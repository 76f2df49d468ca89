#pragma once

#include "AuditText.h"
#include "AuditTrail.h"

#include <QAbstractTableModel>

// The audit trail as a lazy table, newest first: a page of rows at a time
// (keyset by id, AuditTrail::page) as the view scrolls, so a million rows
// cost what a page does. Filters run in SQL.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Action, Table, Row, Changes, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, CaseIdRole };

    static constexpr int kPageSize = 200;

    explicit AuditTrailModel(QSqlDatabase db, QObject *parent = nullptr, int pageSize = kPageSize);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    AuditFilter filter() const { return m_filter; }
    void setFilter(const AuditFilter &filter);
    // Reads the first page again (after a write, or to show an empty filter).
    void reload();
    // Shows nothing until the next setFilter() or reload(), e.g. for a case that does not exist.
    void clear();

    const AuditEntry &entry(int row) const { return m_rows.at(row); }
    QString error() const { return m_error; } // the last read's, empty when it worked
    bool isComplete() const { return m_complete; }

    // The rows as text, tab-separated with a header line, for the clipboard.
    QString rowsAsText(const QList<int> &rows) const;

    // Every row of the filter (not only those loaded) as CSV with a byte-order
    // mark, read a page at a time: times in ISO 8601, the stored keys, the
    // changes as shown and the stored JSON. Empty, with `error`, when a read fails.
    QByteArray csv(QString *error) const;

    void retranslate();

signals:
    void loaded(); // after each page, also an empty first one

private:
    QString display(const AuditEntry &entry, int column) const;
    QList<AuditEntry> nextPage();

    AuditTrail m_trail;
    AuditText m_text;
    int m_pageSize;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_complete = false;
    bool m_fetching = false;
    bool m_cleared = false;
    QString m_error;
};
