#include "MoneyEdit.h"

#include "Format.h"
#include "Language.h"

MoneyEdit::MoneyEdit(QWidget *parent) : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(this, &QLineEdit::textEdited, this, &MoneyEdit::regroup);
}

std::optional<qint64> MoneyEdit::value() const
{
    qint64 dong = 0;
    if (!Format::parseMoney(text(), &dong))
        return std::nullopt;
    return dong;
}

void MoneyEdit::setValue(qint64 dong)
{
    setText(Format::amount(dong));
}

void MoneyEdit::regroup(const QString &text)
{
    // Only plain digits and separators are regrouped; "-5" or "12,5" stay as typed.
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c != QLatin1Char('.') && c != QLatin1Char(',') && !c.isSpace())
            return;
    }
    const qint64 value = digits.toLongLong();
    if (digits.isEmpty() || digits.size() > 15 || (text.contains(QLatin1Char(',')) && !Language::isEnglish()))
        return;
    const QString grouped = Format::amount(value);
    if (grouped == text)
        return;
    // Keep the cursor after the same number of digits.
    int digitsBefore = 0;
    for (int i = 0; i < cursorPosition() && i < text.size(); ++i)
        digitsBefore += text.at(i).isDigit() ? 1 : 0;
    setText(grouped);
    int position = 0;
    for (int seen = 0; position < grouped.size() && seen < digitsBefore; ++position)
        seen += grouped.at(position).isDigit() ? 1 : 0;
    setCursorPosition(position);
}
