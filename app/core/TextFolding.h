#pragma once

#include <QString>

// Text as THADS compares, stores and searches it.
namespace TextFolding {
// Search ignores Vietnamese diacritics and case: "nguyen van" finds "Nguyễn Văn".
// Lower case, without marks, đ/Đ → d (and the look-alike Ð/ð of old data),
// runs of white space collapsed to one space. (đ has no decomposition, so
// stripping marks alone would miss it.)
QString fold(const QString &text);

// Text as stored: composed (NFC, so "ễ" typed as e + two marks is the same
// letter), without invisible format characters (byte-order mark, zero-width
// space and joiners, soft hyphen) and trimmed. Never null.
QString clean(const QString &text);

// The key two identifiers (decision numbers) are the same by: clean, then
// case-folded. "12/QĐ-CCTHADS", "12/qđ-ccthads" and a decomposed or
// zero-width-spaced copy are one number.
QString identityKey(const QString &text);

// The first control character (other than tab and, when allowed, line
// breaks) in text, or a null QChar.
QChar firstControl(const QString &text, bool lineBreaksAllowed);
// "U+001B": how a message names an invisible character.
QString codePoint(QChar c);
} // namespace TextFolding
