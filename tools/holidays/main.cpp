// thads-holidays: writes Vietnam's public holidays for 2019–2035, the lunar
// dates computed here once, as resources/data/holidays-vn.csv (README,
// "Working days"). Usage: thads-holidays [--output FILE]; standard output without.
#include "HolidayRules.h"
#include "WholeFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("thads-holidays"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the public holidays file of THADS (holidays-vn.csv)."));
    parser.addHelpOption();
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOption(output);
    parser.process(app);

    const QByteArray bytes = HolidayRules::csv();
    QString error;
    if (parser.isSet(output)) {
        if (!WholeFile::write(parser.value(output), bytes, &error)) {
            std::fprintf(stderr, "thads-holidays: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !WholeFile::writeTo(out, bytes, QStringLiteral("holidays"), &error)) {
        std::fprintf(stderr, "thads-holidays: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
