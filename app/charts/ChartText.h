#pragma once

#include "ChartTypes.h"

#include <QCoreApplication>

// The words and figures on charts and in their tooltips, translated and in
// the UI language's formats (85,42 % — 4.963 — 1.234.567 đ).
class ChartText
{
    Q_DECLARE_TR_FUNCTIONS(ChartText)

public:
    // A figure of the measure: "4.963" for cases, "1.234.567 đ" for money.
    static QString amount(qint64 value, Charts::Measure measure);
    // "Resolution rate in cases" / "… in money"
    static QString rateTitle(Charts::Measure measure);
    // Several lines: the heading, the rate with resolved of with conditions,
    // the target and the points against it, and what is still needed.
    static QString rateToolTip(const StatisticsRow &row, Charts::Measure measure, const QString &heading);
    // "TP Sơn La, năm 2021: …" headings.
    static QString heading(const QString &unitName, const StatisticalPeriod &period);
};
