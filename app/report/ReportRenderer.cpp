#include "ReportRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>

namespace {
// A table that fits on a page but would start on one and end on the next
// goes whole to the next page: no unit row cut off from its table.
void keepTablesWhole(QTextDocument *document)
{
    const qreal pageHeight = document->pageSize().height();
    const auto frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF box = document->documentLayout()->frameBoundingRect(table); // lays out up to here
        const bool straddles = int(box.top() / pageHeight) != int(box.bottom() / pageHeight);
        if (straddles && box.height() < pageHeight) {
            QTextTableFormat format = table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}
} // namespace

QPageLayout ReportRenderer::pageLayout(QPageLayout::Orientation orientation)
{
    // Decree 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    const QMarginsF margins = orientation == QPageLayout::Portrait ? QMarginsF(30, 20, 15, 20)
                                                                   : QMarginsF(20, 20, 15, 15);
    return QPageLayout(QPageSize(QPageSize::A4), orientation, margins, QPageLayout::Millimeter);
}

void ReportRenderer::prepare(QPagedPaintDevice *device) const
{
    const auto &parts = m_report.parts();
    device->setPageLayout(pageLayout(parts.empty() ? QPageLayout::Portrait : parts.front().orientation));
}

int ReportRenderer::paint(QPagedPaintDevice *device, QPainter *painter, Orientations orientations) const
{
    int pageNumber = 0;
    for (const ReportDocument::Part &part : m_report.parts()) {
        bool turned = false;
        if (pageNumber > 0) {
            if (orientations == Orientations::PerPage)
                device->setPageLayout(pageLayout(part.orientation));
            turned = device->pageLayout().orientation() != part.orientation;
            device->newPage();
        }
        QTextDocument *document = part.document.get();
        // The parts are laid out in points (ReportDocument::pointDevice): the
        // page less a band at the top for its number, painted scaled to the device.
        QSizeF page = device->pageLayout().paintRect(QPageLayout::Point).size();
        const QSizeF paper = page * (device->logicalDpiX() / 72.0);
        if (turned)
            page.transpose();
        const qreal band = 8 * 72 / 25.4; // 8 mm
        const QSizeF body(page.width(), page.height() - band);
        document->setPageSize(body);
        keepTablesWhole(document);
        const qreal scale = device->logicalDpiX() / 72.0;
        const int pages = document->pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                device->newPage();
            ++pageNumber;
            painter->save();
            if (turned) {
                painter->translate(paper.width(), 0);
                painter->rotate(90);
            }
            if (pageNumber > 1) { // in device pixels: the font's points are the device's
                QFont font = ReportDocument::bodyFont();
                font.setPointSizeF(12);
                painter->setFont(font);
                painter->drawText(QRectF(0, 0, body.width() * scale, band * scale * 0.7),
                                  Qt::AlignHCenter | Qt::AlignTop, QString::number(pageNumber));
            }
            painter->scale(scale, scale);
            painter->translate(0, band - i * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter->setClipRect(context.clip);
            document->documentLayout()->draw(painter, context);
            painter->restore();
        }
    }
    return pageNumber;
}
