#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

// The UI language: Vietnamese by default, English on request. Installs the
// project's catalogue and the Qt catalogue beside it, and can switch at runtime.
class Language
{
public:
    enum Code { Vietnamese, English };

    static Code current();
    static bool isEnglish() { return current() == English; }
    // The locale numbers, dates and money are written in for people.
    static QLocale locale();

    // Replaces the installed translators; QEvent::LanguageChange reaches every widget.
    static bool install(Code code);

    static bool fromKey(const QString &key, Code *code); // "vi" | "en"
    static QString key(Code code);
};
