#include "Cli.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Charts for the report need a QApplication; a command-line tool draws them offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return Cli().run(app.arguments().mid(1));
}
