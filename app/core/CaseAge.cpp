#include "CaseAge.h"

#include "EnumTable.h"

namespace {
struct BandRow
{
    CaseAge::Band value;
    const char *key;
    const char *name;
};
constexpr std::array kBands = {
    BandRow{CaseAge::Band::UnderOneYear, "under_1y", QT_TRANSLATE_NOOP("CaseAge", "under 1 year")},
    BandRow{CaseAge::Band::OneToTwoYears, "1_2y", QT_TRANSLATE_NOOP("CaseAge", "1 to 2 years")},
    BandRow{CaseAge::Band::TwoToFiveYears, "2_5y", QT_TRANSLATE_NOOP("CaseAge", "2 to 5 years")},
    BandRow{CaseAge::Band::OverFiveYears, "over_5y", QT_TRANSLATE_NOOP("CaseAge", "over 5 years")},
};
static_assert(EnumTable::inEnumOrder(kBands));
} // namespace

QList<CaseAge::Band> CaseAge::bands()
{
    return EnumTable::values(kBands);
}

QString CaseAge::key(Band band)
{
    return QString::fromLatin1(EnumTable::row(kBands, band).key);
}

QString CaseAge::displayName(Band band)
{
    return QCoreApplication::translate("CaseAge", EnumTable::row(kBands, band).name);
}

CaseAge::Band CaseAge::bandOf(QDate accepted, QDate at)
{
    if (accepted.addYears(1) > at)
        return Band::UnderOneYear;
    if (accepted.addYears(2) > at)
        return Band::OneToTwoYears;
    if (accepted.addYears(5) > at)
        return Band::TwoToFiveYears;
    return Band::OverFiveYears;
}

qint64 CaseAge::Row::pendingTotal() const
{
    qint64 total = 0;
    for (qint64 count : pending)
        total += count;
    return total;
}

std::optional<Rates::Hundredths> CaseAge::Row::clearanceRate() const
{
    return Rates::rate(resolved, newAccepted);
}

CaseAge::Row &CaseAge::Row::operator+=(const Row &other)
{
    for (int i = 0; i < kBandCount; ++i)
        pending[i] += other.pending[i];
    resolved += other.resolved;
    newAccepted += other.newAccepted;
    return *this;
}

RegisterGrid CaseAge::Table::grid() const
{
    RegisterGrid grid;
    grid.key = QStringLiteral("age");
    grid.title = QCoreApplication::translate("CaseAge", "Pending cases by age since acceptance");
    grid.period = period;
    for (Band band : bands())
        grid.columns << RegisterGrid::Column{key(band), displayName(band)};
    grid.columns << RegisterGrid::Column{QStringLiteral("pending"), QCoreApplication::translate("CaseAge", "Pending")}
                 << RegisterGrid::Column{QStringLiteral("resolved"), QCoreApplication::translate("CaseAge", "Resolved")}
                 << RegisterGrid::Column{QStringLiteral("new_accepted"),
                                         QCoreApplication::translate("CaseAge", "Newly accepted")}
                 << RegisterGrid::Column{QStringLiteral("clearance_rate"),
                                         QCoreApplication::translate("CaseAge", "Clearance rate"), true};
    for (const Row &row : rows()) {
        RegisterGrid::Row out{row.unit, {}};
        for (qint64 count : row.pending)
            out.values << count;
        const auto clearance = row.clearanceRate();
        out.values << row.pendingTotal() << row.resolved << row.newAccepted
                   << (clearance ? std::optional<qint64>(*clearance) : std::nullopt);
        grid.rows << out;
    }
    return grid;
}
