#include "RuleTextObject.h"

#include <QPainter>
#include <QTextCursor>

namespace {
enum Property { WidthPoints = QTextFormat::UserProperty + 10 };
constexpr qreal kHeightPoints = 4;
} // namespace

void RuleTextObject::insert(QTextCursor &cursor, qreal width)
{
    QTextCharFormat format;
    format.setObjectType(kType);
    format.setProperty(WidthPoints, width);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF RuleTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    // The report's parts are laid out in points (ReportDocument::pointDevice).
    return QSizeF(format.doubleProperty(WidthPoints), kHeightPoints);
}

void RuleTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    painter->save();
    painter->setPen(QPen(Qt::black, rect.height() / kHeightPoints * 0.6)); // 0.6 pt
    const qreal y = rect.center().y();
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    painter->restore();
}
