#include "WholeFile.h"

#include "FileErrors.h"

#include <QFileInfo>
#include <QSaveFile>

bool WholeFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = FileErrors::notWritten(path, file);
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = FileErrors::notWritten(path, file);
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = FileErrors::notWritten(path, file);
        return false;
    }
    // Some file systems report a short write only by the size that landed.
    if (QFileInfo(path).size() != bytes.size()) {
        QFile::remove(path);
        *error = FileErrors::notWritten(path);
        return false;
    }
    return true;
}

bool WholeFile::writeTo(QIODevice &device, const QByteArray &bytes, const QString &what, QString *error)
{
    if (device.write(bytes) == bytes.size()) {
        if (auto *file = qobject_cast<QFileDevice *>(&device); !file || file->flush())
            return true;
    }
    *error = FileErrors::notWritten(what);
    return false;
}
