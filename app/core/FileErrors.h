#pragma once

#include <QCoreApplication>
#include <QString>

class QFileDevice;

// Why a file could not be written, in the UI language: the system's own text
// (errorString) is English whatever the language, so the common causes are named here.
class FileErrors
{
    Q_DECLARE_TR_FUNCTIONS(FileErrors)

public:
    // "<path> could not be written: <reason>"
    static QString notWritten(const QString &path, const QFileDevice &file);
    // The same when writing failed out of sight (a library's temporary files).
    static QString notWritten(const QString &path);
};
