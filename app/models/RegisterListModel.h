#pragma once

#include "RegisterTable.h"
#include "UnitNames.h"

#include <QAbstractTableModel>

#include <optional>

// A register as a lazy table: rows arrive a page at a time as the view
// scrolls (keyset paging, newest first), filters by unit, period and folded
// search words apply in SQL, and the number of matching entries is counted
// for the status line. Each register supplies its columns (TypedRegisterListModel).
class RegisterListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    RegisterFilter filter() const { return m_filter; }
    void setFilter(const RegisterFilter &filter);
    // Reads the first page again, e.g. after a write or F5.
    void reload();
    void retranslate();

    qint64 totalCount() const { return m_total; }
    virtual qint64 idAt(int row) const = 0; // 0 outside the loaded rows
    int rowOfId(qint64 id) const;            // -1 when not loaded

signals:
    void totalCountChanged(qint64 count);

protected:
    RegisterListModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_units(db) {}

    // A unit as people read it: its short name, the full one as a tooltip.
    QVariant unitText(qint64 unitId, int role) const { return m_units.data(unitId, role); }

    // Reads up to `limit` rows after the last loaded one, keeps them pending
    // and says how many; appendPending() then adds them to the loaded rows.
    virtual int fetchPage(int limit) = 0;
    virtual void appendPending() = 0;
    virtual void clearRows() = 0;
    virtual int loadedRows() const = 0;
    virtual qint64 countAll() const = 0;

    // The usual alignment of a column: numbers right, dates centred.
    static QVariant alignRight() { return QVariant(Qt::AlignRight | Qt::AlignVCenter); }
    static QVariant alignCenter() { return QVariant(Qt::AlignCenter); }

private:
    UnitNames m_units;
    RegisterFilter m_filter;
    bool m_complete = false;
    qint64 m_total = 0;
};

// The paging of one register over its repository (ComplaintRepository, …),
// whose rows (ComplaintRow, …) the concrete model shows.
template<typename Row, typename Repository>
class TypedRegisterListModel : public RegisterListModel
{
public:
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

protected:
    TypedRegisterListModel(const Session &session, QObject *parent)
        : RegisterListModel(session.sql(), parent), m_repository(session)
    {
    }

    int fetchPage(int limit) override
    {
        std::optional<RegisterCursor> after;
        if (!m_rows.isEmpty())
            after = Repository::cursorOf(m_rows.last());
        m_pending = m_repository.page(filter(), after, limit);
        return int(m_pending.size());
    }
    void appendPending() override
    {
        m_rows += m_pending;
        m_pending.clear();
    }
    void clearRows() override { m_rows.clear(); }
    int loadedRows() const override { return int(m_rows.size()); }
    qint64 countAll() const override { return m_repository.count(filter()); }

    Repository m_repository;
    QList<Row> m_rows;
    QList<Row> m_pending;
};
