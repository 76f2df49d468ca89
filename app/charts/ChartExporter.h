#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QSize>
#include <QString>

class QChart;
class QPainter;

// Paints a chart laid out at an explicit size (a chart never shown is not
// laid out): on a painter (the report), as PNG or as SVG with searchable text.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static constexpr QSize kDefaultSize{1200, 700};

    // A chart that is not in a scene is put in one of its own at `size` for
    // the time of painting; a chart shown in a view is painted as it is.
    static void render(QChart *chart, QPainter *painter, const QRectF &target, QSize size = kDefaultSize);
    // scale: device pixels per point (2 gives a sharp image on paper).
    static bool savePng(QChart *chart, const QString &path, QSize size, QString *error, qreal scale = 2.0);
    static bool saveSvg(QChart *chart, const QString &path, QSize size, const QString &title, QString *error);
};
