#pragma once

#include "RegisterGrid.h"

#include <QCoreApplication>

// A register summary for people at a terminal: indicators down the side and
// units across, in the UI language's number format, under a title naming the
// register and the period.
class RegisterText
{
    Q_DECLARE_TR_FUNCTIONS(RegisterText)

public:
    static QString render(const RegisterGrid &grid, const QList<RegisterGrid::Row> &rows);
};
