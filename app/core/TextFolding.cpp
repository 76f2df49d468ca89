#include "TextFolding.h"

QString TextFolding::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !folded.isEmpty();
            continue;
        }
        if (pendingSpace) {
            folded.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        if (c == QChar(0x0111) || c == QChar(0x0110) || c == QChar(0x00D0) || c == QChar(0x00F0)) // đ Đ, and Ð ð typed for them
            folded.append(QLatin1Char('d'));
        else
            folded.append(c.toLower());
    }
    return folded;
}

QString TextFolding::clean(const QString &text)
{
    QString composed = text.normalized(QString::NormalizationForm_C);
    composed.removeIf([](QChar c) { return c.category() == QChar::Other_Format; });
    const QString trimmed = composed.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}

QString TextFolding::identityKey(const QString &text)
{
    return clean(text).toCaseFolded();
}

QChar TextFolding::firstControl(const QString &text, bool lineBreaksAllowed)
{
    for (QChar c : text) {
        if (c.category() != QChar::Other_Control || c == QLatin1Char('\t'))
            continue;
        if (lineBreaksAllowed && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            continue;
        return c;
    }
    return {};
}

QString TextFolding::codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}
