#include "ReportRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextTable>

namespace {
// Marks a table this renderer sent to the next page, so that a layout for
// other pages can take the decision back.
constexpr int kKeptWhole = QTextFormat::UserProperty + 20;
// The document's pages its tables were last kept whole on.
constexpr char kKeptFor[] = "thadsTablesKeptWholeFor";

// A table that fits on a page but would start on one and end on the next
// goes whole to the next page: no unit row cut off from its table. Decided
// in one pass down the layout for these pages: a table sent on re-lays out
// only what follows it, where the next tables are then looked at.
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
            format.setProperty(kKeptWhole, true);
            table->setFormat(format);
        }
    }
}

// Lays a part out on pages of `body` points, once: painting the same pages
// again (a preview repainted, a second PDF) lays nothing out again.
void layOut(QTextDocument *document, QSizeF body)
{
    if (document->property(kKeptFor).toSizeF() == body)
        return;
    const auto frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) { // the decisions for other pages do not hold here
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || !table->format().boolProperty(kKeptWhole))
            continue;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        format.clearProperty(kKeptWhole);
        table->setFormat(format);
    }
    if (document->pageSize() != body) // setPageSize lays the whole part out again
        document->setPageSize(body);
    keepTablesWhole(document);
    document->setProperty(kKeptFor, body);
}

constexpr qreal kNumberBand = 8 * 72 / 25.4; // points: 8 mm at the top of a page for its number
} // namespace

QPageLayout ReportRenderer::pageLayout(QPageLayout::Orientation orientation)
{
    // Decree 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    const QMarginsF margins = orientation == QPageLayout::Portrait ? QMarginsF(30, 20, 15, 20)
                                                                   : QMarginsF(20, 20, 15, 15);
    return QPageLayout(QPageSize(QPageSize::A4), orientation, margins, QPageLayout::Millimeter);
}

QSizeF ReportRenderer::bodySize(QPageLayout::Orientation orientation)
{
    const QSizeF page = pageLayout(orientation).paintRect(QPageLayout::Point).size();
    return QSizeF(page.width(), page.height() - kNumberBand);
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
        const qreal band = kNumberBand;
        const QSizeF body(page.width(), page.height() - band);
        layOut(document, body);
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
