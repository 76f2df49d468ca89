#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QTextDocument>

#include <memory>

class ChartTextObject;
class QPaintDevice;

// The conference report as documents: the body (portrait: the national
// header, the narrative, the registers, the signature) and its appendices
// (landscape: the official tables, the charts). Built with QTextCursor from
// ReportData; ReportRenderer puts them on paper.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    struct Part
    {
        QPageLayout::Orientation orientation = QPageLayout::Portrait;
        std::unique_ptr<QTextDocument> document;
    };

    explicit ReportDocument(const ReportData &data);
    ~ReportDocument();

    const std::vector<Part> &parts() const { return m_parts; }
    QString title() const;
    // All the text, part after part (for tests and search).
    QString toPlainText() const;

    static QFont bodyFont();
    // What the parts are laid out on: one unit is one point.
    static QPaintDevice *pointDevice();

private:
    QTextDocument *newPart(QPageLayout::Orientation orientation);
    void writeBody();
    void writeTables();
    void writeCharts();

    const ReportData &m_data;
    std::vector<Part> m_parts;
    ChartTextObject *m_charts = nullptr; // owned by the charts part's document
};
