#include "ReportDocument.h"

#include "ChartTextObject.h"
#include "Format.h"
#include "Language.h"
#include "ReportCharts.h"
#include "ReportNarrative.h"
#include "ReportRenderer.h"
#include "ReportTables.h"
#include "RuleSet.h"
#include "RuleTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFontMetricsF>
#include <QImage>
#include <QTextCursor>
#include <QTextTable>

namespace {
enum class Style { Body, Heading, Subheading, Title, Caption };

QTextBlockFormat block(Style style)
{
    QTextBlockFormat format;
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    switch (style) {
    case Style::Body:
        format.setAlignment(Qt::AlignJustify);
        format.setTextIndent(28);
        format.setTopMargin(3);
        format.setBottomMargin(3);
        break;
    case Style::Heading:
    case Style::Subheading:
        format.setAlignment(Qt::AlignJustify);
        format.setTextIndent(28);
        format.setTopMargin(style == Style::Heading ? 10 : 6);
        format.setBottomMargin(3);
        break;
    case Style::Title:
    case Style::Caption:
        format.setAlignment(Qt::AlignCenter);
        format.setTopMargin(style == Style::Title ? 14 : 6);
        format.setBottomMargin(style == Style::Title ? 2 : 6);
        break;
    }
    return format;
}

QTextCharFormat chars(Style style)
{
    QTextCharFormat format;
    format.setFont(ReportDocument::bodyFont());
    if (style == Style::Heading || style == Style::Title || style == Style::Caption)
        format.setFontWeight(QFont::Bold);
    if (style == Style::Subheading)
        format.setFontWeight(QFont::Bold);
    if (style == Style::Title)
        format.setFontPointSize(14);
    return format;
}

// A paragraph of one style, the first one of a document written in place.
void paragraph(QTextCursor &cursor, const QString &text, Style style)
{
    if (cursor.position() == 0 && cursor.block().text().isEmpty())
        cursor.setBlockFormat(block(style));
    else
        cursor.insertBlock(block(style));
    cursor.insertText(text, chars(style));
}

// Two cells, side by side, without borders: the agency, and the nation,
// each name with a short solid line under it.
void nationalHeader(QTextCursor &cursor, const ReportHeader &header, QDate date)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 42),
                                      QTextLength(QTextLength::PercentageLength, 58)});
    QTextTable *table = cursor.insertTable(1, 2, format);
    struct Line
    {
        QString text;
        QTextCharFormat format;
        qreal ruleWidth = 0; // points; 0: no line under it
    };
    const auto lines = [](QTextTableCell cell, const QList<Line> &texts) {
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat centered;
        centered.setAlignment(Qt::AlignCenter);
        QTextBlockFormat rule = centered;
        rule.setLineHeight(0, QTextBlockFormat::SingleHeight);
        bool first = true;
        for (const Line &line : texts) {
            if (!first)
                c.insertBlock(centered);
            c.setBlockFormat(centered);
            c.insertText(line.text, line.format);
            if (line.ruleWidth > 0) {
                c.insertBlock(rule);
                RuleTextObject::insert(c, line.ruleWidth);
            }
            first = false;
        }
    };
    QTextCharFormat plain = chars(Style::Body);
    plain.setFontPointSize(12);
    QTextCharFormat bold = plain;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat italic = plain;
    italic.setFontItalic(true);
    QTextCharFormat small = plain;
    small.setFontPointSize(12);
    const QLocale vi = QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    const QString motto = QStringLiteral("Độc lập - Tự do - Hạnh phúc");
    const qreal mottoWidth = QFontMetricsF(bold.font(), ReportDocument::pointDevice()).horizontalAdvance(motto);
    lines(table->cellAt(0, 0), {{header.superiorAgency, plain},
                                {header.agency, bold, 60},
                                {QString(), plain},
                                {ReportDocument::tr("No.: %1").arg(header.documentNumber), small}});
    lines(table->cellAt(0, 1),
          {{QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), bold},
           {motto, bold, mottoWidth},
           {QString(), plain},
           {ReportDocument::tr("%1, %2 %3 %4", "place, day, month, year: Sơn La, ngày 30 tháng 11 năm 2026")
                .arg(header.place)
                .arg(vi.toString(date, QStringLiteral("dd")))
                .arg(Language::isEnglish() ? QLocale(QLocale::English).monthName(date.month())
                                           : vi.toString(date, QStringLiteral("MM")))
                .arg(date.year()),
            italic}});
    cursor.movePosition(QTextCursor::End);
}

void signature(QTextCursor &cursor, const ReportHeader &header)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(0);
    format.setTopMargin(18);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 50),
                                      QTextLength(QTextLength::PercentageLength, 50)});
    QTextTable *table = cursor.insertTable(1, 2, format);
    QTextCharFormat small = chars(Style::Body);
    small.setFontPointSize(11);
    QTextCharFormat smallBoldItalic = small;
    smallBoldItalic.setFontWeight(QFont::Bold);
    smallBoldItalic.setFontItalic(true);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    left.insertText(ReportDocument::tr("Recipients:"), smallBoldItalic);
    for (const QString &line : header.recipients.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        left.insertBlock();
        left.insertText(line, small);
    }
    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat centered;
    centered.setAlignment(Qt::AlignCenter);
    right.setBlockFormat(centered);
    right.insertText(header.signerTitle, chars(Style::Heading));
    for (int i = 0; i < 4; ++i)
        right.insertBlock(centered);
    right.insertText(header.signerName, chars(Style::Heading));
    cursor.movePosition(QTextCursor::End);
}

