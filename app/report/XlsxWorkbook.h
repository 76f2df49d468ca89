#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

// A thin owner of a libxlsxwriter workbook: the few calls the exports need,
// with Qt strings, and the workbook closed (written) exactly once.
class XlsxWorkbook
{
public:
    enum class Style { Title, Header, Unit, UnitTotal, Count, CountTotal, Rate, RateTotal };

    // `created` fixes the document's creation time, so the same data gives the same bytes.
    XlsxWorkbook(const QString &path, const QDateTime &created);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook &) = delete;
    XlsxWorkbook &operator=(const XlsxWorkbook &) = delete;

    bool isValid() const { return m_workbook != nullptr; }
    lxw_worksheet *addSheet(const QString &name, bool landscape);
    // Text is always a string cell (worksheet_write_string), never a formula: a name
    // typed as "=SUM(…)" shows as typed and is never evaluated.
    void write(lxw_worksheet *sheet, int row, int column, const QString &text, Style style);
    void write(lxw_worksheet *sheet, int row, int column, std::optional<double> number, Style style);
    void mergeTitle(lxw_worksheet *sheet, int row, int lastColumn, const QString &text);
    void setColumnWidth(lxw_worksheet *sheet, int first, int last, double width);
    void setRowHeight(lxw_worksheet *sheet, int row, double height);
    void freeze(lxw_worksheet *sheet, int rows, int columns);
    // Writes the file; false when it could not be written.
    bool close();

private:
    lxw_format *format(Style style) const;

    lxw_workbook *m_workbook = nullptr;
    lxw_format *m_formats[8] = {};
    bool m_closed = false;
};
