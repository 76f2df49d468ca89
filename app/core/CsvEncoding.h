#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// How the bytes of a CSV file from a spreadsheet become text: its encoding
// and its field separator, each chosen or detected.
//
// Vietnamese Excel saves "CSV" in Windows-1258 (CP1258) and, where the
// decimal mark is a comma, separates fields with semicolons; "CSV UTF-8"
// saves UTF-8 with a byte-order mark. CP1258 is a single-byte code page in
// which many Vietnamese letters are a base letter followed by a combining
// tone mark (ễ = ê + U+0303): decoded here from its table (the same on every
// platform, with or without ICU), then composed to NFC.
enum class CsvEncoding { Auto, Utf8, Windows1258 };
enum class CsvSeparator { Auto, Comma, Semicolon };

struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Auto;
    CsvSeparator separator = CsvSeparator::Auto;
    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};

class CsvFormats
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormats)

public:
    // Option values of thads-cli: utf-8, windows-1258, auto; ",", ";", auto
    // (also comma, semicolon). False when the text is none of them.
    static bool encodingFromKey(const QString &key, CsvEncoding *encoding);
    static bool separatorFromKey(const QString &key, CsvSeparator *separator);
    static QString key(CsvEncoding encoding);
    static QString key(CsvSeparator separator);
    // What a person reads: "UTF-8", "Windows-1258 (Excel tiếng Việt)", "comma (,)".
    static QString label(CsvEncoding encoding);
    static QString label(CsvSeparator separator);

    // UTF-8 when the bytes start with its byte-order mark or are valid UTF-8
    // (plain ASCII included), Windows-1258 otherwise.
    static CsvEncoding detectEncoding(const QByteArray &data);
    // The separator of the first line (the header), outside quotes: a
    // semicolon when it has more semicolons than commas, else a comma.
    static CsvSeparator detectSeparator(const QString &text);
    static QChar separatorChar(CsvSeparator separator); // Comma for Auto

    // The text of `data` in `encoding` (Auto detects it, and `used` tells
    // which), without a leading byte-order mark; Windows-1258 composed to NFC. False with
    // a message and the first line that does not decode for UTF-8 that is
    // not. Windows-1258 decodes every byte; its 9 unassigned bytes become the
    // C1 control characters that CsvReader refuses, naming line and column.
    static bool decode(const QByteArray &data, CsvEncoding encoding, QString *text, QString *error,
                       int *errorLine = nullptr, CsvEncoding *used = nullptr);
    static QString fromWindows1258(const QByteArray &data); // not yet composed
};
