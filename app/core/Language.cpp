#include "Language.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#include <vector>

namespace {
Language::Code g_current = Language::Vietnamese;
std::vector<std::unique_ptr<QTranslator>> g_translators;

bool loadInto(const QString &name, Language::Code code)
{
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral("%1_%2").arg(name, Language::key(code));
    if (!translator->load(file, QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(translator.get());
    g_translators.push_back(std::move(translator));
    return true;
}
} // namespace

Language::Code Language::current()
{
    return g_current;
}

QLocale Language::locale()
{
    return g_current == English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

bool Language::install(Code code)
{
    for (const auto &translator : g_translators)
        QCoreApplication::removeTranslator(translator.get());
    g_translators.clear();
    g_current = code;
    QLocale::setDefault(locale());
    if (code == English)
        return loadInto(QStringLiteral("thads"), English);
    // Qt's own strings (buttons, standard dialogs) first, ours take precedence.
    const bool qtLoaded = loadInto(QStringLiteral("qtbase"), Vietnamese);
    return loadInto(QStringLiteral("thads"), Vietnamese) && qtLoaded;
}

bool Language::fromKey(const QString &key, Code *code)
{
    if (key == QLatin1String("vi")) {
        *code = Vietnamese;
        return true;
    }
    if (key == QLatin1String("en")) {
        *code = English;
        return true;
    }
    return false;
}

QString Language::key(Code code)
{
    return code == English ? QStringLiteral("en") : QStringLiteral("vi");
}
