#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A reporting period (DESIGN.md, "Periods"). Every period starts on the
// 1 October that opens its statistical year and is cumulative:
//   year Y       01/10/(Y-1) … 30/09/Y
//   N months     01/10/(Y-1) … last day of the N-th month
//   as of D      01/10 before D … D
class StatisticalPeriod
{
    Q_DECLARE_TR_FUNCTIONS(StatisticalPeriod)

public:
    enum class Kind { Year, Months, AsOf };

    static constexpr int kFirstYear = 1990;
    static constexpr int kLastYear = 2200;

    StatisticalPeriod() = default; // invalid
    static StatisticalPeriod year(int year);
    static StatisticalPeriod months(int year, int months); // 1…12; 12 is the year
    static StatisticalPeriod asOf(QDate date);
    // kỳ N tháng: the cumulative period of the statistical year that ends with the month of `date`.
    static StatisticalPeriod throughMonth(QDate date);

    // The statistical year a date belongs to: 1/10/2020 and 30/9/2021 are both in 2021.
    static int statisticalYearOf(QDate date);
    static QDate yearStart(int year) { return QDate(year - 1, 10, 1); }
    static QDate yearEnd(int year) { return QDate(year, 9, 30); }

    bool isValid() const { return m_start.isValid() && m_end.isValid(); }
    Kind kind() const { return m_kind; }
    int statisticalYear() const { return m_year; }
    int monthCount() const { return m_months; } // for Kind::Months (12 for Kind::Year)
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    bool contains(QDate date) const { return date >= m_start && date <= m_end; }

    // "năm 2021", "9 tháng năm 2021", "đến ngày 15/03/2021" (translated)
    QString label() const;
    // A stable key for files and machine output: "2021", "2021-m09", "2021-03-15".
    QString key() const;

    bool operator==(const StatisticalPeriod &other) const = default;

private:
    StatisticalPeriod(Kind kind, int year, int months, QDate start, QDate end);

    Kind m_kind = Kind::Year;
    int m_year = 0;
    int m_months = 0;
    QDate m_start;
    QDate m_end;
};
