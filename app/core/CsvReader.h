#pragma once

#include "CsvEncoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Comma-separated values as spreadsheets write them, read strictly (RFC 4180):
// UTF-8 with an optional byte-order mark (or Windows-1258, and semicolons
// for commas, see CsvEncoding), quoted fields with "" for a quote
// and line breaks inside quotes, CRLF or LF. A quote anywhere else, a lone
// carriage return or a control character other than tab is an error naming
// its line and column, never guessed at. Each record remembers the line it
// starts on.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // False with a message (naming the column) and the line it concerns.
    // UTF-8 (an optional byte-order mark), separated by commas.
    static bool parse(const QByteArray &data, QList<Record> *records, QString *error, int *errorLine = nullptr);
    // In the encoding and with the separator of `format`, each detected when
    // Auto (CsvFormats); `used` gets what was read.
    static bool parse(const QByteArray &data, CsvFormat format, QList<Record> *records, QString *error,
                      int *errorLine = nullptr, CsvFormat *used = nullptr);
    // Text already decoded, its fields separated by `separator`.
    static bool parseText(const QString &text, QChar separator, QList<Record> *records, QString *error,
                          int *errorLine = nullptr);
};
