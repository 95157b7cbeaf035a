#include "Language.h"

#include <atomic>

namespace dr {

namespace {
std::atomic<Language> g_language{Language::English};
}

Language uiLanguage()
{
    return g_language.load();
}

void setUiLanguage(Language language)
{
    g_language.store(language);
}

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

Language languageFromLocaleName(const QString &name)
{
    return name.startsWith(QLatin1String("ja")) ? Language::Japanese : Language::English;
}

} // namespace dr
