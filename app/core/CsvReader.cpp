#include "CsvReader.h"

#include <QStringDecoder>

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
    bool quoted = false;      // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
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
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // the \n ends the record
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return fail(record.line, tr("a quoted field is never closed"));
    }
    if (fieldStarted || !record.fields.isEmpty())
        endRecord();
    return true;
}
