#pragma once

#include "StatisticsTable.h"

#include <QColor>
#include <QString>

class QChart;
class QValueAxis;

// The look every chart of the dashboard and the report shares: colours for
// met / not met and for the states, fonts, Vietnamese-formatted axes.
namespace ChartStyle {

QColor met();        // reached the target
QColor notMet();     // below the target
QColor noTarget();   // no target set
QColor targetMark(); // the target ticks and lines
QColor province();   // the province's lines
QColor unit();       // a chosen unit's lines
QColor column(StatColumn column); // a state's part of a stacked bar

// Title, theme, no animation, the UI language's number format, legend below.
void prepare(QChart *chart, const QString &title);
// 0 … 100 (%), labels without decimals in the UI language.
QValueAxis *percentAxis();
// 0 … max rounded up to nice numbers, whole-number labels in the UI language.
QValueAxis *countAxis(const QString &title, double max);

} // namespace ChartStyle
