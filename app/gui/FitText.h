#pragma once

#include <QFontMetrics>
#include <QLineEdit>

// Widths that let a text be read whole in either language.
namespace FitText {

// A search box as wide as its placeholder hint, plus its clear button.
inline void searchHint(QLineEdit *edit)
{
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 48);
}

} // namespace FitText
