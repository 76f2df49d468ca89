#include "StatisticalPeriod.h"

#include "Language.h"

StatisticalPeriod::StatisticalPeriod(Kind kind, int year, int months, QDate start, QDate end)
    : m_kind(kind), m_year(year), m_months(months), m_start(start), m_end(end)
{
}

StatisticalPeriod StatisticalPeriod::year(int year)
{
    if (year < kFirstYear || year > kLastYear)
        return {};
    return StatisticalPeriod(Kind::Year, year, 12, yearStart(year), yearEnd(year));
}

StatisticalPeriod StatisticalPeriod::months(int year, int months)
{
    if (year < kFirstYear || year > kLastYear || months < 1 || months > 12)
        return {};
    if (months == 12)
        return StatisticalPeriod::year(year);
    const QDate start = yearStart(year);
    const QDate firstOfLastMonth = start.addMonths(months - 1);
    const QDate end(firstOfLastMonth.year(), firstOfLastMonth.month(), firstOfLastMonth.daysInMonth());
    return StatisticalPeriod(Kind::Months, year, months, start, end);
}

StatisticalPeriod StatisticalPeriod::asOf(QDate date)
{
    if (!date.isValid())
        return {};
    const int year = statisticalYearOf(date);
    if (year < kFirstYear || year > kLastYear)
        return {};
    return StatisticalPeriod(Kind::AsOf, year, 0, yearStart(year), date);
}

int StatisticalPeriod::statisticalYearOf(QDate date)
{
    return date.month() >= 10 ? date.year() + 1 : date.year();
}

QString StatisticalPeriod::label() const
{
    switch (m_kind) {
    case Kind::Year:
        return tr("year %1").arg(m_year);
    case Kind::Months:
        return tr("%1 months of %2").arg(m_months).arg(m_year);
    case Kind::AsOf:
        return tr("up to %1").arg(Language::locale().toString(m_end, QStringLiteral("dd/MM/yyyy")));
    }
    return {};
}

QString StatisticalPeriod::key() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_year);
    case Kind::Months:
        return QStringLiteral("%1-m%2").arg(m_year).arg(m_months, 2, 10, QLatin1Char('0'));
    case Kind::AsOf:
        return m_end.toString(Qt::ISODate);
    }
    return {};
}

StatisticalPeriod StatisticalPeriod::throughMonth(QDate date)
{
    const int n = date.month() >= 10 ? date.month() - 9 : date.month() + 3;
    return months(statisticalYearOf(date), n);
}
