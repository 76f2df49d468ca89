#include "ChartTextObject.h"

#include "ChartExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QPaintDevice>
#include <QTextCursor>
#include <QTextDocument>

namespace {
enum Property { ChartIndex = QTextFormat::UserProperty + 1, WidthPoints, HeightPoints };
}

ChartTextObject::ChartTextObject(QObject *parent) : QObject(parent)
{
}

ChartTextObject::~ChartTextObject() = default;

void ChartTextObject::insert(QTextCursor &cursor, std::unique_ptr<QChart> chart, QSizeF size)
{
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(ChartIndex, int(m_charts.size()));
    format.setProperty(WidthPoints, size.width());
    format.setProperty(HeightPoints, size.height());
    m_charts.push_back(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // Points to the layout's device units, like the document's fonts.
    const QPaintDevice *device = document->documentLayout()->paintDevice();
    const qreal scale = device ? device->logicalDpiX() / 72.0 : 96.0 / 72.0;
    return QSizeF(format.doubleProperty(WidthPoints), format.doubleProperty(HeightPoints)) * scale;
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const int index = format.intProperty(ChartIndex);
    if (index < 0 || index >= int(m_charts.size()))
        return;
    // Laid out at its size in points, then scaled into the rectangle.
    const QSize size(qRound(format.doubleProperty(WidthPoints) * 1.5), qRound(format.doubleProperty(HeightPoints) * 1.5));
    ChartExporter::render(m_charts.at(std::size_t(index)).get(), painter, rect, size);
}
