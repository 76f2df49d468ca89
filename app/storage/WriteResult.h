#pragma once

#include "CaseField.h"

#include <QStringList>

// The outcome of a write: nothing was stored unless ok(). Problems name the
// field and the rule (for the form to highlight); error is what the database
// said when it failed (disk full, file locked).
struct WriteResult
{
    FieldProblems problems;
    QString error;
    bool cancelled = false; // the person cancelled it (error says so); rolled back

    bool ok() const { return problems.isEmpty() && error.isEmpty(); }
    QString message() const
    {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << p.message;
        if (!error.isEmpty())
            lines << error;
        return lines.join(QLatin1Char('\n'));
    }

    static WriteResult problem(QString field, QString message) { return {{FieldProblem{field, message}}, {}}; }
    static WriteResult failure(QString error) { return {{}, std::move(error)}; }
    static WriteResult cancellation(QString message) { return {{}, std::move(message), true}; }
};
