#pragma once

#include <QString>

// Text that a spreadsheet must show as typed. Excel and LibreOffice read a
// CSV field that begins with =, +, -, @, a tab or a carriage return as a
// formula; a clerk's "=HYPERLINK(…)" in a name, address or note must never run
// when an export is opened.
namespace SpreadsheetText {
// Whether the text begins like a formula (a plain number such as -2.92 does not).
bool looksLikeFormula(const QString &text);
// For a CSV field: the text with a leading apostrophe when it looks like a
// formula (the usual neutralising prefix; the spreadsheet then shows it as text).
QString neutralised(const QString &text);
} // namespace SpreadsheetText
