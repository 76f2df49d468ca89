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

ReportHeader ReportHeader::defaults()
{
    // The agency's own words stay in Vietnamese whatever the UI language: they
    // are the official names printed on the document.
    ReportHeader h;
    h.superiorAgency = QStringLiteral("TỔNG CỤC THI HÀNH ÁN DÂN SỰ");
    h.agency = QStringLiteral("CỤC THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA");
    h.documentNumber = QStringLiteral("     /BC-CTHADS");
    h.place = QStringLiteral("Sơn La");
    h.signerTitle = QStringLiteral("CỤC TRƯỞNG");
    h.signerName = QString();
    h.recipients = QStringLiteral("- Tổng cục THADS (để báo cáo);\n- Ban Chỉ đạo THADS tỉnh (để báo cáo);\n"
                                  "- Các Chi cục THADS huyện, thành phố;\n- Lưu: VT, VP.");
    return h;
}

ReportHeader ReportHeader::load(QSettings &settings)
{
    const ReportHeader d = defaults();
    settings.beginGroup(QStringLiteral("report"));
    ReportHeader h;
    h.superiorAgency = settings.value(QStringLiteral("superiorAgency"), d.superiorAgency).toString();
    h.agency = settings.value(QStringLiteral("agency"), d.agency).toString();
    h.documentNumber = settings.value(QStringLiteral("documentNumber"), d.documentNumber).toString();
    h.place = settings.value(QStringLiteral("place"), d.place).toString();
    h.signerTitle = settings.value(QStringLiteral("signerTitle"), d.signerTitle).toString();
    h.signerName = settings.value(QStringLiteral("signerName"), d.signerName).toString();
    h.recipients = settings.value(QStringLiteral("recipients"), d.recipients).toString();
    settings.endGroup();
    return h;
}

void ReportHeader::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("report"));
    settings.setValue(QStringLiteral("superiorAgency"), superiorAgency);
    settings.setValue(QStringLiteral("agency"), agency);
    settings.setValue(QStringLiteral("documentNumber"), documentNumber);
    settings.setValue(QStringLiteral("place"), place);
    settings.setValue(QStringLiteral("signerTitle"), signerTitle);
    settings.setValue(QStringLiteral("signerName"), signerName);
    settings.setValue(QStringLiteral("recipients"), recipients);
    settings.endGroup();
}
