#include "RegisterExport.h"

#include "Format.h"

#include <QJsonArray>

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
    QString text = MachineFormat::csvLine(columnKeys(grid));
    for (const RegisterGrid::Row &row : rows) {
        text += MachineFormat::csvLine(rowValues(grid, row));
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
    const QJsonObject period = MachineFormat::period(grid.period);
    return {{QStringLiteral("table"), grid.key},
            {QStringLiteral("period"), period},
            {QStringLiteral("rows"), array}};
}
