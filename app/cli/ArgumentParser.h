#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

// The options of one thads-cli command: "--name value", "--name=value" or a
// flag. Refusals are one translated sentence naming the option.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

public:
    void addOption(const QString &name) { m_valued.insert(name); }
    void addFlag(const QString &name) { m_flags.insert(name); }

    bool parse(const QStringList &arguments, QString *error);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }

private:
    QSet<QString> m_valued;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
};
