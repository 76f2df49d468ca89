#include "RegisterGrid.h"

#include "EnumTable.h"

#include <functional>

namespace {
struct KindRow
{
    RegisterKind value;
    const char *key;
    const char *name;
};

constexpr std::array kKinds = {
    KindRow{RegisterKind::Complaints, "complaints", QT_TRANSLATE_NOOP("RegisterKind", "Complaints and denunciations")},
    KindRow{RegisterKind::Reception, "reception", QT_TRANSLATE_NOOP("RegisterKind", "Citizen reception")},
    KindRow{RegisterKind::Coercion, "coercion", QT_TRANSLATE_NOOP("RegisterKind", "Coercive enforcement")},
    KindRow{RegisterKind::Awards, "awards", QT_TRANSLATE_NOOP("RegisterKind", "Emulation and awards")},
};
static_assert(EnumTable::inEnumOrder(kKinds));

// Builds a grid from a summary and a list of (key, header, value of figures).
template<typename Figures>
struct GridBuilder
{
    using Value = std::function<std::optional<qint64>(const Figures &)>;
    struct Spec
    {
        QString key;
        QString header;
        Value value;
        bool isRate = false;
    };

    static RegisterGrid build(RegisterKind kind, const RegisterSummary<Figures> &summary, const QList<Spec> &specs)
    {
        RegisterGrid grid;
        grid.key = Registers::key(kind);
        grid.title = Registers::displayName(kind);
        grid.period = summary.period;
        for (const Spec &s : specs)
            grid.columns << RegisterGrid::Column{s.key, s.header, s.isRate};
        for (const auto &row : summary.rows()) {
            RegisterGrid::Row out{row.unit, {}};
            for (const Spec &s : specs)
                out.values << s.value(row.figures);
            grid.rows << out;
        }
        return grid;
    }
};

std::optional<qint64> rateValue(std::optional<Rates::Hundredths> rate)
{
    return rate ? std::optional<qint64>(*rate) : std::nullopt;
}
} // namespace

QList<RegisterKind> Registers::all()
{
    return EnumTable::values(kKinds);
}

QString Registers::key(RegisterKind kind)
{
    return QString::fromLatin1(EnumTable::row(kKinds, kind).key);
}

bool Registers::fromKey(const QString &key, RegisterKind *kind)
{
    return EnumTable::fromKey(kKinds, key, kind);
}

QString Registers::displayName(RegisterKind kind)
{
    return QCoreApplication::translate("RegisterKind", EnumTable::row(kKinds, kind).name);
}

const RegisterGrid::Row *RegisterGrid::row(const QString &unitCode) const
{
    for (const Row &r : rows) {
        if (r.unit.code.compare(unitCode, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

RegisterGrid RegisterGrid::from(const ComplaintSummary &summary)
{
    using F = ComplaintFigures;
    using B = GridBuilder<F>;
    return B::build(RegisterKind::Complaints, summary, {
        {QStringLiteral("carried_over"), tr("Carried over"), [](const F &f) { return f.carriedOver; }},
        {QStringLiteral("received"), tr("Received"), [](const F &f) { return f.received; }},
        {QStringLiteral("total"), tr("Total handled"), [](const F &f) { return f.total(); }},
        {QStringLiteral("within_competence"), tr("Within competence"), [](const F &f) { return f.withinCompetence; }},
        {QStringLiteral("outside_competence"), tr("Outside competence"),
         [](const F &f) { return f.outsideCompetence(); }},
        {QStringLiteral("settled"), tr("Settled"), [](const F &f) { return f.settled; }},
        {QStringLiteral("withdrawn"), tr("Withdrawn"), [](const F &f) { return f.withdrawn; }},
        {QStringLiteral("in_progress"), tr("In progress"), [](const F &f) { return f.inProgress(); }},
        {QStringLiteral("settled_rate"), tr("Rate settled"), [](const F &f) { return rateValue(f.settledRate()); },
         true},
        {QStringLiteral("complaints"), tr("Complaints received"), [](const F &f) { return f.complaints; }},
        {QStringLiteral("denunciations"), tr("Denunciations received"), [](const F &f) { return f.denunciations; }},
        {QStringLiteral("repeated"), tr("Repeated petitions"), [](const F &f) { return f.repeated; }},
        {QStringLiteral("crowd"), tr("Crowd petitions"), [](const F &f) { return f.crowd; }},
        {QStringLiteral("beyond_level"), tr("Beyond-level petitions"), [](const F &f) { return f.beyondLevel; }},
    });
}

RegisterGrid RegisterGrid::from(const ReceptionSummary &summary)
{
    using F = ReceptionFigures;
    using B = GridBuilder<F>;
    return B::build(RegisterKind::Reception, summary, {
        {QStringLiteral("sessions"), tr("Receptions"), [](const F &f) { return f.sessions; }},
        {QStringLiteral("people"), tr("People received"), [](const F &f) { return f.people; }},
        {QStringLiteral("by_leader"), tr("Received by a leader"), [](const F &f) { return f.byLeader; }},
        {QStringLiteral("by_staff"), tr("Received by staff"), [](const F &f) { return f.sessions - f.byLeader; }},
        {QStringLiteral("with_complaint"), tr("A complaint was filed"), [](const F &f) { return f.withComplaint; }},
    });
}

RegisterGrid RegisterGrid::from(const CoercionSummary &summary)
{
    using F = CoercionFigures;
    using B = GridBuilder<F>;
    return B::build(RegisterKind::Coercion, summary, {
        {QStringLiteral("operations"), tr("Operations"), [](const F &f) { return f.operations; }},
        {QStringLiteral("with_forces"), tr("With mobilised forces"), [](const F &f) { return f.withForces; }},
        {QStringLiteral("successful"), tr("Successful"), [](const F &f) { return f.successful; }},
        {QStringLiteral("police"), tr("Police mobilised"), [](const F &f) { return f.police; }},
        {QStringLiteral("commune"), tr("Commune forces mobilised"), [](const F &f) { return f.commune; }},
        {QStringLiteral("other_forces"), tr("Other forces mobilised"), [](const F &f) { return f.otherForces; }},
        {QStringLiteral("forces"), tr("People mobilised in all"), [](const F &f) { return f.forces(); }},
    });
}

RegisterGrid RegisterGrid::from(const AwardSummary &summary)
{
    using F = AwardFigures;
    using B = GridBuilder<F>;
    QList<B::Spec> specs;
    for (AwardLevel level : AwardLevels::all()) {
        for (RecipientKind kind : RecipientKinds::all()) {
            specs << B::Spec{AwardLevels::key(level) + QLatin1Char('_') + RecipientKinds::key(kind),
                             tr("%1: %2").arg(AwardLevels::shortName(level), RecipientKinds::displayName(kind).toLower()),
                             [level, kind](const F &f) { return f.count(level, kind); }};
        }
    }
    specs << B::Spec{QStringLiteral("collective"), tr("Collectives in all"),
                     [](const F &f) { return f.total(RecipientKind::Collective); }}
          << B::Spec{QStringLiteral("individual"), tr("Individuals in all"),
                     [](const F &f) { return f.total(RecipientKind::Individual); }}
          << B::Spec{QStringLiteral("total"), tr("Awards in all"), [](const F &f) { return f.total(); }};
    return B::build(RegisterKind::Awards, summary, specs);
}
