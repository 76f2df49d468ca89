#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// An output file is there whole or not at all: written beside its target,
// every write and the flush checked, the size on disk compared with what was
// meant, then renamed over the target. A full disk or a cut-off write leaves
// no file (and an earlier one of the same name as it was).
class WholeFile
{
    Q_DECLARE_TR_FUNCTIONS(WholeFile)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    // The whole of `bytes` to an open device (standard output); false when
    // the device took less, naming `what` it was writing.
    static bool writeTo(class QIODevice &device, const QByteArray &bytes, const QString &what, QString *error);
};
