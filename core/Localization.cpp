#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dr {

Language Localization::systemLanguage()
{
    const QLocale locale = QLocale::system();
    return locale.language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

Language Localization::choose(const QString &requested)
{
    if (requested.isEmpty())
        return systemLanguage();
    return languageFromLocaleName(requested);
}

void Localization::install(QCoreApplication &app, Language language)
{
    setUiLanguage(language);
    const QString code = languageCode(language);
    QLocale::setDefault(QLocale(language == Language::Japanese ? QLocale::Japanese : QLocale::English,
                                language == Language::Japanese ? QLocale::Japan : QLocale::UnitedStates));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/drconsole_%1.qm").arg(code)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace dr
