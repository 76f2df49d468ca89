#pragma once

#include "AccessCheck.h"
#include "RegisterTable.h"
#include "RegisterValidator.h"
#include "TransactionGuard.h"
#include "UnitRepository.h"
#include "WriteResult.h"

#include <QSqlError>

#include <optional>

// What the four register repositories share: reads with the list's filters
// and keyset paging, and writes that are validated (the core's rules, then the
// unit exists, then the register's own links), run in one transaction and
// leave an audit row each. A repository describes its table (RegisterSpec)
// and supplies the hooks below: how a record maps to its columns and to a list
// line, what it searches, its own checks and messages.
template<typename Record, typename Row>
class RegisterStore
{
public:
    virtual ~RegisterStore() = default;

    std::optional<Record> find(qint64 id) const
    {
        QSqlQuery q = m_table.select(id);
        if (q.next())
            return read(q);
        return std::nullopt;
    }

    qint64 count(const RegisterFilter &filter) const { return m_table.count(filter); }

    QList<Row> page(const RegisterFilter &filter, const std::optional<RegisterCursor> &after, int limit) const
    {
        QSqlQuery q = m_table.page(filter, after, limit);
        QList<Row> rows;
        while (q.next())
            rows << row(read(q), q, m_table.listColumn());
        return rows;
    }

    WriteResult create(Record *r) // sets r->id
    {
        QList<Record> one{*r};
        WriteResult result = createMany(&one);
        r->id = result.ok() ? one.first().id : 0;
        return result;
    }

    // Each write checks inside its transaction (see TransactionGuard).
    WriteResult createMany(QList<Record> *records) // all or nothing; sets the ids
    {
        TransactionGuard transaction(m_session.sql());
        if (!transaction.isActive())
            return failed(transaction, {});
        for (const Record &r : std::as_const(*records)) {
            if (const QString refusal = AccessCheck(m_session).unitRefusal(r.unitId); !refusal.isEmpty())
                return WriteResult::failure(refusal);
            const FieldProblems problems = check(r);
            if (!problems.isEmpty())
                return {problems, {}};
        }
        QString error;
        for (Record &r : *records) {
            if (!m_table.insert(values(r), searchText(r), &r.id, &error))
                return WriteResult::failure(error);
        }
        if (!transaction.commit())
            return failed(transaction, {});
        return {};
    }

    WriteResult update(const Record &r)
    {
        TransactionGuard transaction(m_session.sql());
        if (!transaction.isActive())
            return failed(transaction, {});
        const auto old = find(r.id);
        if (!old)
            return WriteResult::failure(noLongerExists());
        if (const QString refusal = refusalFor({old->unitId, r.unitId}); !refusal.isEmpty())
            return WriteResult::failure(refusal);
        const FieldProblems problems = check(r);
        if (!problems.isEmpty())
            return {problems, {}};
        QString error;
        if (!m_table.update(r.id, values(*old), values(r), searchText(r), &error) || !transaction.commit())
            return failed(transaction, error);
        return {};
    }

    WriteResult remove(qint64 id)
    {
        TransactionGuard transaction(m_session.sql());
        if (!transaction.isActive())
            return failed(transaction, {});
        const auto old = find(id);
        if (!old)
            return WriteResult::failure(noLongerExists());
        if (const QString refusal = refusalFor({old->unitId}); !refusal.isEmpty())
            return WriteResult::failure(refusal);
        if (const WriteResult removable = checkRemovable(*old); !removable.ok())
            return removable;
        QString error;
        if (!m_table.remove(id, values(*old), &error) || !transaction.commit())
            return failed(transaction, error);
        return {};
    }

    // The record as the audit log stores it.
    QJsonObject toJson(const Record &r) const { return m_table.json(values(r)); }

protected:
    RegisterStore(const Session &session, const RegisterSpec &spec) : m_session(session), m_table(session, spec) {}

    const Session &session() const { return m_session; }

    // The values of the spec's columns, in order, as they are stored.
    virtual QVariantList values(const Record &r) const = 0;
    // A record from t.id and the spec's columns, at column 0 of q.
    virtual Record read(const QSqlQuery &q) const = 0;
    // A list line: the record, then the unit's code and the list columns from `at`.
    virtual Row row(Record r, const QSqlQuery &q, int at) const = 0;
    // The folded text a list's search words are looked for in.
    virtual QString searchText(const Record &r) const = 0;
    // The register's own checks, after its rules and the unit: its links.
    virtual FieldProblems checkLinks(const Record &) const { return {}; }
    // Whether an existing record may be deleted, and why not.
    virtual WriteResult checkRemovable(const Record &) const { return {}; }
    // "The … no longer exists.", for an update or removal of a deleted record.
    virtual QString noLongerExists() const = 0;

private:
    // Why the actor may not write an entry of these units (an update: the old and the new one).
    QString refusalFor(std::initializer_list<qint64> units) const
    {
        for (qint64 unit : units) {
            if (const QString refusal = AccessCheck(m_session).unitRefusal(unit); !refusal.isEmpty())
                return refusal;
        }
        return {};
    }

    FieldProblems check(const Record &r) const
    {
        FieldProblems problems = RegisterValidator::validate(r, m_session.clock().today());
        if (r.unitId > 0 && !UnitRepository(m_session.sql()).byId(r.unitId))
            problems << RegisterValidator::noSuchUnit();
        return problems + checkLinks(r);
    }

    // What went wrong: the write's own error, else the transaction's (begin or commit).
    static WriteResult failed(const TransactionGuard &transaction, const QString &error)
    {
        return WriteResult::failure(error.isEmpty() ? transaction.error() : error);
    }

    const Session &m_session;
    RegisterTable m_table;
};
