#include "CsvReader.h"

#include "TextFolding.h"

namespace {
// A control character a field may not hold: tab and line breaks (CRLF or LF) are text.
bool isForbiddenControl(QChar c)
{
    return c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n')
        && c != QLatin1Char('\r');
}
} // namespace

bool CsvReader::parse(const QByteArray &data, QList<Record> *records, QString *error, int *errorLine)
{
    QString text;
    if (!CsvFormats::decode(data, CsvEncoding::Utf8, &text, error, errorLine)) {
        *error = tr("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")");
        return false;
    }
    return parseText(text, QLatin1Char(','), records, error, errorLine);
}

bool CsvReader::parse(const QByteArray &data, CsvFormat format, QList<Record> *records, QString *error,
                      int *errorLine, CsvFormat *used)
{
    QString text;
    CsvEncoding encoding = format.encoding;
    if (!CsvFormats::decode(data, format.encoding, &text, error, errorLine, &encoding))
        return false;
    const CsvSeparator separator = format.separator == CsvSeparator::Auto ? CsvFormats::detectSeparator(text)
                                                                          : format.separator;
    if (used)
        *used = {encoding, separator};
    return parseText(text, CsvFormats::separatorChar(separator), records, error, errorLine);
}

bool CsvReader::parseText(const QString &text, QChar separator, QList<Record> *records, QString *error,
                          int *errorLine)
{
    const auto fail = [&](int line, const QString &message) {
        *error = message;
        if (errorLine)
            *errorLine = line;
        return false;
    };

    records->clear();
    Record record;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool closed = false;       // a quoted field's closing quote was read
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto column = [&] { return int(record.fields.size()) + 1; };
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
        closed = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty()))
            records->append(record);
        record = Record{};
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isForbiddenControl(c))
            return fail(line, tr("column %1: the control character %2 is not allowed in a field")
                                  .arg(column())
                                  .arg(TextFolding::codePoint(c)));
        // A carriage return only ever ends a line together with a line feed.
        if (c == QLatin1Char('\r') && (i + 1 == text.size() || text.at(i + 1) != QLatin1Char('\n')))
            return fail(line, tr("column %1: a carriage return without a line feed (lines end with CRLF or LF)")
                                  .arg(column()));
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    closed = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (closed) {
            return fail(line, tr("column %1: a quote inside a quoted field must be doubled (\"\")").arg(column()));
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return fail(line, tr("column %1: a quote inside a field that does not begin with one; quote the "
                                     "whole field and double the quote (\"\")")
                                      .arg(column()));
            quoted = true;
            fieldStarted = true;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(record.line, tr("a quoted field is never closed"));
    if (fieldStarted || closed || !record.fields.isEmpty())
        endRecord();
    return true;
}
