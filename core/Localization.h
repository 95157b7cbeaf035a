#pragma once

#include "model/Language.h"

class QCoreApplication;

namespace dr {

// Loads the console's own translations (embedded under :/i18n) and Qt's for the UI language.
class Localization
{
public:
    static Language systemLanguage();
    // `requested` is "ja", "en" or empty (follow the system locale).
    static Language choose(const QString &requested);
    static void install(QCoreApplication &app, Language language);
};

} // namespace dr
