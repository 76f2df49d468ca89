#include "RegisterKinds.h"

#include "EnumTable.h"

#include <QCoreApplication>

namespace {
template<typename Enum>
struct Row
{
    Enum value;
    const char *key;
    const char *name;
};

// The four functions every enum here has, over its table and translation context.
template<typename Enum, std::size_t N>
struct Names
{
    const std::array<Row<Enum>, N> &rows;
    const char *context;

    QList<Enum> all() const { return EnumTable::values(rows); }
    QString key(Enum value) const { return QString::fromLatin1(EnumTable::row(rows, value).key); }
    bool fromKey(const QString &key, Enum *value) const { return EnumTable::fromKey(rows, key, value); }
    QString displayName(Enum value) const
    {
        return QCoreApplication::translate(context, EnumTable::row(rows, value).name);
    }
};
// Spelled out for compilers without aggregate deduction yet (clang 14, the fuzzing build).
template<typename Enum, std::size_t N>
Names(const std::array<Row<Enum>, N> &, const char *) -> Names<Enum, N>;

constexpr std::array kComplaintKinds = {
    Row<ComplaintKind>{ComplaintKind::Complaint, "complaint", QT_TRANSLATE_NOOP("ComplaintKind", "Complaint")},
    Row<ComplaintKind>{ComplaintKind::Denunciation, "denunciation",
                       QT_TRANSLATE_NOOP("ComplaintKind", "Denunciation")},
};
static_assert(EnumTable::inEnumOrder(kComplaintKinds));

constexpr std::array kCompetences = {
    Row<Competence>{Competence::Within, "within", QT_TRANSLATE_NOOP("Competence", "Within the unit's competence")},
    Row<Competence>{Competence::Outside, "outside",
                    QT_TRANSLATE_NOOP("Competence", "Outside the unit's competence")},
};
static_assert(EnumTable::inEnumOrder(kCompetences));

constexpr std::array kResults = {
    Row<ComplaintResult>{ComplaintResult::Upheld, "upheld", QT_TRANSLATE_NOOP("ComplaintResult", "Settled: upheld")},
    Row<ComplaintResult>{ComplaintResult::PartlyUpheld, "partly_upheld",
                         QT_TRANSLATE_NOOP("ComplaintResult", "Settled: partly upheld")},
    Row<ComplaintResult>{ComplaintResult::Rejected, "rejected",
                         QT_TRANSLATE_NOOP("ComplaintResult", "Settled: rejected")},
    Row<ComplaintResult>{ComplaintResult::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("ComplaintResult", "Withdrawn")},
    Row<ComplaintResult>{ComplaintResult::InProgress, "in_progress",
                         QT_TRANSLATE_NOOP("ComplaintResult", "In progress")},
};
static_assert(EnumTable::inEnumOrder(kResults));

constexpr std::array kReceiverRoles = {
    Row<ReceiverRole>{ReceiverRole::Leader, "leader", QT_TRANSLATE_NOOP("ReceiverRole", "Leader")},
    Row<ReceiverRole>{ReceiverRole::Staff, "staff", QT_TRANSLATE_NOOP("ReceiverRole", "Staff")},
};
static_assert(EnumTable::inEnumOrder(kReceiverRoles));

constexpr std::array kMeasures = {
    Row<CoercionMeasure>{CoercionMeasure::PropertySeizure, "property_seizure",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Seizure and sale of property")},
    Row<CoercionMeasure>{CoercionMeasure::AccountDeduction, "account_deduction",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Deduction from an account")},
    Row<CoercionMeasure>{CoercionMeasure::IncomeDeduction, "income_deduction",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Deduction from income")},
    Row<CoercionMeasure>{CoercionMeasure::PropertyExploitation, "property_exploitation",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Exploitation of property")},
    Row<CoercionMeasure>{CoercionMeasure::HandOverLandHouse, "hand_over_land_house",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Handing over land or a house")},
    Row<CoercionMeasure>{CoercionMeasure::HandOverProperty, "hand_over_property",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Handing over property or papers")},
    Row<CoercionMeasure>{CoercionMeasure::CompelAct, "compel_act",
                         QT_TRANSLATE_NOOP("CoercionMeasure", "Compelling an act or abstention")},
};
static_assert(EnumTable::inEnumOrder(kMeasures));

constexpr std::array kOutcomes = {
    Row<CoercionOutcome>{CoercionOutcome::Successful, "successful",
                         QT_TRANSLATE_NOOP("CoercionOutcome", "Successful")},
    Row<CoercionOutcome>{CoercionOutcome::Postponed, "postponed", QT_TRANSLATE_NOOP("CoercionOutcome", "Postponed")},
    Row<CoercionOutcome>{CoercionOutcome::Unsuccessful, "unsuccessful",
                         QT_TRANSLATE_NOOP("CoercionOutcome", "Unsuccessful")},
};
static_assert(EnumTable::inEnumOrder(kOutcomes));

constexpr std::array kLevels = {
    Row<AwardLevel>{AwardLevel::KncTuPhap, "knc_tu_phap",
                    QT_TRANSLATE_NOOP("AwardLevel", "Medal \"For the cause of Justice\" (Ministry of Justice)")},
    Row<AwardLevel>{AwardLevel::BangKhenBoTruong, "bang_khen_bo_truong",
                    QT_TRANSLATE_NOOP("AwardLevel", "Certificate of merit of the Minister of Justice")},
    Row<AwardLevel>{AwardLevel::BangKhenChuTichTinh, "bang_khen_chu_tich_tinh",
                    QT_TRANSLATE_NOOP("AwardLevel",
                                      "Certificate of merit of the Chairman of the provincial People's Committee")},
    Row<AwardLevel>{AwardLevel::GiayKhenTongCuc, "giay_khen_tong_cuc",
                    QT_TRANSLATE_NOOP("AwardLevel", "Commendation of the General Department of Enforcement")},
    Row<AwardLevel>{AwardLevel::GiayKhenCuc, "giay_khen_cuc",
                    QT_TRANSLATE_NOOP("AwardLevel", "Commendation of the provincial department")},
};
static_assert(EnumTable::inEnumOrder(kLevels));

constexpr std::array kLevelShort = {
    Row<AwardLevel>{AwardLevel::KncTuPhap, "knc_tu_phap", QT_TRANSLATE_NOOP("AwardLevel", "Justice medal")},
    Row<AwardLevel>{AwardLevel::BangKhenBoTruong, "bang_khen_bo_truong",
                    QT_TRANSLATE_NOOP("AwardLevel", "Minister's certificate")},
    Row<AwardLevel>{AwardLevel::BangKhenChuTichTinh, "bang_khen_chu_tich_tinh",
                    QT_TRANSLATE_NOOP("AwardLevel", "Chairman's certificate")},
    Row<AwardLevel>{AwardLevel::GiayKhenTongCuc, "giay_khen_tong_cuc",
                    QT_TRANSLATE_NOOP("AwardLevel", "General Department's commendation")},
    Row<AwardLevel>{AwardLevel::GiayKhenCuc, "giay_khen_cuc",
                    QT_TRANSLATE_NOOP("AwardLevel", "Department's commendation")},
};
static_assert(EnumTable::inEnumOrder(kLevelShort));

constexpr std::array kRecipientKinds = {
    Row<RecipientKind>{RecipientKind::Collective, "collective", QT_TRANSLATE_NOOP("RecipientKind", "Collective")},
    Row<RecipientKind>{RecipientKind::Individual, "individual", QT_TRANSLATE_NOOP("RecipientKind", "Individual")},
};
static_assert(EnumTable::inEnumOrder(kRecipientKinds));

constexpr Names complaintKinds{kComplaintKinds, "ComplaintKind"};
constexpr Names competences{kCompetences, "Competence"};
constexpr Names results{kResults, "ComplaintResult"};
constexpr Names receiverRoles{kReceiverRoles, "ReceiverRole"};
constexpr Names measures{kMeasures, "CoercionMeasure"};
constexpr Names outcomes{kOutcomes, "CoercionOutcome"};
constexpr Names levels{kLevels, "AwardLevel"};
constexpr Names levelShort{kLevelShort, "AwardLevel"};
constexpr Names recipientKinds{kRecipientKinds, "RecipientKind"};
} // namespace

// clang-format off
QList<ComplaintKind> ComplaintKinds::all() { return complaintKinds.all(); }
QString ComplaintKinds::key(ComplaintKind v) { return complaintKinds.key(v); }
bool ComplaintKinds::fromKey(const QString &k, ComplaintKind *v) { return complaintKinds.fromKey(k, v); }
QString ComplaintKinds::displayName(ComplaintKind v) { return complaintKinds.displayName(v); }

QList<Competence> Competences::all() { return competences.all(); }
QString Competences::key(Competence v) { return competences.key(v); }
bool Competences::fromKey(const QString &k, Competence *v) { return competences.fromKey(k, v); }
QString Competences::displayName(Competence v) { return competences.displayName(v); }

QList<ComplaintResult> ComplaintResults::all() { return results.all(); }
QString ComplaintResults::key(ComplaintResult v) { return results.key(v); }
bool ComplaintResults::fromKey(const QString &k, ComplaintResult *v) { return results.fromKey(k, v); }
QString ComplaintResults::displayName(ComplaintResult v) { return results.displayName(v); }
bool ComplaintResults::isClosed(ComplaintResult v) { return v != ComplaintResult::InProgress; }
bool ComplaintResults::isSettled(ComplaintResult v)
{
    return v == ComplaintResult::Upheld || v == ComplaintResult::PartlyUpheld || v == ComplaintResult::Rejected;
}

QList<ReceiverRole> ReceiverRoles::all() { return receiverRoles.all(); }
QString ReceiverRoles::key(ReceiverRole v) { return receiverRoles.key(v); }
bool ReceiverRoles::fromKey(const QString &k, ReceiverRole *v) { return receiverRoles.fromKey(k, v); }
QString ReceiverRoles::displayName(ReceiverRole v) { return receiverRoles.displayName(v); }

QList<CoercionMeasure> CoercionMeasures::all() { return measures.all(); }
QString CoercionMeasures::key(CoercionMeasure v) { return measures.key(v); }
bool CoercionMeasures::fromKey(const QString &k, CoercionMeasure *v) { return measures.fromKey(k, v); }
QString CoercionMeasures::displayName(CoercionMeasure v) { return measures.displayName(v); }

QList<CoercionOutcome> CoercionOutcomes::all() { return outcomes.all(); }
QString CoercionOutcomes::key(CoercionOutcome v) { return outcomes.key(v); }
bool CoercionOutcomes::fromKey(const QString &k, CoercionOutcome *v) { return outcomes.fromKey(k, v); }
QString CoercionOutcomes::displayName(CoercionOutcome v) { return outcomes.displayName(v); }

QList<AwardLevel> AwardLevels::all() { return levels.all(); }
QString AwardLevels::key(AwardLevel v) { return levels.key(v); }
bool AwardLevels::fromKey(const QString &k, AwardLevel *v) { return levels.fromKey(k, v); }
QString AwardLevels::displayName(AwardLevel v) { return levels.displayName(v); }
QString AwardLevels::shortName(AwardLevel v) { return levelShort.displayName(v); }

QList<RecipientKind> RecipientKinds::all() { return recipientKinds.all(); }
QString RecipientKinds::key(RecipientKind v) { return recipientKinds.key(v); }
bool RecipientKinds::fromKey(const QString &k, RecipientKind *v) { return recipientKinds.fromKey(k, v); }
QString RecipientKinds::displayName(RecipientKind v) { return recipientKinds.displayName(v); }
// clang-format on
