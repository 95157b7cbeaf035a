#pragma once

#include <QString>

namespace dr {

// The two UI languages. Tables that carry both names (statuses, unit types) pick by this.
enum class Language { English, Japanese };

Language uiLanguage();
void setUiLanguage(Language language);
QString languageCode(Language language); // "en" / "ja"
// "ja", "ja_JP", "en_US" ...; anything not Japanese is English.
Language languageFromLocaleName(const QString &name);

} // namespace dr
