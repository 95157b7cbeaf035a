#pragma once

#include "model/Language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

#include <memory>

// Puts the console in a UI language the way drconsole does at start: its own translations
// (:/i18n/drconsole_XX.qm), Qt's (qtbase_XX, for the dialog buttons' Cancel, Close...) and the
// language of the status and unit-type tables. Every GUI test that shoots or checks Japanese
// goes through this, so a Japanese picture is never English text with a Japanese name.
namespace drtest {

class UiLanguage
{
public:
    // `code` is "en" or "ja". ok() says whether both translators loaded.
    explicit UiLanguage(const QString &code) : m_language(dr::languageFromLocaleName(code))
    {
        const QString lang = dr::languageCode(m_language);
        m_ok = m_own.load(QStringLiteral(":/i18n/drconsole_%1.qm").arg(lang)) &&
               m_qt.load(QStringLiteral("qtbase_%1").arg(lang),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        QCoreApplication::installTranslator(&m_own);
        QCoreApplication::installTranslator(&m_qt);
        dr::setUiLanguage(m_language);
        // Installing a translator posts LanguageChange; deliver it now, as the console installs
        // its translators before any window exists (a late one would reset the buttons' texts).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    ~UiLanguage()
    {
        QCoreApplication::removeTranslator(&m_qt);
        QCoreApplication::removeTranslator(&m_own);
        dr::setUiLanguage(dr::Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    bool ok() const { return m_ok; }
    dr::Language language() const { return m_language; }
    bool japanese() const { return m_language == dr::Language::Japanese; }

private:
    dr::Language m_language;
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ok = false;
};

// Qt's own "Cancel" in the language now installed (キャンセル in Japanese).
inline QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

inline QString qtClose()
{
    return QCoreApplication::translate("QPlatformTheme", "Close");
}

} // namespace drtest
