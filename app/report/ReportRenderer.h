#pragma once

#include "ReportDocument.h"

#include <QPageLayout>

class QPagedPaintDevice;

// Puts a report on paper: each part on pages of its orientation (A4), one
// page after another on the same device, numbered at the top from the second
// page as Vietnamese administrative documents are. The device is a QPdfWriter
// (files) or a QPrinter (printing and print preview).
class ReportRenderer
{
public:
    explicit ReportRenderer(const ReportDocument &report) : m_report(report) {}

    static QPageLayout pageLayout(QPageLayout::Orientation orientation);
    // What a part's text takes of a PDF page, in points (the page less its
    // margins and the band for the page number): ReportDocument lays its
    // parts out on it from the start.
    static QSizeF bodySize(QPageLayout::Orientation orientation);

    // A PDF takes a new orientation per page. A printer in use keeps its
    // first one: there a landscape part is drawn turned a quarter on portrait paper.
    enum class Orientations { PerPage, Turned };

    // Sets the device's first page layout: call before the painter begins.
    void prepare(QPagedPaintDevice *device) const;
    // Paints every page; the painter is active on the device. Returns the pages painted.
    int paint(QPagedPaintDevice *device, QPainter *painter, Orientations orientations) const;

private:
    const ReportDocument &m_report;
};
