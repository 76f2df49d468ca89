#include "Format.h"

#include "Language.h"
#include "SpreadsheetText.h"
#include "StatisticalPeriod.h"

#include <QRegularExpression>

namespace {
QString decimal(Rates::Hundredths value, QChar point, const QString &minus)
{
    const int magnitude = value < 0 ? -value : value;
    return QStringLiteral("%1%2%3%4")
        .arg(value < 0 ? minus : QString())
        .arg(magnitude / 100)
        .arg(point)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}
} // namespace

QString Format::count(qint64 value)
{
    return Language::locale().toString(value);
}

QString Format::amount(qint64 dong)
{
    return Language::locale().toString(dong);
}

QString Format::currencySymbol()
{
    return Language::isEnglish() ? QStringLiteral("VND") : QStringLiteral("đ");
}

QString Format::money(qint64 dong)
{
    return amount(dong) + QChar(0x00A0) + currencySymbol();
}

QString Format::percentNumber(std::optional<Rates::Hundredths> value)
{
    if (!value)
        return {};
    const QLocale locale = Language::locale();
    return decimal(*value, locale.decimalPoint().at(0), locale.negativeSign());
}

QString Format::percent(std::optional<Rates::Hundredths> value)
{
    if (!value)
        return {};
    return percentNumber(value) + QChar(0x00A0) + QLatin1Char('%');
}

QString Format::points(std::optional<Rates::Hundredths> value)
{
    if (!value)
        return {};
    return (*value > 0 ? QStringLiteral("+") : QString()) + percentNumber(value);
}

QString Format::date(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString Format::month(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("MM/yyyy")) : QString();
}

QString Format::dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) : QString();
}

bool Format::parseMoney(const QString &text, qint64 *dong)
{
    QString digits = text.trimmed();
    static const QRegularExpression currency(QStringLiteral("\\s*(đ|đồng|VNĐ|VND|₫)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    digits.remove(currency);
    digits.remove(QChar(0x00A0));
    digits.remove(QLatin1Char(' '));
    // Thousands are grouped with dots (Vietnamese) or commas (English): accept
    // either, but only in groups of three so "1,5" is never read as 15.
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([.,]\\d{3})+$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+$"));
    if (grouped.match(digits).hasMatch()) {
        if (digits.contains(QLatin1Char('.')) && digits.contains(QLatin1Char(',')))
            return false;
        digits.remove(QLatin1Char('.'));
        digits.remove(QLatin1Char(','));
    } else if (!plain.match(digits).hasMatch()) {
        return false;
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (ok)
        *dong = value;
    return ok;
}

QDate Format::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    for (const QString &format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"),
                                  QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

QString MachineFormat::hundredths(std::optional<Rates::Hundredths> value)
{
    return value ? decimal(*value, QLatin1Char('.'), QStringLiteral("-")) : QString();
}

QString MachineFormat::date(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString MachineFormat::csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        const QString value = SpreadsheetText::neutralised(field);
        const bool plain = !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
            && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'));
        quoted << (plain ? value
                         : QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\""))
                               + QLatin1Char('"'));
    }
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QJsonObject MachineFormat::period(const StatisticalPeriod &p)
{
    const QString kind = p.kind() == StatisticalPeriod::Kind::Year ? QStringLiteral("year")
        : p.kind() == StatisticalPeriod::Kind::Months                ? QStringLiteral("months")
                                                                     : QStringLiteral("as_of");
    QJsonObject o{{QStringLiteral("kind"), kind},
                  {QStringLiteral("year"), p.statisticalYear()},
                  {QStringLiteral("start"), date(p.start())},
                  {QStringLiteral("end"), date(p.end())}};
    if (p.kind() == StatisticalPeriod::Kind::Months)
        o.insert(QStringLiteral("months"), p.monthCount());
    return o;
}
