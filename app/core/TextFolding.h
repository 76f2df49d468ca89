#pragma once

#include <QString>

// Search ignores Vietnamese diacritics and case: "nguyen van" finds "Nguyễn Văn".
namespace TextFolding {
// Lower case, without marks, đ/Đ → d (and the look-alike Ð/ð of old data),
// runs of white space collapsed to one space. (đ has no decomposition, so
// stripping marks alone would miss it.)
QString fold(const QString &text);
} // namespace TextFolding
