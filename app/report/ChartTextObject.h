#pragma once

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QChart;
class QTextCursor;

// Charts inside a report's text: each is drawn with the painter at print
// time, so the PDF holds vectors and searchable text, not pictures.
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 1;

    explicit ChartTextObject(QObject *parent = nullptr);
    ~ChartTextObject() override;

    // Takes the chart and inserts it at the cursor, `width` × `height` points.
    void insert(QTextCursor &cursor, std::unique_ptr<QChart> chart, QSizeF size);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    std::vector<std::unique_ptr<QChart>> m_charts;
};
