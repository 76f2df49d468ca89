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
// header and signature block. Remembered between sessions (QSettings).
struct ReportHeader
{
    Q_DECLARE_TR_FUNCTIONS(ReportHeader)

public:
    QString superiorAgency; // TỔNG CỤC THI HÀNH ÁN DÂN SỰ
    QString agency;         // CỤC THI HÀNH ÁN DÂN SỰ TỈNH SƠN LA
    QString documentNumber; // 125/BC-CTHADS
    QString place;          // Sơn La
    QDate issueDate;        // empty: today
    QString signerTitle;    // CỤC TRƯỞNG
    QString signerName;
    QString recipients;     // one per line

    static ReportHeader defaults();
    static ReportHeader load(QSettings &settings);
    void save(QSettings &settings) const;
};

struct ReportOptions
{
    StatisticalPeriod period;
    QSet<ReportSection> sections;
    ReportHeader header;
};