// A part is written as one edit: the layout sees the finished document once,
// instead of laying out a whole table again after every cell written.
class OneEdit
{
public:
    explicit OneEdit(QTextDocument *document) : m_cursor(document) { m_cursor.beginEditBlock(); }
    ~OneEdit() { m_cursor.endEditBlock(); }
    OneEdit(const OneEdit &) = delete;
    OneEdit &operator=(const OneEdit &) = delete;

private:
    QTextCursor m_cursor;
};

QString roman(int n)
{
    static const QStringList numerals{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                      QStringLiteral("IV"), QStringLiteral("V"),  QStringLiteral("VI")};
    return numerals.value(n - 1, QString::number(n));
}
} // namespace

QFont ReportDocument::bodyFont()
{
    // A serif font with full Vietnamese coverage, installed by scripts/install-deps.sh.
    QFont font(QStringLiteral("Liberation Serif"));
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(13);
    return font;
}

ReportDocument::ReportDocument(const ReportData &data) : m_data(data)
{
    writeBody();
    if (data.has(ReportSection::Tables))
        writeTables();
    if (data.has(ReportSection::Charts))
        writeCharts();
}

ReportDocument::~ReportDocument() = default;

QString ReportDocument::title() const
{
    return ReportNarrative(m_data).title();
}

QString ReportDocument::toPlainText() const
{
    QStringList texts;
    for (const Part &part : m_parts)
        texts << part.document->toPlainText();
    return texts.join(QLatin1Char('\n'));
}

QPaintDevice *ReportDocument::pointDevice()
{
    // 72 dots per inch: one layout unit is one point, whatever the screen.
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        return image;
    }();
    return &device;
}

QTextDocument *ReportDocument::newPart(QPageLayout::Orientation orientation)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(pointDevice());
    document->setUseDesignMetrics(true); // the same line breaks on paper as in the layout
    document->setDefaultFont(bodyFont());
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false); // never edited after it is written
    document->setPageSize(ReportRenderer::bodySize(orientation)); // laid out once, for a PDF's pages
    QTextDocument *raw = document.get();
    m_parts.push_back(Part{orientation, std::move(document)});
    return raw;
}

