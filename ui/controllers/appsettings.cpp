#include "appsettings.h"

#include <QSettings>

namespace {
QString validTheme(const QString &mode)
{
    return mode == u"light" || mode == u"dark" ? mode : QStringLiteral("system");
}

QString validLanguage(const QString &language)
{
    return language == u"en" || language == u"de" || language == u"es" ? language : QString();
}

// The language this process started with: read once, as main.cpp did before any change.
QString startupLanguage()
{
    static const QString language
        = validLanguage(QSettings().value(QLatin1String(AppSettings::languageKey)).toString());
    return language;
}
} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
    , m_startupLanguage(startupLanguage())
{
    const QSettings settings;
    m_themeMode = validTheme(settings.value(QLatin1String(themeKey)).toString());
    m_language = validLanguage(settings.value(QLatin1String(languageKey)).toString());
}

void AppSettings::setThemeMode(const QString &mode)
{
    const QString valid = validTheme(mode);
    if (valid == m_themeMode)
        return;
    m_themeMode = valid;
    QSettings().setValue(QLatin1String(themeKey), valid);
    Q_EMIT themeModeChanged();
}

void AppSettings::setLanguage(const QString &language)
{
    const QString valid = validLanguage(language);
    if (valid == m_language)
        return;
    m_language = valid;
    QSettings().setValue(QLatin1String(languageKey), valid);
    Q_EMIT languageChanged();
}
