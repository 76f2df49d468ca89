#include "CsvEncoding.h"

#include <QStringDecoder>

#include <array>

namespace {
// Windows-1258 bytes 0x80–0xFF. Where it differs from Latin-1 (0xA0–0xFF are
// Latin-1 except the Vietnamese letters and the five combining tone marks).
// The unassigned bytes (0x81, 0x8A, 0x8D–0x90, 0x9A, 0x9D, 0x9E) map to the C1
// controls of the same number, as Windows and ICU do.
constexpr std::array<char16_t, 128> kWindows1258 = {
    // 0x80
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x008A, 0x2039, 0x0152, 0x008D, 0x008E, 0x008F,
    // 0x90
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x009A, 0x203A, 0x0153, 0x009D, 0x009E, 0x0178,
    // 0xA0
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    // 0xB0
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    // 0xC0: Ă, combining grave accent
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
    // 0xD0: Đ, combining hook above, Ơ, Ư, combining tilde
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    // 0xE0: ă, combining acute accent
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
    // 0xF0: đ, combining dot below, ơ, ư, the đồng sign
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
};

const QByteArray kUtf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

bool isUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data); // the decoder works when its result is taken
    return !decoder.hasError();
}
} // namespace

bool CsvFormats::encodingFromKey(const QString &key, CsvEncoding *encoding)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("auto"))
        *encoding = CsvEncoding::Auto;
    else if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        *encoding = CsvEncoding::Utf8;
    else if (k == QLatin1String("windows-1258") || k == QLatin1String("cp1258"))
        *encoding = CsvEncoding::Windows1258;
    else
        return false;
    return true;
}

bool CsvFormats::separatorFromKey(const QString &key, CsvSeparator *separator)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("auto"))
        *separator = CsvSeparator::Auto;
    else if (k == QLatin1String(",") || k == QLatin1String("comma"))
        *separator = CsvSeparator::Comma;
    else if (k == QLatin1String(";") || k == QLatin1String("semicolon"))
        *separator = CsvSeparator::Semicolon;
    else
        return false;
    return true;
}

QString CsvFormats::key(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Windows1258:
        return QStringLiteral("windows-1258");
    case CsvEncoding::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString CsvFormats::key(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Comma:
        return QStringLiteral(",");
    case CsvSeparator::Semicolon:
        return QStringLiteral(";");
    case CsvSeparator::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString CsvFormats::label(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return tr("UTF-8");
    case CsvEncoding::Windows1258:
        return tr("Windows-1258 (Vietnamese Excel)");
    case CsvEncoding::Auto:
        break;
    }
    return tr("Detect");
}

QString CsvFormats::label(CsvSeparator separator)
{
    switch (separator) {
    case CsvSeparator::Comma:
        return tr("Comma (,)");
    case CsvSeparator::Semicolon:
        return tr("Semicolon (;)");
    case CsvSeparator::Auto:
        break;
    }
    return tr("Detect");
}

CsvEncoding CsvFormats::detectEncoding(const QByteArray &data)
{
    return data.startsWith(kUtf8Bom) || isUtf8(data) ? CsvEncoding::Utf8 : CsvEncoding::Windows1258;
}

CsvSeparator CsvFormats::detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && c == QLatin1Char('\n'))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? CsvSeparator::Semicolon : CsvSeparator::Comma;
}

QChar CsvFormats::separatorChar(CsvSeparator separator)
{
    return separator == CsvSeparator::Semicolon ? QLatin1Char(';') : QLatin1Char(',');
}

QString CsvFormats::fromWindows1258(const QByteArray &data)
{
    QString text;
    text.reserve(data.size());
    for (const char byte : data) {
        const auto b = static_cast<unsigned char>(byte);
        text.append(b < 0x80 ? QChar(char16_t(b)) : QChar(kWindows1258[b - 0x80]));
    }
    return text;
}

bool CsvFormats::decode(const QByteArray &data, CsvEncoding encoding, QString *text, QString *error,
                        int *errorLine, CsvEncoding *used)
{
    if (encoding == CsvEncoding::Auto)
        encoding = detectEncoding(data);
    if (used)
        *used = encoding;
    if (encoding == CsvEncoding::Windows1258) {
        *text = fromWindows1258(data).normalized(QString::NormalizationForm_C);
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder(data);
    if (decoder.hasError()) {
        // Name the first line that does not decode, so it can be found and fixed.
        int line = 1;
        for (const QByteArray &bytes : data.split('\n')) {
            if (!isUtf8(bytes))
                break;
            ++line;
        }
        *error = tr("the file is not UTF-8 text (choose the encoding Windows-1258, or save it from the "
                    "spreadsheet as \"CSV UTF-8\")");
        if (errorLine)
            *errorLine = line;
        return false;
    }
    if (decoded.startsWith(QChar(0xFEFF)))
        decoded.remove(0, 1);
    *text = decoded; // composed field by field where it is stored (TextFolding::clean)
    return true;
}
