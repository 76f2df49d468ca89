#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Every table of a database as text, for comparing two files' content: the
// schema, the header's application id and schema version, and each table's
// rows (sorted, so the order pages were written in does not matter).
namespace DatabaseDump {
QStringList of(QSqlDatabase db);
QStringList ofFile(const QString &path); // on its own connection
QByteArray sha256(const QString &path);  // of the file's bytes; empty when missing
} // namespace DatabaseDump
