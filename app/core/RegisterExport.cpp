#include "RegisterExport.h"

#include "Format.h"

#include <QJsonArray>

namespace {
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString periodKind(StatisticalPeriod::Kind kind)
{
    switch (kind) {
    case StatisticalPeriod::Kind::Year: return QStringLiteral("year");
    case StatisticalPeriod::Kind::Months: return QStringLiteral("months");
    case StatisticalPeriod::Kind::AsOf: return QStringLiteral("as_of");
    }
    return {};
}
} // namespace

QStringList RegisterExport::columnKeys(const RegisterGrid &grid)
{
    QStringList keys{QStringLiteral("unit_code"), QStringLiteral("unit_name")};
    for (const RegisterGrid::Column &c : grid.columns)
        keys << c.key;
    return keys;
}

QStringList RegisterExport::rowValues(const RegisterGrid &grid, const RegisterGrid::Row &row)
{
    QStringList values{row.unit.code, row.unit.displayName()};
    for (int i = 0; i < grid.columns.size(); ++i) {
        const std::optional<qint64> value = row.values.value(i);
        if (!value)
            values << QString();
        else if (grid.columns.at(i).isRate)
            values << MachineFormat::hundredths(Rates::Hundredths(*value));
        else
            values << QString::number(*value);
    }
    return values;
}

QByteArray RegisterExport::toCsv(const RegisterGrid &grid, const QList<RegisterGrid::Row> &rows)
{
    QString text = columnKeys(grid).join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const RegisterGrid::Row &row : rows) {
        QStringList fields;
        for (const QString &value : rowValues(grid, row))
            fields << csvField(value);
        text += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QJsonObject RegisterExport::toJson(const RegisterGrid &grid, const QList<RegisterGrid::Row> &rows)
{
    QJsonArray array;
    for (const RegisterGrid::Row &row : rows) {
        QJsonObject object{{QStringLiteral("unit_code"), row.unit.code},
                           {QStringLiteral("unit_name"), row.unit.displayName()}};
        for (int i = 0; i < grid.columns.size(); ++i) {
            const RegisterGrid::Column &column = grid.columns.at(i);
            const std::optional<qint64> value = row.values.value(i);
            if (!value)
                object.insert(column.key, QJsonValue::Null);
            else if (column.isRate)
                object.insert(column.key, MachineFormat::hundredths(Rates::Hundredths(*value)).toDouble());
            else
                object.insert(column.key, *value);
        }
        array.append(object);
    }
    const StatisticalPeriod &p = grid.period;
    QJsonObject period{{QStringLiteral("kind"), periodKind(p.kind())},
                       {QStringLiteral("year"), p.statisticalYear()},
                       {QStringLiteral("start"), MachineFormat::date(p.start())},
                       {QStringLiteral("end"), MachineFormat::date(p.end())}};
    if (p.kind() == StatisticalPeriod::Kind::Months)
        period.insert(QStringLiteral("months"), p.monthCount());
    return {{QStringLiteral("table"), Registers::key(grid.kind)},
            {QStringLiteral("period"), period},
            {QStringLiteral("rows"), array}};
}
