#include "ChartStyle.h"

#include "Language.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

QColor ChartStyle::met()
{
    return QColor(0x43a047);
}

QColor ChartStyle::notMet()
{
    return QColor(0xe53935);
}

QColor ChartStyle::noTarget()
{
    return QColor(0x9e9e9e);
}

QColor ChartStyle::targetMark()
{
    return QColor(0x212121);
}

QColor ChartStyle::province()
{
    return QColor(0x1565c0);
}

QColor ChartStyle::unit()
{
    return QColor(0xef6c00);
}

QColor ChartStyle::column(StatColumn column)
{
    switch (column) {
    case StatColumn::Resolved: return QColor(0x43a047);
    case StatColumn::InProgress: return QColor(0x1e88e5);
    case StatColumn::Postponed: return QColor(0xfb8c00);
    case StatColumn::Suspended: return QColor(0x8e24aa);
    case StatColumn::Other: return QColor(0x6d4c41);
    case StatColumn::WithoutConditions: return QColor(0xbdbdbd);
    default: return QColor(0x757575);
    }
}

void ChartStyle::prepare(QChart *chart, const QString &title)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(Language::locale());
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(10.0, titleFont.pointSizeF() * 1.1));
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
}

QValueAxis *ChartStyle::percentAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(11);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(QCoreApplication::translate("ChartStyle", "%"));
    return axis;
}

QValueAxis *ChartStyle::countAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(1.0, max));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}
