import QtQuick
import QtTest
import Promenade
import Promenade.Ui

// The question a repository's endpoint raises: it names the endpoint and the token, opens by
// itself, "Trust and Send" keeps the answer in the trust store (and asks the next question),
// "Don't Send" and Escape keep nothing and do not ask again.
TestCase {
    id: testCase
    name: "TrustEndpointDialog"
    when: windowShown
    visible: true
    width: 900
    height: 640

    readonly property string repository: "/tmp/promenade-trust-test/repo"

    EndpointTrustController {
        id: trust
        storeFile: "/tmp/promenade-trust-test/" + Date.now() + "/trusted-endpoints.conf"
    }

    TrustEndpointDialog {
        id: dialog
        trust: trust
    }

    function test_asksAndRemembers() {
        verify(!dialog.visible)
        trust.ask("argocd", "https://argocd.example.com", "your Argo CD token (ARGOCD_AUTH_TOKEN)", testCase.repository)
        trust.ask("github", "https://ghe.example.com/api/v3", "your GitHub token (GITHUB_TOKEN)", testCase.repository)
        tryVerify(() => dialog.opened)
        const question = findChild(dialog.contentItem, "trustQuestion")
        compare(question.text, "This repository asks Promenade to send your Argo CD token to https://argocd.example.com.")
        verify(findChild(dialog.contentItem, "trustExplanation").text.indexOf("ARGOCD_AUTH_TOKEN") >= 0)
        verify(findChild(dialog.contentItem, "trustExplanation").text.indexOf("repo's promenade.yaml") >= 0)
        const accept = findChild(dialog.footer, "trustAccept")
        compare(accept.Accessible.name, "Trust https://argocd.example.com with your Argo CD token")
        mouseClick(accept)
        verify(trust.isTrusted("argocd", "https://argocd.example.com/", testCase.repository))
        verify(!trust.isTrusted("argocd", "https://argocd.example.com", "/tmp/promenade-trust-test/other"))

        // The next question, in the same dialog.
        tryCompare(question, "text", "This repository asks Promenade to send your GitHub token to https://ghe.example.com/api/v3.")
        verify(dialog.visible)
        mouseClick(findChild(dialog.footer, "trustDecline"))
        tryVerify(() => !dialog.visible)
        verify(!trust.asking)
        verify(!trust.isTrusted("github", "https://ghe.example.com/api/v3", testCase.repository))

        // Answered: not asked again in this session.
        trust.ask("github", "https://ghe.example.com/api/v3", "your GitHub token (GITHUB_TOKEN)", testCase.repository)
        trust.ask("argocd", "https://argocd.example.com", "your Argo CD token (ARGOCD_AUTH_TOKEN)", testCase.repository)
        wait(50)
        verify(!trust.asking)
        verify(!dialog.visible)
    }

    function test_escapeSendsNothing() {
        trust.ask("argocd", "https://other.example.com:8443", "your Argo CD token (ARGOCD_AUTH_TOKEN)", testCase.repository)
        tryVerify(() => dialog.opened)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        verify(!trust.asking)
        verify(!trust.isTrusted("argocd", "https://other.example.com:8443", testCase.repository))
    }
}