void ReportDocument::writeBody()
{
    QTextDocument *document = newPart(QPageLayout::Portrait);
    document->documentLayout()->registerHandler(RuleTextObject::kType, new RuleTextObject(document));
    const OneEdit edit(document);
    QTextCursor cursor(document);
    const ReportNarrative narrative(m_data);
    const ReportHeader &header = m_data.options.header;
    nationalHeader(cursor, header, header.issueDate.isValid() ? header.issueDate : QDate::currentDate());

    paragraph(cursor, tr("REPORT"), Style::Title);
    paragraph(cursor, narrative.title(), Style::Caption);
    const StatisticalPeriod &period = m_data.options.period;
    QTextCharFormat italic = chars(Style::Body);
    italic.setFontItalic(true);
    cursor.insertBlock(block(Style::Caption));
    cursor.insertText(tr("(Figures from %1 to %2, under Circular %3)")
                          .arg(Format::date(period.start()), Format::date(period.end()),
                               RuleSets::circular(RuleSets::of(period))),
                      italic);
    if (m_data.closedAt) { // the figures no one can move any more
        cursor.insertBlock(block(Style::Caption));
        cursor.insertText(tr("(figures closed on %1)").arg(Format::date(m_data.closedAt->toLocalTime().date())), italic);
    }

    int section = 0;
    if (m_data.has(ReportSection::Summary)) {
        paragraph(cursor, tr("%1. RESULTS OF CIVIL JUDGMENT ENFORCEMENT").arg(roman(++section)), Style::Heading);
        paragraph(cursor, tr("1. In cases"), Style::Subheading);
        for (const QString &text : narrative.cases())
            paragraph(cursor, text, Style::Body);
        paragraph(cursor, tr("2. In money"), Style::Subheading);
        for (const QString &text : narrative.money())
            paragraph(cursor, text, Style::Body);
        paragraph(cursor, tr("3. Results of the units"), Style::Subheading);
        for (const QString &text : narrative.units())
            paragraph(cursor, text, Style::Body);
        if (m_data.has(ReportSection::Tables))
            paragraph(cursor, tr("The figures of every unit are in Appendices 1 and 2."), Style::Body);
    }

    // Each register: its heading, its prose and, when it holds entries, its table per unit.
    const auto gridOf = [](const auto &summary, bool hasEntries) {
        return summary && hasEntries ? std::optional(RegisterGrid::from(*summary)) : std::nullopt;
    };
    const ReportData &d = m_data;
    const QList<std::tuple<ReportSection, QString, QStringList, std::optional<RegisterGrid>>> registers{
        {ReportSection::Complaints, tr("Settling complaints and denunciations"), narrative.complaints(),
         gridOf(d.complaints, d.complaints && d.complaints->province.figures.total() > 0)},
        {ReportSection::Reception, tr("Receiving citizens"), narrative.reception(),
         gridOf(d.receptions, d.receptions && d.receptions->province.figures.sessions > 0)},
        {ReportSection::Coercion, tr("Coercive enforcement"), narrative.coercion(),
         gridOf(d.coercions, d.coercions && d.coercions->province.figures.operations > 0)},
        {ReportSection::Awards, tr("Emulation and commendation"), narrative.awards(),
         gridOf(d.awards, d.awards && d.awards->province.figures.total() > 0)},
    };
    int item = 0;
    for (const auto &[kind, heading, texts, grid] : registers) {
        if (!m_data.has(kind))
            continue;
        if (item == 0)
            paragraph(cursor, tr("%1. OTHER WORK").arg(roman(++section)), Style::Heading);
        paragraph(cursor, tr("%1. %2").arg(++item).arg(heading), Style::Subheading);
        for (const QString &text : texts)
            paragraph(cursor, text, Style::Body);
        if (grid) {
            cursor.insertBlock(block(Style::Caption));
            // Awards read better by level than by unit; the units' split is in the XLSX.
            // The body keeps a portrait page's worth of columns; every column is in the XLSX.
            if (kind == ReportSection::Awards)
                ReportTables::awards(cursor, m_data.awards->province.figures);
            else if (kind == ReportSection::Complaints)
                ReportTables::grid(cursor, *grid,
                                   {QStringLiteral("carried_over"), QStringLiteral("received"),
                                    QStringLiteral("within_competence"), QStringLiteral("settled"),
                                    QStringLiteral("withdrawn"), QStringLiteral("in_progress"),
                                    QStringLiteral("settled_rate")});
            else
                ReportTables::grid(cursor, *grid);
        }
    }

    if (m_data.has(ReportSection::Targets)) {
        const int next = m_data.options.period.statisticalYear() + 1;
        paragraph(cursor, tr("%1. TARGETS FOR %2").arg(roman(++section)).arg(next), Style::Heading);
        for (const QString &text : narrative.targets())
            paragraph(cursor, text, Style::Body);
        if (!m_data.nextTargets.isEmpty()) {
            QList<QStringList> rows;
            for (const auto &[unit, target] : m_data.nextTargets)
                rows << QStringList{unit.shortName(), Format::percent(target.cases), Format::percent(target.money)};
            rows.append(rows.takeFirst()); // the province last, as in every table
            cursor.insertBlock(block(Style::Caption));
            ReportTables::plain(cursor, {tr("Unit"), tr("Case target"), tr("Money target")}, rows, 10, {50, 25, 25});
        }
    }
    signature(cursor, header);
}

void ReportDocument::writeTables()
{
    QTextDocument *document = newPart(QPageLayout::Landscape);
    const OneEdit edit(document);
    QTextCursor cursor(document);
    const QString period = tr("%1 (%2 – %3)").arg(m_data.current.period.label(),
                                                  Format::date(m_data.current.period.start()),
                                                  Format::date(m_data.current.period.end()));
    const QString circular = RuleSets::circular(RuleSets::of(m_data.current.period)); // the forms of the period
    paragraph(cursor, tr("Appendix 1 (the form of Circular %1)").arg(circular), Style::Caption);
    paragraph(cursor, tr("RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN CASES, %1").arg(period.toUpper()), Style::Caption);
    cursor.insertBlock(block(Style::Caption));
    ReportTables::cases(cursor, m_data.current);

    QTextBlockFormat pageBreak = block(Style::Caption);
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.insertBlock(pageBreak);
    cursor.insertText(tr("Appendix 2 (the form of Circular %1)").arg(circular), chars(Style::Caption));
    paragraph(cursor, tr("RESULTS OF CIVIL JUDGMENT ENFORCEMENT IN MONEY (ĐỒNG), %1").arg(period.toUpper()),
              Style::Caption);
    cursor.insertBlock(block(Style::Caption));
    ReportTables::money(cursor, m_data.current);
}

void ReportDocument::writeCharts()
{
    QTextDocument *document = newPart(QPageLayout::Landscape);
    m_charts = new ChartTextObject(document);
    document->documentLayout()->registerHandler(ChartTextObject::kType, m_charts);
    const OneEdit edit(document);
    QTextCursor cursor(document);
    paragraph(cursor, tr("Appendix 3"), Style::Caption);
    paragraph(cursor, tr("CHARTS"), Style::Caption);

    const QSizeF size(730, 410); // points: a landscape page's width, about half its height
    bool first = true;
    for (ReportCharts::Chart &chart : ReportCharts::build(m_data)) {
        QTextBlockFormat format = block(Style::Caption);
        // A chart is one tall line: text's 115 % line height would push it past the page.
        format.setLineHeight(0, QTextBlockFormat::SingleHeight);
        if (!first) // one chart a page
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(format);
        m_charts->insert(cursor, std::move(chart.chart), size);
        first = false;
    }
}
