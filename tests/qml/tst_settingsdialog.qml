import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The settings dialog: the theme applies at once (Theme follows it), the language says it
// needs a restart, the endpoints ask for a repository first, and the credentials say where a
// token would come from (and that no keychain runs, where none does).
TestCase {
    id: testCase
    name: "SettingsDialog"
    when: windowShown
    visible: true
    width: 1000
    height: 760

    AppSettings {
        id: appSettings
    }
    SettingsController {
        id: settingsController
    }
    Binding {
        target: Theme
        property: "mode"
        value: appSettings.themeMode
    }

    SettingsDialog {
        id: dialog
        appSettings: appSettings
        settings: settingsController
    }

    function init() {
        dialog.currentTab = 0
        dialog.open()
        tryVerify(() => dialog.opened)
    }
    function cleanup() {
        dialog.close()
        tryVerify(() => !dialog.visible)
        appSettings.themeMode = "system"
        appSettings.language = ""
    }

    function test_theme() {
        const systemDark = Theme.system.window.hslLightness < 0.5
        const dark = findChild(dialog.contentItem, "theme_dark")
        verify(dark)
        compare(dark.Accessible.name, "Dark theme")
        mouseClick(dark)
        compare(appSettings.themeMode, "dark")
        verify(dark.checked)
        verify(Theme.dark)
        mouseClick(findChild(dialog.contentItem, "theme_light"))
        compare(appSettings.themeMode, "light")
        verify(!Theme.dark)
        mouseClick(findChild(dialog.contentItem, "theme_system"))
        compare(Theme.dark, systemDark)
    }

    function test_language() {
        const box = findChild(dialog.contentItem, "languageChoice")
        const note = findChild(dialog.contentItem, "restartNote")
        compare(box.currentValue, "")
        verify(!note.visible)
        box.currentIndex = box.indexOfValue("es")
        box.activated(box.currentIndex)
        compare(appSettings.language, "es")
        verify(note.visible)
        compare(note.text, "The new language applies after Promenade is restarted.")
    }

    function test_endpointsNeedARepository() {
        dialog.currentTab = 1
        const note = findChild(dialog.contentItem, "endpointsNote")
        verify(note.visible)
        verify(note.text.indexOf("Open a repository") === 0)
        verify(!findChild(dialog.contentItem, "saveEndpoints").visible)
    }

    function test_credentials() {
        dialog.currentTab = 2
        // GitHub at least, with where its token comes from (here: nowhere).
        tryVerify(() => findChild(dialog.contentItem, "credential0") !== null)
        const row = findChild(dialog.contentItem, "credential0")
        compare(row.service, "GitHub")
        tryVerify(() => !row.busy)
        const source = findChild(row, "tokenSource")
        verify(source.text.indexOf("No token found") === 0 || source.text.indexOf("Token in use: from ") === 0)
        compare(findChild(dialog.contentItem, "noKeychain").visible, !settingsController.keychainAvailable)
        if (!settingsController.keychainAvailable)
            verify(findChild(dialog.contentItem, "noKeychain").children[0].text.indexOf("GH_TOKEN") > 0)
    }
}
