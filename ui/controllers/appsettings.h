#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The application-wide preferences, in QSettings: the theme ("system", "light", "dark"; the
// QML Theme singleton follows themeMode) and the interface language ("" for the system's, or
// "en", "de", "es"; key "ui/language", read by main.cpp when it loads the translator, so a
// change applies after a restart: restartNeeded says so).
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeModeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY languageChanged)

public:
    static constexpr auto themeKey = "ui/theme";
    static constexpr auto languageKey = "ui/language";

    explicit AppSettings(QObject *parent = nullptr);

    [[nodiscard]] QString themeMode() const { return m_themeMode; }
    void setThemeMode(const QString &mode); // anything else than light/dark is "system"
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language); // "", "en", "de", "es"; anything else is ""
    // The language differs from the one this run started with.
    [[nodiscard]] bool restartNeeded() const { return m_language != m_startupLanguage; }

Q_SIGNALS:
    void themeModeChanged();
    void languageChanged();

private:
    QString m_themeMode;
    QString m_language;
    QString m_startupLanguage;
};
