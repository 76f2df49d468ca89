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
