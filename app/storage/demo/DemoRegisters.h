#pragma once

#include "DemoRandom.h"
#include "DemoSpec.h"
#include "RegisterRecords.h"
#include "Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// Fills the demo province's registers after its cases are stored: complaints
// and denunciations (some about real demo cases, by their parties), citizen
// receptions (some where a complaint was filed), coercion operations on cases
// that were open at the time, and awards — for every unit and every year of
// the design. The design is resources/data/demo-registers-son-la.json; a
// generator of its own keeps the cases exactly as they were.
class DemoRegisters
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegisters)

public:
    DemoRegisters(const Session &session, const DemoSpec &spec, const QList<qint64> &unitIds);

    bool build(QString *error);
    qint64 entryCount() const { return m_entries; }

private:
    struct CaseInfo
    {
        qint64 id = 0;
        QDate decided;
        QDate closed; // null while open
        QString obligor;
        QString obligee;
    };
    struct People
    {
        QString leader;
        QStringList staff;
        QStringList executors;
    };

    bool load(QString *error);
    QString person();
    const CaseInfo *pickCase(int unit, QDate before, bool openOnly);
    QList<Complaint> makeComplaints();
    QList<Reception> makeReceptions(const QList<Complaint> &complaints);
    QList<Coercion> makeCoercions();
    QList<Award> makeAwards(QString *error);
    int countFor(const char *key, int unit);

    const Session &m_session;
    const DemoSpec &m_spec;
    QList<qint64> m_unitIds;
    QJsonObject m_design;
    DemoRandom m_random;
    QDate m_cutoff; // the end of the design's last year: nothing happens after it
    QList<QList<CaseInfo>> m_cases; // per unit, by decision date
    QList<People> m_people;         // per unit
    QStringList m_unitNames;        // per unit, official names
    qint64 m_entries = 0;
};
