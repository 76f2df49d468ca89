#pragma once

#include "ChartTypes.h"

#include <QObject>

class QChart;

// The signals of one chart, emitted by the series its builder wired: a
// tooltip text for the bar or point under the mouse, and a drill-down when a
// unit's bar is clicked. Lives as a child of its chart (find it with of()).
class ChartInteraction : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    static ChartInteraction *of(const QChart *chart);

signals:
    // entered is false when the mouse leaves the bar or point.
    void hovered(const QString &toolTip, bool entered);
    void drillDownRequested(const Charts::DrillDown &drillDown);
};
