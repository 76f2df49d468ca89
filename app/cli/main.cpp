#include "Cli.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

#include <memory>

namespace {
// A refusal is one line of thads-cli's own words; what the libraries say on
// the way (libpng's "Write Error", font warnings) only with THADS_DEBUG set.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const bool debug = !qEnvironmentVariableIsEmpty("THADS_DEBUG");
    if (debug || type == QtFatalMsg)
        QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}
} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietMessages);
    // The report's charts need a QApplication, drawn offscreen; the other
    // commands make do with a QCoreApplication (and keep stderr to their own words).
    bool charts = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        charts |= argument == "report" || argument == "pack" || argument == "export";
    }
    std::unique_ptr<QCoreApplication> app;
    if (charts) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) { // or Qt warns about it on stderr
            const QString runtime = QDir::temp().filePath(QStringLiteral("thads-runtime-%1").arg(getuid()));
            QDir().mkpath(runtime);
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Settings and the default database are shared by thads and thads-cli.
    QCoreApplication::setOrganizationName(QStringLiteral("THADS"));
    QCoreApplication::setApplicationName(QStringLiteral("thads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return Cli().run(QCoreApplication::arguments().mid(1));
}
