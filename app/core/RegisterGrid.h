#pragma once

#include "RegisterSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The four registers, as the CLI and exports name them.
enum class RegisterKind { Complaints, Reception, Coercion, Awards };

namespace Registers {
QList<RegisterKind> all();
QString key(RegisterKind kind); // "complaints", "reception", "coercion", "awards"
bool fromKey(const QString &key, RegisterKind *kind);
QString displayName(RegisterKind kind); // translated
} // namespace Registers

// A summary table as a plain grid — a register's, or the age of pending cases —
// for every rendering that is not typed (CSV, JSON, the CLI's text table, XLSX):
// named columns, then one row per unit and the province. Values are counts, or
// hundredths for rate columns; empty where undefined (a rate over nothing).
struct RegisterGrid
{
    Q_DECLARE_TR_FUNCTIONS(RegisterGrid)

public:
    struct Column
    {
        QString key;
        QString header; // translated
        bool isRate = false;
    };
    struct Row
    {
        Unit unit;
        QList<std::optional<qint64>> values; // parallel to columns
    };

    QString key;   // "complaints", …, "age": the JSON's table
    QString title; // translated, e.g. the register's name
    StatisticalPeriod period;
    QList<Column> columns;
    QList<Row> rows;

    const Row *row(const QString &unitCode) const;

    static RegisterGrid from(const ComplaintSummary &summary);
    static RegisterGrid from(const ReceptionSummary &summary);
    static RegisterGrid from(const CoercionSummary &summary);
    static RegisterGrid from(const AwardSummary &summary);
};
