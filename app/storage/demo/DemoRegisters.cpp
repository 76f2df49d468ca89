#include "DemoRegisters.h"

#include "AwardRepository.h"
#include "CoercionRepository.h"
#include "ComplaintRepository.h"
#include "ReceptionRepository.h"
#include "StatisticalPeriod.h"
#include "UnitRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

// What each measure mobilises: police, commune and other forces (lo, hi).
struct MeasurePlan
{
    CoercionMeasure measure;
    int share; // of 100
    int police[2];
    int commune[2];
    int other[2];
    const char *note;
};

const MeasurePlan kMeasures[] = {
    {CoercionMeasure::PropertySeizure, 35, {6, 20}, {3, 10}, {2, 8}, "Cưỡng chế kê biên quyền sử dụng đất và tài sản gắn liền với đất"},
    {CoercionMeasure::HandOverLandHouse, 20, {10, 30}, {4, 12}, {3, 10}, "Cưỡng chế giao quyền sử dụng đất cho người được thi hành án"},
    {CoercionMeasure::IncomeDeduction, 15, {0, 0}, {0, 0}, {0, 0}, "Khấu trừ tiền lương hằng tháng"},
    {CoercionMeasure::AccountDeduction, 10, {0, 0}, {0, 0}, {0, 0}, "Phong tỏa và khấu trừ tiền trong tài khoản"},
    {CoercionMeasure::HandOverProperty, 10, {2, 8}, {2, 5}, {1, 4}, "Cưỡng chế giao trả xe mô tô"},
    {CoercionMeasure::CompelAct, 5, {4, 12}, {2, 6}, {2, 6}, "Cưỡng chế tháo dỡ công trình lấn chiếm"},
    {CoercionMeasure::PropertyExploitation, 5, {0, 4}, {1, 3}, {0, 2}, "Khai thác tài sản để thi hành án"},
};
} // namespace

DemoRegisters::DemoRegisters(const Session &session, const DemoSpec &spec, const QList<qint64> &unitIds)
    : m_session(session), m_spec(spec), m_unitIds(unitIds), m_random(spec.seed)
{
}

QString DemoRegisters::person()
{
    const bool female = m_random.chance(4000);
    return QStringLiteral("%1 %2 %3")
        .arg(m_random.pick(m_spec.familyNames), m_random.pick(female ? m_spec.femaleMiddle : m_spec.maleMiddle),
             m_random.pick(female ? m_spec.femaleGiven : m_spec.maleGiven));
}

