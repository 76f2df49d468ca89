#pragma once

#include "RegisterGrid.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// One register's summary for a unit (or the province, unit 0) and a period,
// in a sentence for the foot of the registers page, Vietnamese formats.
class RegisterSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterSummaryText)

public:
    static QString describe(QSqlDatabase db, RegisterKind kind, const StatisticalPeriod &period, qint64 unitId);
};
