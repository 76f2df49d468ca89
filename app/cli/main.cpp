#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    return Cli().run(app.arguments().mid(1));
}
