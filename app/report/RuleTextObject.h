#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;

// The short solid line under the agency's name and under the national motto
// of an administrative document (Decree 30/2020), centred in its block.
// Underlining the text instead would run the line under every wrapped line.
class RuleTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kType = QTextFormat::UserObject + 2;

    using QObject::QObject;

    // Inserts a line `width` points long at the cursor.
    static void insert(QTextCursor &cursor, qreal width);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;
};
