#include "DatabaseDump.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

QStringList DatabaseDump::of(QSqlDatabase db)
{
    QStringList dump;
    QStringList tables;
    for (const char *pragma : {"application_id", "user_version"}) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) && q.next())
            dump << QStringLiteral("%1 = %2").arg(QLatin1String(pragma), q.value(0).toString());
    }
    QSqlQuery schema(db);
    schema.exec(QStringLiteral("SELECT type, name, IFNULL(sql, '') FROM sqlite_master ORDER BY type, name"));
    while (schema.next()) {
        dump << QStringLiteral("%1 %2: %3").arg(schema.value(0).toString(), schema.value(1).toString(),
                                                schema.value(2).toString());
        if (schema.value(0).toString() == QLatin1String("table"))
            tables << schema.value(1).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
            dump << QStringLiteral("%1: unreadable").arg(table);
            continue;
        }
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                values << (v.isNull() ? QStringLiteral("NULL")
                                      : v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                                           : v.toString());
            }
            lines << table + QStringLiteral(": ") + values.join(QStringLiteral(" | "));
        }
        lines.sort();
        dump << lines;
    }
    return dump;
}

QStringList DatabaseDump::ofFile(const QString &path)
{
    const QString name = QStringLiteral("dump-%1").arg(quintptr(&path));
    QStringList dump;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            dump = of(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

QByteArray DatabaseDump::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}
