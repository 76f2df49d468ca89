#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Comma-separated values as spreadsheets write them (RFC 4180): UTF-8 with an
// optional byte-order mark, quoted fields with "" for a quote and line breaks
// inside quotes, CRLF or LF. Each record remembers the line it starts on.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        int line = 0;
        QStringList fields;
    };

    // False with a message and the line it concerns for text that is not
    // UTF-8 or a quote left open.
    static bool parse(const QByteArray &data, QList<Record> *records, QString *error, int *errorLine = nullptr);
};
