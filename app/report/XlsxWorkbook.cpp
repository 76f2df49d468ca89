#include "XlsxWorkbook.h"

#include <QDateTime>
#include <QFile>

#include <xlsxwriter.h>

namespace {
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}
} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path, const QDateTime &created)
{
    m_workbook = workbook_new(QFile::encodeName(path).constData());
    if (!m_workbook)
        return;
    lxw_doc_properties properties{};
    static char creator[] = "THADS";
    properties.author = creator;
    properties.created = time_t(created.toSecsSinceEpoch());
    workbook_set_properties(m_workbook, &properties);

    const auto make = [this](bool bold, bool border, const char *number, bool wrap, lxw_format_alignments align) {
        lxw_format *f = workbook_add_format(m_workbook);
        format_set_font_name(f, "Times New Roman");
        format_set_font_size(f, 11);
        if (bold)
            format_set_bold(f);
        if (border)
            format_set_border(f, LXW_BORDER_THIN);
        if (number)
            format_set_num_format(f, number);
        if (wrap)
            format_set_text_wrap(f);
        format_set_align(f, align);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
        return f;
    };
    m_formats[int(Style::Title)] = make(true, false, nullptr, false, LXW_ALIGN_CENTER);
    m_formats[int(Style::Header)] = make(true, true, nullptr, true, LXW_ALIGN_CENTER);
    format_set_bg_color(m_formats[int(Style::Header)], 0xEEEEEE);
    m_formats[int(Style::Unit)] = make(false, true, nullptr, false, LXW_ALIGN_LEFT);
    m_formats[int(Style::UnitTotal)] = make(true, true, nullptr, false, LXW_ALIGN_LEFT);
    m_formats[int(Style::Count)] = make(false, true, "#,##0", false, LXW_ALIGN_RIGHT);
    m_formats[int(Style::CountTotal)] = make(true, true, "#,##0", false, LXW_ALIGN_RIGHT);
    m_formats[int(Style::Rate)] = make(false, true, "0.00", false, LXW_ALIGN_RIGHT);
    m_formats[int(Style::RateTotal)] = make(true, true, "0.00", false, LXW_ALIGN_RIGHT);
}

XlsxWorkbook::~XlsxWorkbook()
{
    close();
}

lxw_format *XlsxWorkbook::format(Style style) const
{
    return m_formats[int(style)];
}

lxw_worksheet *XlsxWorkbook::addSheet(const QString &name, bool landscape)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, utf8(name).constData());
    if (sheet) {
        worksheet_set_paper(sheet, 9); // A4
        if (landscape)
            worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0);
    }
    return sheet;
}

void XlsxWorkbook::write(lxw_worksheet *sheet, int row, int column, const QString &text, Style style)
{
    worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), utf8(text).constData(), format(style));
}

void XlsxWorkbook::write(lxw_worksheet *sheet, int row, int column, std::optional<double> number, Style style)
{
    if (number)
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), *number, format(style));
    else
        worksheet_write_blank(sheet, lxw_row_t(row), lxw_col_t(column), format(style));
}

void XlsxWorkbook::mergeTitle(lxw_worksheet *sheet, int row, int lastColumn, const QString &text)
{
    worksheet_merge_range(sheet, lxw_row_t(row), 0, lxw_row_t(row), lxw_col_t(lastColumn), utf8(text).constData(),
                          format(Style::Title));
}

void XlsxWorkbook::setColumnWidth(lxw_worksheet *sheet, int first, int last, double width)
{
    worksheet_set_column(sheet, lxw_col_t(first), lxw_col_t(last), width, nullptr);
}

void XlsxWorkbook::setRowHeight(lxw_worksheet *sheet, int row, double height)
{
    worksheet_set_row(sheet, lxw_row_t(row), height, nullptr);
}

void XlsxWorkbook::freeze(lxw_worksheet *sheet, int rows, int columns)
{
    worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(columns));
}

bool XlsxWorkbook::close()
{
    if (m_closed || !m_workbook)
        return m_closed;
    m_closed = true;
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    return result == LXW_NO_ERROR;
}
