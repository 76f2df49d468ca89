#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The months whose books are closed (khóa sổ), for one unit or the whole
// province: "kết quả của kỳ nào phải báo cáo trong kỳ đó". Nothing dated in a
// closed month may be added, changed or voided, and no case accepted in one
// created, deleted or given another amount, date or unit.
class ClosedBooks
{
    Q_DECLARE_TR_FUNCTIONS(ClosedBooks)

public:
    struct Closing
    {
        qint64 unitId = 0; // 0: the whole province
        QDateTime at;
        QString by;
    };

    static QString monthKey(QDate date) { return date.toString(QStringLiteral("yyyy-MM")); }

    void add(const QString &month, const Closing &closing) { m_closings.insert({closing.unitId, month}, closing); }
    // Why a date of the unit's is closed: its own closing or the province's.
    std::optional<Closing> closing(qint64 unitId, QDate date) const;
    bool isClosed(qint64 unitId, QDate date) const { return closing(unitId, date).has_value(); }
    // Every closing with its month (yyyy-MM), the latest month first.
    QList<std::pair<QString, Closing>> all() const;

    // "the books of 09/2021 are closed (for Mộc Châu, on 05/10/2021 by admin)": what a refusal says.
    static QString refusal(const QString &what, QDate date, const Closing &closing, const QString &unitName);

private:
    QHash<std::pair<qint64, QString>, Closing> m_closings;
};
