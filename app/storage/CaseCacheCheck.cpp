// CaseCacheCheck: the case list's cached columns against the replayed event log.

#include "CaseLedger.h"
#include "DatabaseCheck.h"
#include "Format.h"
#include "UnitRepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// What the cases table says of a case, as written by CaseRepository.
struct CachedCase
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString decisionNo;
    QDate accepted;
    qint64 amountDue = 0;
    QString state;
    qint64 paid = 0;
    qint64 remaining = 0;
    QString closedDate; // ISO, empty when open
};

QString stateName(const QString &key)
{
    CaseState state;
    return CaseStates::fromKey(key, &state) ? CaseStates::displayName(state) : QStringLiteral("\"%1\"").arg(key);
}

QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return iso.isEmpty() ? QStringLiteral("—") : date.isValid() ? Format::date(date) : iso;
}

// The cached columns that disagree with the replay, as "column: cached (log: replayed)".
QStringList differences(const CachedCase &cached, const CaseStatus &status)
{
    QStringList out;
    const QString state = CaseStates::key(status.state());
    if (cached.state != state)
        out << CaseCacheCheck::tr("state %1 (log: %2)").arg(stateName(cached.state), CaseStates::displayName(status.state()));
    if (cached.paid != status.paid)
        out << CaseCacheCheck::tr("collected %1 (log: %2)").arg(Format::money(cached.paid), Format::money(status.paid));
    if (cached.remaining != status.remaining())
        out << CaseCacheCheck::tr("still due %1 (log: %2)")
                   .arg(Format::money(cached.remaining), Format::money(status.remaining()));
    const QString closed = status.terminal ? MachineFormat::date(status.terminalDate) : QString();
    if (cached.closedDate != closed)
        out << CaseCacheCheck::tr("closed on %1 (log: %2)").arg(dateText(cached.closedDate), dateText(closed));
    return out;
}
} // namespace

QString CaseCacheCheck::name() const
{
    return tr("every case's state against its event log");
}

QStringList CaseCacheCheck::run(QSqlDatabase db) const
{
    QHash<qint64, QString> unitNames;
    for (const Unit &unit : UnitRepository(db).all())
        unitNames.insert(unit.id, unit.shortName());

    // Both lists in case order, read side by side: one pass over each table.
    QSqlQuery cases(db);
    cases.setForwardOnly(true);
    QSqlQuery events(db);
    events.setForwardOnly(true);
    if (!cases.exec(QStringLiteral("SELECT id, unit_id, decision_no, decision_date, amount_due, state, amount_paid, "
                                   "amount_remaining, IFNULL(closed_date, '') FROM cases ORDER BY id"))
        || !events.exec(QStringLiteral("SELECT case_id, id, type, event_date, amount, IFNULL(corrects_event_id, 0) "
                                       "FROM case_events ORDER BY case_id, id"))) {
        const QSqlError error = cases.lastError().isValid() ? cases.lastError() : events.lastError();
        return {tr("The cases and their events cannot be read: %1").arg(error.databaseText())};
    }
    QStringList problems;
    bool haveEvent = events.next();
    while (cases.next()) {
        CachedCase c;
        c.id = cases.value(0).toLongLong();
        c.unitId = cases.value(1).toLongLong();
        c.decisionNo = cases.value(2).toString();
        c.accepted = QDate::fromString(cases.value(3).toString(), Qt::ISODate);
        c.amountDue = cases.value(4).toLongLong();
        c.state = cases.value(5).toString();
        c.paid = cases.value(6).toLongLong();
        c.remaining = cases.value(7).toLongLong();
        c.closedDate = cases.value(8).toString();
        CaseEventList log;
        while (haveEvent && events.value(0).toLongLong() < c.id)
            haveEvent = events.next(); // events of no case: the foreign key check names them
        while (haveEvent && events.value(0).toLongLong() == c.id) {
            CaseEvent e;
            e.id = events.value(1).toLongLong();
            EventTypes::fromKey(events.value(2).toString(), &e.type);
            e.date = QDate::fromString(events.value(3).toString(), Qt::ISODate);
            e.amount = events.value(4).toLongLong();
            e.correctsEventId = events.value(5).toLongLong();
            log << e;
            haveEvent = events.next();
        }
        const QStringList wrong = differences(c, CaseLedger(c.accepted, c.amountDue, log).current());
        if (!wrong.isEmpty())
            problems << tr("Case %1 of %2: the case list shows %3.")
                            .arg(c.decisionNo, unitNames.value(c.unitId, QString::number(c.unitId)),
                                 wrong.join(QStringLiteral("; ")));
    }
    if (cases.lastError().isValid() || events.lastError().isValid()) {
        const QSqlError error = cases.lastError().isValid() ? cases.lastError() : events.lastError();
        problems << tr("Not every case could be read: %1").arg(error.databaseText());
    }
    return problems;
}
