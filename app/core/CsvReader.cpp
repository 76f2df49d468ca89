#include "CsvReader.h"

#include "TextFolding.h"

#include <QStringDecoder>

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
    const auto fail = [&](int line, const QString &message) {
        *error = message;
        if (errorLine)
            *errorLine = line;
        return false;
    };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        // Name the first line that does not decode, so it can be found and fixed.
        int line = 1;
        for (const QByteArray &bytes : data.split('\n')) {
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = lineDecoder(bytes); // the decoder works when its result is taken
            if (lineDecoder.hasError())
                break;
            ++line;
        }
        return fail(line, tr("the file is not UTF-8 text (save it from the spreadsheet as \"CSV UTF-8\")"));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

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
        if (c == QLatin1Char(',')) {
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
