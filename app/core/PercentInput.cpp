#include "PercentInput.h"

#include <QRegularExpression>

PercentInput::Result PercentInput::parse(const QString &text, Rates::Hundredths *value)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('%')))
        t.chop(1);
    t = t.trimmed();
    if (t.isEmpty())
        return Result::Empty;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})(?:[.,](\\d{1,2}))?$"));
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return Result::Invalid;
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    const int hundredths = match.captured(1).toInt() * 100 + decimals.toInt();
    if (hundredths > 10000)
        return Result::Invalid;
    *value = hundredths;
    return Result::Ok;
}
