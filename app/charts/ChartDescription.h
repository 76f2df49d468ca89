#pragma once

#include <QCoreApplication>
#include <QString>

class QChart;

// A chart's figures in words, for a screen reader (the chart view's
// accessible description): its title, then each bar and point as it is
// drawn, read from the chart's own series and axes — nothing is computed
// again. "Tỷ lệ giải quyết xong về việc, năm 2021: TP Sơn La 84,30 % (Đạt
// chỉ tiêu); Mường La 80,10 % (Không đạt chỉ tiêu); …".
class ChartDescription
{
    Q_DECLARE_TR_FUNCTIONS(ChartDescription)

public:
    static QString of(const QChart *chart);
};
