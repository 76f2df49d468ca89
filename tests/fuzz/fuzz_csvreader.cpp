// libFuzzer: the CSV reader never crashes or hangs, and every file it accepts
// round-trips its text exactly: written back as RFC 4180 and read again, the
// same fields come out, character for character.
#include "CsvReader.h"

#include <cstdint>
#include <cstdlib>

namespace {
QByteArray write(const QList<CsvReader::Record> &records)
{
    QByteArray out;
    for (const CsvReader::Record &record : records) {
        QStringList fields;
        for (QString field : record.fields) {
            field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            fields << QLatin1Char('"') + field + QLatin1Char('"');
        }
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<CsvReader::Record> records;
    QString error;
    int line = 0;
    if (!CsvReader::parse(bytes, &records, &error, &line)) {
        if (error.isEmpty() || line < 1)
            std::abort(); // a refusal always says why and where
        return 0;
    }
    QList<CsvReader::Record> again;
    if (!CsvReader::parse(write(records), &again, &error))
        std::abort();
    // A record of one empty field is a blank line, which reads as no record.
    QList<QStringList> expected, actual;
    for (const CsvReader::Record &r : records) {
        if (!(r.fields.size() == 1 && r.fields.first().isEmpty()))
            expected << r.fields;
    }
    for (const CsvReader::Record &r : again)
        actual << r.fields;
    if (expected != actual)
        std::abort();
    return 0;
}
