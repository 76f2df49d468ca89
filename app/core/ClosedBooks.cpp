#include "ClosedBooks.h"

#include "Format.h"

#include <algorithm>

std::optional<ClosedBooks::Closing> ClosedBooks::closing(qint64 unitId, QDate date) const
{
    const QString month = monthKey(date);
    if (const auto own = m_closings.constFind({unitId, month}); own != m_closings.cend())
        return *own;
    if (const auto province = m_closings.constFind({0, month}); province != m_closings.cend())
        return *province;
    return std::nullopt;
}

QList<std::pair<QString, ClosedBooks::Closing>> ClosedBooks::all() const
{
    QList<std::pair<QString, Closing>> list;
    for (auto it = m_closings.cbegin(); it != m_closings.cend(); ++it)
        list.append({it.key().second, it.value()});
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second.unitId < b.second.unitId;
    });
    return list;
}

QString ClosedBooks::refusal(const QString &what, QDate date, const Closing &closing, const QString &unitName)
{
    const QString scope = closing.unitId == 0 ? tr("for the whole province") : tr("for %1").arg(unitName);
    return tr("%1: the books of %2 are closed %3 (on %4 by %5); an administrator must reopen the month first.")
        .arg(what, Format::month(date), scope, Format::date(closing.at.toLocalTime().date()),
             closing.by);
}
