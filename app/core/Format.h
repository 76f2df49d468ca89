#pragma once

#include "Rates.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QString>

#include <optional>

// How people read numbers, money, rates and dates: in the UI language's
// locale, Vietnamese by default (4.963 — 85,42 % — 1.234.567 đ — 30/09/2021).
namespace Format {
QString count(qint64 value);                                  // 4.963
QString money(qint64 dong);                                   // 1.234.567 đ
QString amount(qint64 dong);                                  // 1.234.567 (in a column headed "đồng")
QString percent(std::optional<Rates::Hundredths> value);      // 85,42 % (empty when undefined)
QString percentNumber(std::optional<Rates::Hundredths> value);// 85,42
QString points(std::optional<Rates::Hundredths> value);       // +2,92 / -1,05
QString date(QDate date);                                     // 30/09/2021
QString dateTime(const QDateTime &at);                        // 30/09/2021 14:05:09
QString month(QDate date);                                    // 09/2021 (tháng 9 năm 2021)
QString currencySymbol();                                     // đ

// Parses what a person typed as a whole đồng amount ("1.234.567", "1234567",
// "1.234.567 đ", "1.234.567 VNĐ"); false for anything else, such as a decimal part.
bool parseMoney(const QString &text, qint64 *dong);
// dd/MM/yyyy as typed (also d/M/yyyy), or ISO yyyy-MM-dd.
QDate parseDate(const QString &text);
} // namespace Format

class StatisticalPeriod;

// What machines read: plain numbers with a dot and ISO dates (85.42, 2021-09-30).
namespace MachineFormat {
QString hundredths(std::optional<Rates::Hundredths> value); // 85.42, -1.05, empty when undefined
QString date(QDate date);
// One CSV line (RFC 4180: a field with a comma, quote or line break is quoted), with its \n.
// A field that a spreadsheet would take for a formula gets a leading apostrophe (SpreadsheetText).
QString csvLine(const QStringList &fields);
// {"kind": "year"|"months"|"as_of", "year", "start", "end"[, "months"]}
QJsonObject period(const StatisticalPeriod &period);
} // namespace MachineFormat
