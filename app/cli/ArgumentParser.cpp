#include "ArgumentParser.h"

bool ArgumentParser::parse(const QStringList &arguments, QString *error)
{
    m_values.clear();
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument.size() < 3) {
            *error = tr("unexpected argument \"%1\"").arg(argument);
            return false;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name.truncate(equals);
        }
        if (m_flags.contains(name)) {
            if (inlineValue) {
                *error = tr("the option --%1 takes no value").arg(name);
                return false;
            }
        } else if (m_valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                    *error = tr("the option --%1 needs a value").arg(name);
                    return false;
                }
                value = arguments.at(++i);
            }
        } else {
            *error = tr("unknown option --%1").arg(name);
            return false;
        }
        if (m_values.contains(name)) {
            *error = tr("the option --%1 is given twice").arg(name);
            return false;
        }
        m_values.insert(name, value);
    }
    return true;
}
