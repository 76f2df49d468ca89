#include "ReportOptions.h"

#include "EnumTable.h"

#include <QSettings>

namespace {
struct SectionRow
{
    ReportSection value;
    const char *key;
    const char *name;
};

constexpr std::array kSections = {
    SectionRow{ReportSection::Summary, "summary", QT_TRANSLATE_NOOP("ReportSection", "Summary of the results")},
    SectionRow{ReportSection::Tables, "tables", QT_TRANSLATE_NOOP("ReportSection", "Tables per unit")},
    SectionRow{ReportSection::Charts, "charts", QT_TRANSLATE_NOOP("ReportSection", "Charts")},
    SectionRow{ReportSection::Complaints, "complaints",
               QT_TRANSLATE_NOOP("ReportSection", "Complaints and denunciations")},
    SectionRow{ReportSection::Reception, "reception", QT_TRANSLATE_NOOP("ReportSection", "Citizen reception")},
    SectionRow{ReportSection::Coercion, "coercion", QT_TRANSLATE_NOOP("ReportSection", "Coercive enforcement")},
    SectionRow{ReportSection::Awards, "awards", QT_TRANSLATE_NOOP("ReportSection", "Emulation and commendation")},
    SectionRow{ReportSection::Targets, "targets", QT_TRANSLATE_NOOP("ReportSection", "Targets for next year")},
};
static_assert(EnumTable::inEnumOrder(kSections));
} // namespace

QList<ReportSection> ReportSections::all()
{
    return EnumTable::values(kSections);
}

QString ReportSections::key(ReportSection section)
{
    return QString::fromLatin1(EnumTable::row(kSections, section).key);
}

bool ReportSections::fromKey(const QString &key, ReportSection *section)
{
    return EnumTable::fromKey(kSections, key, section);
}

QString ReportSections::displayName(ReportSection section)
{
    return QCoreApplication::translate("ReportSection", EnumTable::row(kSections, section).name);
}

bool ReportSections::parseList(const QString &keys, QSet<ReportSection> *sections, QString *unknown)
{
    sections->clear();
    for (const QString &key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ReportSection section;
        if (!fromKey(key.trimmed(), &section)) {
            *unknown = key.trimmed();
            return false;
        }
        sections->insert(section);
    }
    return true;
}

namespace {
// Since 01/07/2025 the province's agency is "Thi hành án dân sự tỉnh" under
// the Ministry of Justice, reporting to the Cục Quản lý THADS, with regional
// offices instead of Chi cục. The header's exact lines are not confirmed:
// these are defaults, which the report settings change per era.
const QDate kReorganised(2025, 7, 1);

// Settings of the names before the reorganisation keep their old place
// ("report/agency"), so what an office typed before still applies.
QString namesGroup(QDate date)
{
    return ReportHeader::namesFrom(date) == kReorganised ? QStringLiteral("report/names-2025-07-01")
                                                          : QStringLiteral("report");
}
} // namespace

QDate ReportHeader::namesFrom(QDate date)
{
    return date.isValid() && date >= kReorganised ? kReorganised : QDate();
}

ReportHeader ReportHeader::defaults(QDate date)
{
    // The agency's own words stay in Vietnamese whatever the UI language: they
    // are the official names printed on the document.
    ReportHeader h;
    h.place = QStringLiteral("Sơn La");
    h.issueDate = date;
    if (namesFrom(date) == kReorganised) {
        h.superiorAgency = QStringLiteral("BỘ TƯ PHÁP");
        h.agency = QStringLiteral("THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA");
        h.documentNumber = QStringLiteral("     /BC-THADS");
        h.signerTitle = QStringLiteral("TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH");
        h.recipients = QStringLiteral("- Cục Quản lý THADS (để báo cáo);\n- Ban Chỉ đạo THADS tỉnh (để báo cáo);\n"
                                      "- Các Phòng THADS khu vực;\n- Lưu: VT, VP.");
        return h;
    }
    h.superiorAgency = QStringLiteral("TỔNG CỤC THI HÀNH ÁN DÂN SỰ");
    h.agency = QStringLiteral("CỤC THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA");
    h.documentNumber = QStringLiteral("     /BC-CTHADS");
    h.signerTitle = QStringLiteral("CỤC TRƯỞNG");
    h.recipients = QStringLiteral("- Tổng cục THADS (để báo cáo);\n- Ban Chỉ đạo THADS tỉnh (để báo cáo);\n"
                                  "- Các Chi cục THADS huyện, thành phố;\n- Lưu: VT, VP.");
    return h;
}

ReportHeader ReportHeader::load(QSettings &settings, QDate date)
{
    ReportHeader h = defaults(date);
    settings.beginGroup(QStringLiteral("report"));
    h.place = settings.value(QStringLiteral("place"), h.place).toString();
    h.signerName = settings.value(QStringLiteral("signerName"), h.signerName).toString();
    settings.endGroup();
    settings.beginGroup(namesGroup(date));
    h.superiorAgency = settings.value(QStringLiteral("superiorAgency"), h.superiorAgency).toString();
    h.agency = settings.value(QStringLiteral("agency"), h.agency).toString();
    h.documentNumber = settings.value(QStringLiteral("documentNumber"), h.documentNumber).toString();
    h.signerTitle = settings.value(QStringLiteral("signerTitle"), h.signerTitle).toString();
    h.recipients = settings.value(QStringLiteral("recipients"), h.recipients).toString();
    settings.endGroup();
    return h;
}

void ReportHeader::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("report"));
    settings.setValue(QStringLiteral("place"), place);
    settings.setValue(QStringLiteral("signerName"), signerName);
    settings.endGroup();
    settings.beginGroup(namesGroup(issueDate.isValid() ? issueDate : QDate::currentDate()));
    settings.setValue(QStringLiteral("superiorAgency"), superiorAgency);
    settings.setValue(QStringLiteral("agency"), agency);
    settings.setValue(QStringLiteral("documentNumber"), documentNumber);
    settings.setValue(QStringLiteral("signerTitle"), signerTitle);
    settings.setValue(QStringLiteral("recipients"), recipients);
    settings.endGroup();
}
