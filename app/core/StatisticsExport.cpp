#include "StatisticsExport.h"

#include "Format.h"

#include <QJsonArray>

namespace {
QString optionalNumber(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList StatisticsExport::columnKeys()
{
    QStringList keys{QStringLiteral("unit_code"), QStringLiteral("unit_name")};
    for (StatColumn c : StatColumns::all()) {
        if (StatColumns::hasCaseCount(c))
            keys << StatColumns::key(c);
    }
    for (StatColumn c : StatColumns::all())
        keys << QStringLiteral("money_") + StatColumns::key(c);
    keys << QStringLiteral("case_rate") << QStringLiteral("case_target") << QStringLiteral("case_points")
         << QStringLiteral("case_needed") << QStringLiteral("money_rate") << QStringLiteral("money_target")
         << QStringLiteral("money_points") << QStringLiteral("money_needed");
    return keys;
}

QStringList StatisticsExport::rowValues(const StatisticsRow &row)
{
    QStringList values{row.unit.code, row.unit.displayName()};
    for (StatColumn c : StatColumns::all()) {
        if (StatColumns::hasCaseCount(c))
            values << QString::number(row.figures.cases(c));
    }
    for (StatColumn c : StatColumns::all())
        values << QString::number(row.figures.money(c));
    values << MachineFormat::hundredths(row.caseRate()) << MachineFormat::hundredths(row.caseTarget)
           << MachineFormat::hundredths(row.casePoints()) << optionalNumber(row.caseNeeded())
           << MachineFormat::hundredths(row.moneyRate()) << MachineFormat::hundredths(row.moneyTarget)
           << MachineFormat::hundredths(row.moneyPoints()) << optionalNumber(row.moneyNeeded());
    return values;
}

QByteArray StatisticsExport::toCsv(const QList<StatisticsRow> &rows)
{
    QString text = MachineFormat::csvLine(columnKeys());
    for (const StatisticsRow &row : rows) {
        text += MachineFormat::csvLine(rowValues(row));
    }
    return text.toUtf8();
}

QJsonObject StatisticsExport::toJson(const StatisticsTable &table, const QList<StatisticsRow> &rows)
{
    const QStringList keys = columnKeys();
    QJsonArray array;
    for (const StatisticsRow &row : rows) {
        const QStringList values = rowValues(row);
        QJsonObject object;
        for (int i = 0; i < keys.size(); ++i) {
            const QString &key = keys.at(i);
            const QString &value = values.at(i);
            if (i < 2)
                object.insert(key, value);
            else if (value.isEmpty())
                object.insert(key, QJsonValue::Null);
            else if (value.contains(QLatin1Char('.')))
                object.insert(key, value.toDouble()); // rates: 85.42
            else
                object.insert(key, value.toLongLong());
        }
        array.append(object);
    }
    const QJsonObject period = MachineFormat::period(table.period);
    return {{QStringLiteral("period"), period}, {QStringLiteral("rows"), array}};
}
