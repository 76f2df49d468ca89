#include "FileErrors.h"

#include <QDir>
#include <QFileDevice>

namespace {
QString diskFull()
{
    return FileErrors::tr("writing failed (the disk may be full)");
}
} // namespace

QString FileErrors::notWritten(const QString &path)
{
    return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), diskFull());
}

QString FileErrors::notWritten(const QString &path, const QFileDevice &file)
{
    QString reason;
    switch (file.error()) {
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        reason = tr("the file cannot be created there (the folder does not allow writing)");
        break;
    case QFileDevice::WriteError:
    case QFileDevice::ResizeError:
        reason = diskFull();
        break;
    default:
        reason = file.errorString();
        break;
    }
    return tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
}
