#pragma once

#include "Holiday.h"

#include <QByteArray>

// The rules that write resources/data/holidays-vn.csv (README, "Working days").
//
// Bộ luật Lao động 2019 Điều 112 k.1 (in force from 01/01/2021; before it,
// Bộ luật Lao động 2012 Điều 115 k.1, the same list with 1 day of Quốc khánh):
//   a) Tết Dương lịch, 1/1;           b) Tết Âm lịch, 5 days;
//   c) Ngày Chiến thắng, 30/4;        d) Ngày Quốc tế Lao động, 1/5;
//   đ) Quốc khánh, 2/9 and one day next to it (from 2021);
//   e) Giỗ Tổ Hùng Vương, 10/3 of the lunar calendar.
// The Prime Minister fixes each year the days of b) and đ) (Điều 112 k.3);
// the generator ships a rule, and an admin enters the actual decision where
// it differs:
//   - Tết: the last day of the old lunar year and days 1–4 of the new one;
//   - Quốc khánh's second day: 1/9 when 2/9 is a Tuesday, Friday or Saturday,
//     3/9 otherwise (the days decided for 2021–2025).
// A holiday on a Saturday or Sunday gives a compensatory day off (nghỉ bù) on
// the next day that is neither a weekend, a holiday nor already a nghỉ bù,
// in date order (BLLĐ 2019 Điều 111 k.3; BLLĐ 2012 Điều 115 k.3).
namespace HolidayRules {

inline constexpr int kFirstYear = 2019;
inline constexpr int kLastYear = 2035;

PublicHolidayList generate(int firstYear = kFirstYear, int lastYear = kLastYear);
// The holidays file, byte for byte as shipped.
QByteArray csv(int firstYear = kFirstYear, int lastYear = kLastYear);

} // namespace HolidayRules
