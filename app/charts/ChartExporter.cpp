#include "ChartExporter.h"

#include "FileErrors.h"

#include <QChart>
#include <QDir>
#include <QGraphicsScene>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

void ChartExporter::render(QChart *chart, QPainter *painter, const QRectF &target, QSize size)
{
    if (QGraphicsScene *scene = chart->scene()) {
        scene->render(painter, target, chart->sceneBoundingRect());
        return;
    }
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.setSceneRect(chart->geometry());
    scene.render(painter, target, scene.sceneRect());
    scene.removeItem(chart); // the scene must not delete the caller's chart
}

bool ChartExporter::savePng(QChart *chart, const QString &path, QSize size, QString *error, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    }
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        if (error)
            *error = file.error() != QFileDevice::NoError
                         ? FileErrors::notWritten(path, file)
                         : tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::saveSvg(QChart *chart, const QString &path, QSize size, const QString &title, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = FileErrors::notWritten(path, file);
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(tr("Chart exported by THADS"));
    {
        QPainter painter(&generator);
        render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    }
    if (!file.commit()) {
        if (error)
            *error = FileErrors::notWritten(path, file);
        return false;
    }
    return true;
}
