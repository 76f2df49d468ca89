#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstddef>

// Helpers for the static tables that give an enum its stable key and its
// translatable name. A table's rows have members `value` and `key` and are
// listed in enum order, so a value indexes its row.
namespace EnumTable {

template<typename Row, std::size_t N>
constexpr bool inEnumOrder(const std::array<Row, N> &rows)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (rows[i].value != static_cast<decltype(Row::value)>(i))
            return false;
    }
    return true;
}

template<typename Row, std::size_t N>
const Row &row(const std::array<Row, N> &rows, decltype(Row::value) value)
{
    return rows[static_cast<std::size_t>(value)];
}

template<typename Row, std::size_t N>
QList<decltype(Row::value)> values(const std::array<Row, N> &rows)
{
    QList<decltype(Row::value)> list;
    for (const Row &r : rows)
        list.append(r.value);
    return list;
}

template<typename Row, std::size_t N>
bool fromKey(const std::array<Row, N> &rows, const QString &key, decltype(Row::value) *value)
{
    for (const Row &r : rows) {
        if (key == QLatin1String(r.key)) {
            *value = r.value;
            return true;
        }
    }
    return false;
}

} // namespace EnumTable
