#include "SpreadsheetText.h"

#include <QRegularExpression>

bool SpreadsheetText::looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-')
        && first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'))
        return false;
    // Machine columns carry signed numbers (points below target: -1.05); those stay numbers.
    static const QRegularExpression number(QStringLiteral("^[-+]?\\d+(\\.\\d+)?$"));
    return !number.match(text).hasMatch();
}

QString SpreadsheetText::neutralised(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}
