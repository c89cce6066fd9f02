import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Promenade
import Promenade.Ui

// Settings: the look (theme, language), the open repository's endpoints over what its
// promenade.yaml says, and the tokens per service in the system keychain. Theme and language
// apply as they are chosen; endpoints when saved; a token when stored.
Dialog {
    id: root

    required property AppSettings appSettings
    required property SettingsController settings
    property alias currentTab: tabs.currentIndex
    readonly property int labelWidth: 170

    title: qsTr("Settings")
    modal: true
    anchors.centerIn: Overlay.overlay
    Overlay.modal: Rectangle { color: Qt.rgba(0, 0, 0, 0.4) }
    background: Rectangle {
        color: Theme.window
        border.color: Theme.cardBorder
        radius: 6
    }
    header: Label {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.titleFontSize - 2
        font.bold: true
        leftPadding: 20
        topPadding: 16
        bottomPadding: 10
    }
    width: Math.min((parent ? parent.width : 800) - 48, 760)
    height: Math.min((parent ? parent.height : 700) - 48, 640)
    padding: 0
    topPadding: 0

    // Afresh each time: the live endpoints are known once the repository's status started.
    // While shown, the form follows the repository (another one opened, the demo's services).
    onAboutToShow: {
        settings.active = true
        settings.load()
        settings.refreshCredentials()
    }
    // Unsaved endpoint edits are dropped with the dialog, as its Close button says.
    onClosed: {
        if (settings.modified)
            settings.load()
        settings.active = false
    }

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: 12
        color: Theme.text
        font.pixelSize: Theme.fontSize + 2
        font.bold: true
    }
    component Explanation: Label {
        Layout.fillWidth: true
        color: Theme.mutedText
        font.pixelSize: Theme.fontSize
        wrapMode: Text.Wrap
    }
    component Problem: Label {
        Layout.fillWidth: true
        visible: text.length > 0
        color: Theme.danger
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
    }

    // A child, not contentItem: the ids inside stay immediate (contentItem is deferred).
    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "settingsTabs"
            Layout.fillWidth: true
            TabButton {
                font.bold: checked
                text: qsTr("General")
                Accessible.name: qsTr("General settings")
            }
            TabButton {
                font.bold: checked
                objectName: "endpointsTab"
                text: qsTr("Endpoints")
                Accessible.name: qsTr("Endpoints of this repository")
            }
            TabButton {
                font.bold: checked
                objectName: "credentialsTab"
                text: qsTr("Credentials")
                Accessible.name: qsTr("Credentials")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // --- General ---------------------------------------------------------------------
            ScrollView {
                id: generalPage
                contentWidth: availableWidth
                ColumnLayout {
                    x: 20
                    width: generalPage.availableWidth - 40
                    spacing: 6

                    SectionTitle { text: qsTr("Theme") }
                    Row {
                        objectName: "themeChoice"
                        spacing: 4
                        Accessible.role: Accessible.Grouping
                        Accessible.name: qsTr("Theme")
                        Repeater {
                            model: [
                                { mode: "system", label: qsTr("System") },
                                { mode: "light", label: qsTr("Light") },
                                { mode: "dark", label: qsTr("Dark") }
                            ]
                            delegate: Segment {
                                required property var modelData
                                objectName: "theme_" + modelData.mode
                                text: modelData.label
                                checked: root.appSettings.themeMode === modelData.mode
                                onClicked: root.appSettings.themeMode = modelData.mode
                                Accessible.name: qsTr("%1 theme").arg(modelData.label)
                            }
                        }
                    }
                    Explanation {
                        text: qsTr("System follows the light or dark appearance of your desktop.")
                    }

                    SectionTitle { text: qsTr("Language") }
                    PickerComboBox {
                        id: languageBox
                        objectName: "languageChoice"
                        Layout.preferredWidth: 260
                        textRole: "label"
                        valueRole: "code"
                        model: [
                            { code: "", label: qsTr("System default") },
                            { code: "en", label: "English" },
                            { code: "de", label: "Deutsch" },
                            { code: "es", label: "Español" }
                        ]
                        currentIndex: indexOfValue(root.appSettings.language)
                        Component.onCompleted: currentIndex = indexOfValue(root.appSettings.language)
                        onActivated: root.appSettings.language = currentValue
                        Accessible.name: qsTr("Language")
                    }
                    Explanation {
                        objectName: "restartNote"
                        visible: root.appSettings.restartNeeded
                        color: Theme.warning
                        text: qsTr("The new language applies after Promenade is restarted.")
                    }
                }
            }

            // --- Endpoints -------------------------------------------------------------------
            ScrollView {
                id: endpointsPage
                contentWidth: availableWidth
                ColumnLayout {
                    x: 20
                    width: endpointsPage.availableWidth - 40
                    spacing: 6

                    Explanation {
                        objectName: "endpointsNote"
                        Layout.topMargin: 12
                        text: !root.settings.editable && root.settings.repositoryName.length === 0
                              ? qsTr("Open a repository to set how Promenade reaches its Argo CD, GitHub and registries.")
                              : !root.settings.editable
                              ? qsTr("The demo's services run inside Promenade on this computer; these are their addresses. Endpoint settings apply to your own repositories.")
                              : qsTr("For %1, over what its promenade.yaml says: for you only, kept on this computer and never written into the repository. Leave a field empty to use what the repository says (shown in grey).").arg(root.settings.repositoryName)
                    }

                    SectionTitle {
                        text: qsTr("Argo CD")
                        visible: argoRepeater.count > 0
                    }
                    Repeater {
                        id: argoRepeater
                        model: root.settings.argoCd
                        delegate: ColumnLayout {
                            id: argoRow
                            required property var model
                            required property string key
                            required property string label
                            required property string detail
                            required property string declared
                            required property string url
                            required property bool insecure
                            required property string problem
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8
                                ColumnLayout {
                                    Layout.preferredWidth: root.labelWidth
                                    Layout.maximumWidth: root.labelWidth
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: argoRow.label
                                        color: Theme.text
                                        font.bold: argoRow.key === "*"
                                        elide: Text.ElideRight
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: text.length > 0
                                        text: argoRow.detail
                                        color: Theme.mutedText
                                        font.pixelSize: Theme.smallFontSize
                                        elide: Text.ElideRight
                                    }
                                }
                                TextField {
                                    objectName: "argoUrl_" + argoRow.key
                                    Layout.fillWidth: true
                                    text: argoRow.url
                                    enabled: root.settings.editable
                                    selectByMouse: true
                                    placeholderText: argoRow.declared.length > 0 ? argoRow.declared : qsTr("not set in promenade.yaml")
                                    Accessible.name: qsTr("Argo CD URL for %1").arg(argoRow.label)
                                    onTextEdited: argoRow.model.url = text
                                }
                                CheckBox {
                                    text: qsTr("Skip TLS check")
                                    checked: argoRow.insecure
                                    enabled: root.settings.editable && argoRow.url.length > 0
                                    Accessible.name: qsTr("Skip TLS certificate verification for %1").arg(argoRow.label)
                                    ToolTip.visible: hovered
                                    ToolTip.delay: 500
                                    ToolTip.text: qsTr("Only for a lab instance with a self-signed certificate: the connection is then not protected against interception.")
                                    onToggled: argoRow.model.insecure = checked
                                }
                            }
                            Problem {
                                Layout.leftMargin: root.labelWidth + 8
                                text: argoRow.problem
                            }
                        }
                    }

                    SectionTitle {
                        text: qsTr("GitHub")
                        visible: root.settings.repositoryName.length > 0
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: root.settings.repositoryName.length > 0
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                Layout.preferredWidth: root.labelWidth
                                text: qsTr("API URL")
                                color: Theme.text
                            }
                            TextField {
                                objectName: "gitHubUrl"
                                Layout.fillWidth: true
                                text: root.settings.gitHubUrl
                                enabled: root.settings.editable
                                selectByMouse: true
                                placeholderText: root.settings.declaredGitHubUrl
                                Accessible.name: qsTr("GitHub API URL")
                                onTextEdited: root.settings.gitHubUrl = text
                            }
                        }
                        Problem {
                            Layout.leftMargin: root.labelWidth + 8
                            text: root.settings.gitHubUrlProblem
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Layout.topMargin: 4
                            spacing: 8
                            Label {
                                Layout.preferredWidth: root.labelWidth
                                text: qsTr("Repository")
                                color: Theme.text
                            }
                            TextField {
                                objectName: "gitHubRepository"
                                Layout.fillWidth: true
                                text: root.settings.gitHubRepository
                                enabled: root.settings.editable
                                selectByMouse: true
                                placeholderText: root.settings.declaredGitHubRepository.length > 0 ? root.settings.declaredGitHubRepository : qsTr("OWNER/NAME (pull requests go there)")
                                Accessible.name: qsTr("GitHub repository for pull requests")
                                onTextEdited: root.settings.gitHubRepository = text
                            }
                        }
                        Problem {
                            Layout.leftMargin: root.labelWidth + 8
                            text: root.settings.gitHubRepositoryProblem
                        }
                    }

                    SectionTitle {
                        text: qsTr("Registries")
                        visible: registryRepeater.count > 0
                    }
                    Repeater {
                        id: registryRepeater
                        model: root.settings.registries
                        delegate: ColumnLayout {
                            id: registryRow
                            required property var model
                            required property string key
                            required property string declared
                            required property string url
                            required property string problem
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8
                                Label {
                                    Layout.preferredWidth: root.labelWidth
                                    Layout.maximumWidth: root.labelWidth
                                    text: registryRow.key
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                TextField {
                                    objectName: "registryUrl_" + registryRow.key
                                    Layout.fillWidth: true
                                    text: registryRow.url
                                    enabled: root.settings.editable
                                    selectByMouse: true
                                    placeholderText: registryRow.declared.length > 0 ? registryRow.declared : "https://" + registryRow.key
                                    Accessible.name: qsTr("URL for the registry %1").arg(registryRow.key)
                                    onTextEdited: registryRow.model.url = text
                                }
                            }
                            Problem {
                                Layout.leftMargin: root.labelWidth + 8
                                text: registryRow.problem
                            }
                        }
                    }

                    SectionTitle {
                        text: qsTr("Trusted with your credentials")
                        visible: root.settings.editable
                    }
                    Explanation {
                        objectName: "trustedNote"
                        visible: root.settings.editable
                        text: trustedRepeater.count === 0
                              ? qsTr("No endpoint that %1 names is trusted with a token that is not tied to it (ARGOCD_AUTH_TOKEN, GITHUB_TOKEN). Promenade asks when the repository names one; the argocd CLI's, gh's and Docker's logins go only to their own servers.").arg(root.settings.repositoryName)
                              : qsTr("These endpoints receive your tokens for %1. Revoke one to send it nothing but anonymous requests.").arg(root.settings.repositoryName)
                    }
                    Repeater {
                        id: trustedRepeater
                        model: root.settings.trustedEndpoints
                        delegate: RowLayout {
                            id: trustedRow
                            required property int index
                            required property string service
                            required property string url
                            required property string origin
                            required property string repository
                            required property string trustedAt
                            objectName: "trusted" + index
                            Layout.fillWidth: true
                            spacing: 8
                            Label {
                                Layout.preferredWidth: root.labelWidth
                                Layout.maximumWidth: root.labelWidth
                                text: trustedRow.service
                                color: Theme.text
                                elide: Text.ElideRight
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    Layout.fillWidth: true
                                    text: trustedRow.url
                                    color: Theme.text
                                    elide: Text.ElideMiddle
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: (trustedRow.origin === "settings" ? qsTr("set in these settings") : qsTr("confirmed %1").arg(trustedRow.trustedAt))
                                          + (trustedRow.repository === "*" ? qsTr(", for every repository") : "")
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.smallFontSize
                                    elide: Text.ElideRight
                                }
                            }
                            Button {
                                objectName: "revokeTrust" + trustedRow.index
                                text: qsTr("Revoke", "no longer trust an endpoint with credentials")
                                enabled: trustedRow.origin !== "settings"
                                Accessible.name: qsTr("No longer send your %1 token to %2").arg(trustedRow.service).arg(trustedRow.url)
                                ToolTip.visible: hovered && !enabled
                                ToolTip.delay: 500
                                ToolTip.text: qsTr("Set in the fields above: empty the field and save to stop using it.")
                                onClicked: root.settings.revokeTrust(trustedRow.index)
                            }
                        }
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.topMargin: 12
                        Layout.bottomMargin: 12
                        visible: root.settings.editable
                        spacing: 8
                        Label {
                            Layout.fillWidth: true
                            text: root.settings.modified ? qsTr("Unsaved changes") : ""
                            color: Theme.warning
                        }
                        Button {
                            text: qsTr("Revert", "discard the unsaved changes")
                            enabled: root.settings.modified
                            Accessible.name: qsTr("Revert the endpoint changes")
                            onClicked: root.settings.load()
                        }
                        Button {
                            objectName: "saveEndpoints"
                            text: qsTr("Save")
                            highlighted: true
                            enabled: root.settings.canSave
                            Accessible.name: qsTr("Save the endpoints and reconnect")
                            onClicked: root.settings.save()
                        }
                    }
                }
            }

            // --- Credentials -----------------------------------------------------------------
            ScrollView {
                id: credentialsPage
                contentWidth: availableWidth
                ColumnLayout {
                    x: 20
                    width: credentialsPage.availableWidth - 40
                    spacing: 8

                    Explanation {
                        Layout.topMargin: 12
                        text: qsTr("A token stored here is kept in the system keychain and used ahead of the environment and the tools' own config files. Promenade never shows a token, only where it comes from.")
                    }

                    Rectangle {
                        objectName: "noKeychain"
                        Layout.fillWidth: true
                        visible: !root.settings.keychainAvailable
                        implicitHeight: noKeychainText.implicitHeight + 20
                        radius: 4
                        color: "transparent"
                        border.color: Theme.warning
                        Label {
                            id: noKeychainText
                            anchors.fill: parent
                            anchors.margins: 10
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("No system keychain is available here (%1), so tokens cannot be stored. Set them in the environment instead: ARGOCD_AUTH_TOKEN for Argo CD, GH_TOKEN or GITHUB_TOKEN for GitHub (GH_ENTERPRISE_TOKEN for GitHub Enterprise), or sign in with “argocd login” and “gh auth login”.")
                                  .arg(root.settings.keychainStatus.replace(/^no system keychain is available \((.*)\).*$/, "$1"))
                        }
                    }

                    Repeater {
                        id: credentialRepeater
                        model: root.settings.credentials
                        delegate: Rectangle {
                            id: credential
                            required property int index
                            required property string service
                            required property string endpoint
                            required property string source
                            required property bool stored
                            required property bool busy
                            required property string message
                            required property string hint
                            objectName: "credential" + index
                            Layout.fillWidth: true
                            implicitHeight: credentialColumn.implicitHeight + 20
                            radius: Theme.radius
                            color: Theme.card
                            border.color: Theme.cardBorder

                            ColumnLayout {
                                id: credentialColumn
                                anchors.fill: parent
                                anchors.margins: 10
                                spacing: 6
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: 8
                                    Label {
                                        text: credential.service
                                        color: Theme.text
                                        font.bold: true
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: credential.endpoint
                                        color: Theme.mutedText
                                        elide: Text.ElideMiddle
                                    }
                                    LoadingIndicator {
                                        running: credential.busy
                                        visible: running
                                        implicitWidth: 20
                                        implicitHeight: 20
                                    }
                                }
                                Label {
                                    objectName: "tokenSource"
                                    Layout.fillWidth: true
                                    wrapMode: Text.Wrap
                                    text: credential.busy ? qsTr("Looking…")
                                          : credential.source.length > 0 ? qsTr("Token in use: from %1").arg(credential.source)
                                          : qsTr("No token found: requests go without one (enough only for public data).")
                                    color: credential.source.length > 0 ? Theme.success : Theme.warning
                                }
                                RowLayout {
                                    Layout.fillWidth: true
                                    visible: root.settings.editable
                                    spacing: 6
                                    TextField {
                                        id: tokenField
                                        Layout.fillWidth: true
                                        echoMode: TextInput.Password
                                        enabled: root.settings.keychainAvailable && !credential.busy
                                        placeholderText: root.settings.keychainAvailable ? qsTr("Paste a token to keep in the keychain") : qsTr("No keychain: use the environment")
                                        Accessible.name: qsTr("New %1 token for %2").arg(credential.service).arg(credential.endpoint)
                                        onAccepted: storeButton.clicked()
                                    }
                                    Button {
                                        id: storeButton
                                        text: qsTr("Store", "store the token in the system keychain")
                                        enabled: tokenField.enabled && tokenField.text.length > 0
                                        Accessible.name: qsTr("Store the %1 token in the system keychain").arg(credential.service)
                                        onClicked: {
                                            root.settings.storeToken(credential.index, tokenField.text)
                                            tokenField.clear()
                                        }
                                    }
                                    Button {
                                        objectName: "removeToken"
                                        text: qsTr("Remove", "remove the token from the system keychain")
                                        enabled: credential.stored && !credential.busy
                                        Accessible.name: qsTr("Remove the %1 token from the system keychain").arg(credential.service)
                                        onClicked: root.settings.removeToken(credential.index)
                                    }
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: credential.message
                                    color: Theme.text
                                    font.pixelSize: Theme.smallFontSize
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: credential.hint
                                    color: Theme.mutedText
                                    font.pixelSize: Theme.smallFontSize
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                    Item { implicitHeight: 12 }
                }
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close the settings")
        }
    }
}