bool DemoRegisters::load(QString *error)
{
    QFile file(QStringLiteral(":/data/demo-registers-son-la.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    m_design = QJsonDocument::fromJson(file.readAll()).object();
    if (m_design.isEmpty() || m_spec.years.isEmpty()) {
        *error = QStringLiteral("demo-registers-son-la.json: incomplete demo design");
        return false;
    }
    m_random = DemoRandom(static_cast<std::uint64_t>(m_design.value(QLatin1String("seed")).toInteger()));
    m_cutoff = StatisticalPeriod::yearEnd(m_spec.years.last().year);

    const UnitRepository units(m_session.sql());
    QSqlQuery q(m_session.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, decision_date, closed_date, obligor_name, obligee_name FROM cases "
                             "WHERE unit_id = ? ORDER BY decision_date, id"));
    QSqlQuery executors(m_session.sql());
    executors.setForwardOnly(true);
    executors.prepare(QStringLiteral("SELECT DISTINCT executor FROM cases WHERE unit_id = ? ORDER BY executor"));
    for (qint64 unitId : std::as_const(m_unitIds)) {
        const auto unit = units.byId(unitId);
        m_unitNames << (unit ? unit->nameVi : QString());
        QList<CaseInfo> pool;
        q.addBindValue(unitId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            pool << CaseInfo{q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                             QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                             q.value(4).toString()};
        m_cases << pool;
        People people;
        executors.addBindValue(unitId);
        if (executors.exec()) {
            while (executors.next())
                people.executors << executors.value(0).toString();
        }
        people.leader = person();
        people.staff = QStringList{person(), person()};
        m_people << people;
    }
    return true;
}

int DemoRegisters::countFor(const char *key, int unit)
{
    const QJsonArray range = m_design.value(QLatin1String(key)).toArray();
    return int(m_random.between(range.at(0).toInt(), range.at(1).toInt())) + m_spec.units.at(unit).weight / 5;
}

// A case of the unit accepted at least 30 days before `before` (and, with
// openOnly, not closed by then); nullptr when the unit has none.
const DemoRegisters::CaseInfo *DemoRegisters::pickCase(int unit, QDate before, bool openOnly)
{
    const QList<CaseInfo> &pool = m_cases.at(unit);
    qsizetype eligible = 0;
    while (eligible < pool.size() && pool.at(eligible).decided <= before.addDays(-30))
        ++eligible;
    for (int attempt = 0; eligible > 0 && attempt < 40; ++attempt) {
        // Recent cases are the ones people complain about and enforce: favour the last few hundred.
        const qsizetype from = std::max<qsizetype>(0, eligible - 400);
        const CaseInfo &c = pool.at(from + m_random.below(eligible - from));
        if (!openOnly || !c.closed.isValid() || c.closed >= before)
            return &c;
    }
    return nullptr;
}

QList<Complaint> DemoRegisters::makeComplaints()
{
    const QStringList complaintSubjects = strings(m_design.value(QLatin1String("complaint_subjects")));
    const QStringList denunciationSubjects = strings(m_design.value(QLatin1String("denunciation_subjects")));
    QList<Complaint> list;
    for (const DemoSpec::YearSpec &year : m_spec.years) {
        for (int u = 0; u < m_unitIds.size(); ++u) {
            for (int n = countFor("complaints_per_unit", u); n > 0; --n) {
                Complaint c;
                c.unitId = m_unitIds.at(u);
                c.receivedDate = m_random.dateBetween(StatisticalPeriod::yearStart(year.year),
                                                      StatisticalPeriod::yearEnd(year.year));
                c.kind = m_random.chance(2000) ? ComplaintKind::Denunciation : ComplaintKind::Complaint;
                c.subject = m_random.pick(c.kind == ComplaintKind::Complaint ? complaintSubjects : denunciationSubjects);
                const CaseInfo *linked = m_random.chance(6500) ? pickCase(u, c.receivedDate, false) : nullptr;
                c.caseId = linked ? linked->id : 0;
                // A party of the case petitions; the state budget does not.
                const bool obligee = linked && m_random.chance(5000) && linked->obligee != m_spec.stateObligee;
                c.petitioner = linked ? (obligee ? linked->obligee : linked->obligor) : person();
                c.competence = m_random.chance(8000) ? Competence::Within : Competence::Outside;
                const QDate settled = c.receivedDate.addDays(m_random.between(10, 75));
                const int roll = int(m_random.below(100));
                if (settled > m_cutoff) { // still open when the demo's last year ends
                    c.result = ComplaintResult::InProgress;
                } else {
                    c.result = roll < 12   ? ComplaintResult::Withdrawn
                        : roll < 27        ? ComplaintResult::Upheld
                        : roll < 40        ? ComplaintResult::PartlyUpheld
                                           : ComplaintResult::Rejected;
                    c.settledDate = settled;
                }
                c.repeated = m_random.chance(1200);
                c.crowd = m_random.chance(400);
                c.beyondLevel = m_random.chance(700);
                if (c.crowd)
                    c.note = QStringLiteral("Đơn có %1 người cùng ký").arg(m_random.between(5, 15));
                list << c;
            }
        }
    }
    return list;
}

QList<Reception> DemoRegisters::makeReceptions(const QList<Complaint> &complaints)
{
    const QStringList subjects = strings(m_design.value(QLatin1String("reception_subjects")));
    const auto receiver = [this](int unit, Reception *r) {
        const bool leader = m_random.chance(3500);
        r->receiverRole = leader ? ReceiverRole::Leader : ReceiverRole::Staff;
        r->receiverName = leader ? m_people.at(unit).leader : m_random.pick(m_people.at(unit).staff);
    };
    QList<Reception> list;
    // Petitioners who came in person and filed their complaint there.
    for (const Complaint &c : complaints) {
        if (!m_random.chance(3500))
            continue;
        Reception r;
        r.unitId = c.unitId;
        r.date = c.receivedDate;
        receiver(int(m_unitIds.indexOf(c.unitId)), &r);
        r.people = c.crowd ? int(m_random.between(5, 15)) : int(m_random.between(1, 2));
        r.subject = c.subject;
        r.complaintId = c.id;
        list << r;
    }
    for (const DemoSpec::YearSpec &year : m_spec.years) {
        for (int u = 0; u < m_unitIds.size(); ++u) {
            for (int n = countFor("receptions_per_unit", u); n > 0; --n) {
                Reception r;
                r.unitId = m_unitIds.at(u);
                r.date = m_random.dateBetween(StatisticalPeriod::yearStart(year.year),
                                              StatisticalPeriod::yearEnd(year.year));
                receiver(u, &r);
                r.people = m_random.chance(500) ? int(m_random.between(4, 10)) : int(m_random.between(1, 3));
                r.subject = m_random.pick(subjects);
                list << r;
            }
        }
    }
    return list;
}

QList<Coercion> DemoRegisters::makeCoercions()
{
    QList<Coercion> list;
    for (const DemoSpec::YearSpec &year : m_spec.years) {
        for (int u = 0; u < m_unitIds.size(); ++u) {
            for (int n = countFor("coercions_per_unit", u); n > 0; --n) {
                Coercion c;
                c.unitId = m_unitIds.at(u);
                c.date = m_random.dateBetween(StatisticalPeriod::yearStart(year.year),
                                              StatisticalPeriod::yearEnd(year.year));
                const CaseInfo *target = pickCase(u, c.date, true);
                if (!target)
                    continue;
                c.caseId = target->id;
                int roll = int(m_random.below(100));
                const MeasurePlan *plan = &kMeasures[0];
                for (const MeasurePlan &p : kMeasures) {
                    plan = &p;
                    if ((roll -= p.share) < 0)
                        break;
                }
                c.measure = plan->measure;
                c.police = int(m_random.between(plan->police[0], plan->police[1]));
                c.commune = int(m_random.between(plan->commune[0], plan->commune[1]));
                c.otherForces = int(m_random.between(plan->other[0], plan->other[1]));
                const int outcome = int(m_random.below(100));
                c.outcome = outcome < 85 ? CoercionOutcome::Successful
                    : outcome < 95       ? CoercionOutcome::Postponed
                                         : CoercionOutcome::Unsuccessful;
                c.note = QString::fromUtf8(plan->note);
                list << c;
            }
        }
    }
    return list;
}

QList<Award> DemoRegisters::makeAwards(QString *error)
{
    const QStringList divisions = strings(m_design.value(QLatin1String("divisions")));
    const QJsonObject decisions = m_design.value(QLatin1String("award_decisions")).toObject();
    QList<Award> list;
    for (const QJsonValue &v : m_design.value(QLatin1String("awards")).toArray()) {
        const QJsonObject plan = v.toObject();
        const int year = plan.value(QLatin1String("year")).toInt();
        QSet<QString> named; // nobody is rewarded twice in a year
        int attempts = 0;
        for (AwardLevel level : AwardLevels::all()) {
            const QJsonArray counts = plan.value(AwardLevels::key(level)).toArray();
            if (counts.isEmpty())
                continue;
            const QJsonObject decision = decisions.value(AwardLevels::key(level)).toObject();
            if (decision.isEmpty()) {
                *error = QStringLiteral("demo-registers-son-la.json: no decision for %1").arg(AwardLevels::key(level));
                return {};
            }
            // One decision per level and year names all its recipients.
            const QString number = QStringLiteral("%1/%2").arg(m_random.between(120, 3400))
                                       .arg(decision.value(QLatin1String("issuer")).toString());
            const QDate date(year, decision.value(QLatin1String("month")).toInt(), int(m_random.between(5, 28)));
            for (RecipientKind kind : RecipientKinds::all()) {
                for (int n = counts.at(int(kind)).toInt(); n > 0;) {
                    if (++attempts > 10000) {
                        *error = QStringLiteral("demo design: too few names for the awards of %1").arg(year);
                        return {};
                    }
                    Award a;
                    a.year = year;
                    a.level = level;
                    a.recipientKind = kind;
                    a.decisionNo = number;
                    a.decisionDate = date;
                    const int u = int(m_random.below(m_unitIds.size()));
                    a.unitId = m_unitIds.at(u);
                    if (kind == RecipientKind::Individual) {
                        const QStringList &executors = m_people.at(u).executors;
                        a.recipientName = executors.isEmpty() || m_random.chance(2500) ? m_random.pick(m_people.at(u).staff)
                                                                                       : m_random.pick(executors);
                    } else if (u == 0) { // the provincial department's own divisions
                        a.recipientName = m_random.pick(divisions);
                    } else {
                        a.recipientName = m_unitNames.at(u);
                    }
                    if (a.recipientName.isEmpty() || named.contains(a.recipientName))
                        continue; // someone else of this year
                    named.insert(a.recipientName);
                    list << a;
                    --n;
                }
            }
        }
    }
    return list;
}

bool DemoRegisters::build(QString *error)
{
    if (!load(error))
        return false;
    const auto failed = [error](const WriteResult &result) {
        if (result.ok())
            return false;
        *error = result.message();
        return true;
    };
    QList<Complaint> complaints = makeComplaints();
    if (failed(ComplaintRepository(m_session).createMany(&complaints)))
        return false;
    QList<Reception> receptions = makeReceptions(complaints);
    if (failed(ReceptionRepository(m_session).createMany(&receptions)))
        return false;
    QList<Coercion> coercions = makeCoercions();
    if (failed(CoercionRepository(m_session).createMany(&coercions)))
        return false;
    QList<Award> awards = makeAwards(error);
    if (awards.isEmpty() || failed(AwardRepository(m_session).createMany(&awards)))
        return false;
    m_entries = complaints.size() + receptions.size() + coercions.size() + awards.size();
    return true;
}
