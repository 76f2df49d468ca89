#pragma once

#include "StatisticalPeriod.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

class QSettings;

// The parts of the conference report a person can choose.
enum class ReportSection {
    Summary,    // the narrative from the figures
    Tables,     // the official tables per unit, cases and money
    Charts,     // the dashboard's charts
    Complaints, // the registers
    Reception,
    Coercion,
    Awards,
    Targets, // next year's targets, where set
};

namespace ReportSections {
QList<ReportSection> all();
QString key(ReportSection section); // "summary", "tables", …
bool fromKey(const QString &key, ReportSection *section);
QString displayName(ReportSection section); // translated
// "summary,tables" → the set; false naming the first unknown key.
bool parseList(const QString &keys, QSet<ReportSection> *sections, QString *unknown);
} // namespace ReportSections

// Who issues the report and who signs it: the Vietnamese administrative
// header and signature block. The agency's names are those valid on the
// report's date: they changed with the reorganisation of 01/07/2025 (DESIGN.md,
// "Organisation and rules over time"). Each era's names are remembered
// apart, the place and the signer's name for all (QSettings).
struct ReportHeader
{
    Q_DECLARE_TR_FUNCTIONS(ReportHeader)

public:
    QString superiorAgency; // TỔNG CỤC THI HÀNH ÁN DÂN SỰ; BỘ TƯ PHÁP from 01/07/2025
    QString agency;         // CỤC THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA; THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA
    QString documentNumber; // 125/BC-CTHADS; 125/BC-THADS
    QString place;          // Sơn La
    QDate issueDate;        // empty: today
    QString signerTitle;    // CỤC TRƯỞNG; TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH
    QString signerName;
    QString recipients;     // one per line

    // The first day of the names valid on `date`: the eras the header knows.
    static QDate namesFrom(QDate date);
    static ReportHeader defaults(QDate date);
    static ReportHeader load(QSettings &settings, QDate date);
    void save(QSettings &settings) const; // under the era of issueDate (today when empty)
};

struct ReportOptions
{
    StatisticalPeriod period;
    QSet<ReportSection> sections;
    ReportHeader header;
};
