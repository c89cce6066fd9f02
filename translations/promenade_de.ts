<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppMatrixModel</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1&apos;s overlays do not deploy this app</source>
        <translation>Die Overlays von %1 stellen diese App nicht bereit</translation>
    </message>
    <message>
        <source>Declared: %1 (%2)</source>
        <translation>Deklariert: %1 (%2)</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>Declared: %1 from the base (%2, not pinned by the overlay)</source>
        <translation>Deklariert: %1 aus der Basis (%2, nicht vom Overlay festgelegt)</translation>
    </message>
    <message>
        <source>Running: %1 · %2 · %3</source>
        <translation>Läuft: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Running: not reported by Argo CD</source>
        <translation>Läuft: von Argo CD nicht gemeldet</translation>
    </message>
    <message>
        <source>Running: no live status (yet)</source>
        <translation>Läuft: (noch) kein Live-Status</translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2 (opens a pull request)</source>
        <translation>Klicken oder Eingabetaste drücken, um %1 aus %2 hochzustufen (öffnet einen Pull-Request)</translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2 (direct commit)</source>
        <translation>Klicken oder Eingabetaste drücken, um %1 aus %2 hochzustufen (direkter Commit)</translation>
    </message>
    <message>
        <source>Available: the declared tag is the newest in the registry</source>
        <translation>Verfügbar: Das deklarierte Tag ist das neueste in der Registry</translation>
    </message>
    <message>
        <source>Available: %1 is the newest tag in the registry</source>
        <translation>Verfügbar: %1 ist das neueste Tag in der Registry</translation>
    </message>
    <message>
        <source>%1 pins %2 %3</source>
        <translation>%1 pinnt %2 %3</translation>
    </message>
    <message>
        <source>Helm chart %1 (%2)</source>
        <translation>Helm-Chart %1 (%2)</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>repository not known</source>
        <translation>Repository nicht bekannt</translation>
    </message>
    <message>
        <source>Argo CD: %1 · %2 · %3</source>
        <translation>Argo CD: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Argo CD: not reported (yet)</source>
        <translation>Argo CD: (noch) nicht gemeldet</translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2</source>
        <translation>Klicken oder Eingabetaste drücken, um %1 aus %2 hochzustufen</translation>
    </message>
</context>
<context>
    <name>ApplicationSetExpander</name>
    <message>
        <source>ApplicationSet %1: %2</source>
        <translation>ApplicationSet %1: %2</translation>
    </message>
    <message>
        <source>it uses %1, which Promenade does not evaluate</source>
        <translation>Es verwendet %1, was Promenade nicht auswertet</translation>
    </message>
    <message>
        <source>a list generator element is not a mapping; it is left out</source>
        <translation>Ein Element des list-Generators ist kein Mapping; es wird ausgelassen</translation>
    </message>
    <message>
        <source>a list generator element has a value that is not text, which needs goTemplate: true; it is left out</source>
        <translation>Ein Element des list-Generators hat einen Wert, der kein Text ist, was goTemplate: true erfordert; es wird ausgelassen</translation>
    </message>
    <message>
        <source>the list generator&apos;s elementsYaml is not valid YAML</source>
        <translation>elementsYaml des list-Generators ist kein gültiges YAML</translation>
    </message>
    <message>
        <source>the git generator reads %1, another repository; its Applications are not known offline</source>
        <translation>Der git-Generator liest %1, ein anderes Repository; seine Applications sind offline nicht bekannt</translation>
    </message>
    <message>
        <source>the git generator lists neither directories nor files</source>
        <translation>Der git-Generator listet weder Verzeichnisse noch Dateien</translation>
    </message>
    <message>
        <source>the git generator cannot read %1</source>
        <translation>Der git-Generator kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>the git generator&apos;s file %1 is not valid JSON</source>
        <translation>Die Datei %1 des git-Generators ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the git generator&apos;s file %1 is not valid YAML</source>
        <translation>Die Datei %1 des git-Generators ist kein gültiges YAML</translation>
    </message>
    <message>
        <source>the git generator&apos;s file %1 holds something other than a mapping or a list of them</source>
        <translation>Die Datei %1 des git-Generators enthält etwas anderes als ein Mapping oder eine Liste davon</translation>
    </message>
    <message>
        <source>the matrix generator needs exactly two child generators</source>
        <translation>Der matrix-Generator braucht genau zwei untergeordnete Generatoren</translation>
    </message>
    <message>
        <source>the matrix generator&apos;s second child cannot be rendered (%1)</source>
        <translation>Das zweite Kind des matrix-Generators kann nicht gerendert werden (%1)</translation>
    </message>
    <message>
        <source>the matrix generator&apos;s children give the parameter %1 two different values</source>
        <translation>Die Kinder des matrix-Generators geben dem Parameter %1 zwei verschiedene Werte</translation>
    </message>
    <message>
        <source>the merge generator needs at least two child generators</source>
        <translation>Der merge-Generator braucht mindestens zwei untergeordnete Generatoren</translation>
    </message>
    <message>
        <source>the merge generator needs mergeKeys</source>
        <translation>Der merge-Generator braucht mergeKeys</translation>
    </message>
    <message>
        <source>a generator is not a mapping</source>
        <translation>Ein Generator ist kein Mapping</translation>
    </message>
    <message>
        <source>matrix and merge generators may be nested one level only</source>
        <translation>matrix- und merge-Generatoren dürfen nur eine Ebene tief verschachtelt sein</translation>
    </message>
    <message>
        <source>the %1 generator needs a live server; its Applications are not known offline</source>
        <translation>Der %1-Generator braucht einen Live-Server; seine Applications sind offline nicht bekannt</translation>
    </message>
    <message>
        <source>the generator %1 is not known</source>
        <translation>Der Generator %1 ist nicht bekannt</translation>
    </message>
    <message>
        <source>its templatePatch needs goTemplate: true and is ignored</source>
        <translation>Sein templatePatch erfordert goTemplate: true und wird ignoriert</translation>
    </message>
    <message>
        <source>its template cannot be rendered offline (%1); the Applications it generates are not known</source>
        <translation>Sein Template kann offline nicht gerendert werden (%1); die erzeugten Applications sind nicht bekannt</translation>
    </message>
    <message>
        <source>its templatePatch cannot be rendered offline (%1); the Applications it generates are not known</source>
        <translation>Sein templatePatch kann offline nicht gerendert werden (%1); die erzeugten Applications sind nicht bekannt</translation>
    </message>
    <message>
        <source>its rendered templatePatch is not valid YAML; the Applications it generates are not known</source>
        <translation>Sein gerenderter templatePatch ist kein gültiges YAML; die erzeugten Applications sind nicht bekannt</translation>
    </message>
    <message>
        <source>a generated Application has no name and is left out</source>
        <translation>Eine erzeugte Application hat keinen Namen und wird ausgelassen</translation>
    </message>
    <message>
        <source>it generates the Application %1 twice; the second is left out</source>
        <translation>Es erzeugt die Application %1 zweimal; die zweite wird ausgelassen</translation>
    </message>
    <message>
        <source>it has no generators</source>
        <translation>Es hat keine Generatoren</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>Es kann nicht gelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Preparing the promotion…</source>
        <translation>Hochstufung wird vorbereitet …</translation>
    </message>
    <message>
        <source>(not pinned)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Checking the gates and rendering what will change…</source>
        <translation>Prüfungen laufen, die Änderung wird gerendert …</translation>
    </message>
    <message>
        <source>This promotion cannot be prepared</source>
        <translation>Diese Hochstufung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what is named above (or reload the repository) and try again.</source>
        <translation>Es wurde nichts geändert. Beheben Sie das oben Genannte (oder laden Sie das Repository neu) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Wird gemergt …</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>How it lands</source>
        <translation>Wie die Änderung ankommt</translation>
    </message>
    <message>
        <source>Direct commit</source>
        <translation>Direkter Commit</translation>
    </message>
    <message>
        <source>Commit on the current branch and push it</source>
        <translation>Auf dem aktuellen Branch committen und pushen</translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation>Pull-Request</translation>
    </message>
    <message>
        <source>Push a branch and open a pull request on GitHub</source>
        <translation>Einen Branch pushen und auf GitHub einen Pull-Request öffnen</translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation>Commit-Nachricht</translation>
    </message>
    <message>
        <source>Trailers recorded with the commit</source>
        <translation>Mit dem Commit gespeicherte Trailer</translation>
    </message>
    <message>
        <source>What %1 will deploy differently</source>
        <translation>Was %1 anders bereitstellen wird</translation>
    </message>
    <message>
        <source>The rendered change cannot be shown: %1</source>
        <translation>Die gerenderte Änderung kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Nothing: the rendered manifests are the same.</source>
        <translation>Nichts: Die gerenderten Manifeste sind gleich.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing is changed until you approve (Ctrl+Enter).</source>
        <translation>Nichts wird geändert, bevor Sie freigeben (Strg+Enter).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Merge Pull Request #%1</source>
        <translation>Pull-Request #%1 mergen</translation>
    </message>
    <message>
        <source>Approve Rollback</source>
        <translation>Rollback freigeben</translation>
    </message>
    <message>
        <source>Approve and Open Pull Request</source>
        <translation>Freigeben und Pull-Request öffnen</translation>
    </message>
    <message>
        <source>Approve and Promote</source>
        <translation>Freigeben und hochstufen</translation>
    </message>
    <message>
        <source>Gates</source>
        <comment>the checks before a promotion</comment>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Its checks failed: %1</source>
        <translation>Seine Checks sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Checks: %1</translation>
    </message>
    <message>
        <source>GitHub reports no checks for it</source>
        <translation>GitHub meldet dafür keine Checks</translation>
    </message>
    <message>
        <source>Changes</source>
        <comment>the application&apos;s commits a promotion ships</comment>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Pull request #%1</source>
        <translation>Pull-Request #%1</translation>
    </message>
    <message>
        <source>pull request link</source>
        <translation>Pull-Request-Link</translation>
    </message>
    <message>
        <source>Commit %1 on %2</source>
        <translation>Commit %1 auf %2</translation>
    </message>
    <message>
        <source>commit id</source>
        <translation>Commit-ID</translation>
    </message>
    <message>
        <source>The registry reports %1 for this tag now.</source>
        <translation>Die Registry meldet für dieses Tag jetzt %1.</translation>
    </message>
    <message>
        <source>The registry did not tell its digest.</source>
        <translation>Die Registry hat den Digest nicht mitgeteilt.</translation>
    </message>
    <message>
        <source>Pin the digest</source>
        <translation>Digest festlegen</translation>
    </message>
    <message>
        <source>Pin the digest %1</source>
        <translation>Digest %1 festlegen</translation>
    </message>
    <message>
        <source>Nothing is changed until you approve.</source>
        <translation>Bis zu Ihrer Freigabe wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ArgoCd</name>
    <message>
        <source>%1: not logged in (401): log in or set an API token</source>
        <translation>%1: nicht angemeldet (401): Melden Sie sich an oder setzen Sie ein API-Token</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation>%1: Das Token ist abgelaufen oder ungültig (401)</translation>
    </message>
    <message>
        <source>permission denied (or the application does not exist)</source>
        <translation>Zugriff verweigert (oder die Application existiert nicht)</translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object</source>
        <translation>%1: Die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: login failed (401)</source>
        <translation>%1: Anmeldung fehlgeschlagen (401)</translation>
    </message>
    <message>
        <source>%1: the login answer carries no token</source>
        <translation>%1: Die Antwort auf die Anmeldung enthält kein Token</translation>
    </message>
    <message>
        <source>%1: the watch stream sent a malformed frame (%2)</source>
        <translation>%1: Der Watch-Stream hat einen fehlerhaften Frame gesendet (%2)</translation>
    </message>
    <message>
        <source>%1: the watch stream failed: %2</source>
        <translation>%1: Der Watch-Stream ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (watch stream)</source>
        <translation>%1 (Watch-Stream)</translation>
    </message>
    <message>
        <source>%1: the watch stream was idle too long (timed out)</source>
        <translation>%1: Der Watch-Stream war zu lange still (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>%1: the watch stream was cut in the middle of an event</source>
        <translation>%1: Der Watch-Stream brach mitten in einem Ereignis ab</translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as of %1, cached</source>
        <translation>Stand %1, zwischengespeichert</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 %2 by %3</source>
        <translation>%1 %2 von %3</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>the answer is not a Helm repository index (no entries)</source>
        <translation>die Antwort ist kein Helm-Repository-Index (keine Einträge)</translation>
    </message>
    <message>
        <source>the Helm repository index is malformed: %1</source>
        <translation>der Helm-Repository-Index ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for index.yaml</source>
        <translation>%1 hat für index.yaml mit HTTP %2 geantwortet</translation>
    </message>
</context>
<context>
    <name>CloneController</name>
    <message>
        <source>Enter the URL of the repository to clone.</source>
        <translation>Geben Sie die URL des zu klonenden Repositorys ein.</translation>
    </message>
    <message>
        <source>This is not a Git URL: use https://host/owner/repository.git, git@host:owner/repository.git or ssh://…</source>
        <translation>Das ist keine Git-URL: Verwenden Sie https://host/owner/repository.git, git@host:owner/repository.git oder ssh://…</translation>
    </message>
    <message>
        <source>Enter a name for the new folder.</source>
        <translation>Geben Sie einen Namen für den neuen Ordner ein.</translation>
    </message>
    <message>
        <source>The folder name cannot contain “/” or “\”.</source>
        <translation>Der Ordnername darf weder „/“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation>Wählen Sie den Ordner, in den geklont wird.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose another name.</source>
        <translation>%1 existiert und ist kein Ordner: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose another name.</source>
        <translation>%1 existiert bereits und ist nicht leer: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Correct it, then clone again.</source>
        <translation>Korrigieren Sie das und klonen Sie erneut.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Receiving objects %1/%2</source>
        <translation>Objekte werden empfangen %1/%2</translation>
    </message>
    <message>
        <source>Indexing objects %1/%2</source>
        <translation>Objekte werden indiziert %1/%2</translation>
    </message>
    <message>
        <source>Checking out files %1/%2</source>
        <translation>Dateien werden ausgecheckt %1/%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cloned into %1</source>
        <translation>Geklont nach %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Promenade tried %1. Sign in with “gh auth login”, set GITHUB_TOKEN, put the credentials in a Git credential helper, or use an SSH URL with a key in your ssh-agent; then clone again.</source>
        <translation>Promenade hat %1 versucht. Melden Sie sich mit „gh auth login“ an, setzen Sie GITHUB_TOKEN, hinterlegen Sie die Zugangsdaten in einem Git-Credential-Helper oder verwenden Sie eine SSH-URL mit einem Schlüssel in Ihrem ssh-agent; klonen Sie dann erneut.</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <source>Copy the URL from the repository&apos;s “Code” button, and make sure your account can see the repository.</source>
        <translation>Kopieren Sie die URL über die Schaltfläche „Code“ des Repositorys und stellen Sie sicher, dass Ihr Konto das Repository sehen darf.</translation>
    </message>
    <message>
        <source>Use a URL such as https://github.com/owner/repository.git or git@github.com:owner/repository.git.</source>
        <translation>Verwenden Sie eine URL wie https://github.com/owner/repository.git oder git@github.com:owner/repository.git.</translation>
    </message>
    <message>
        <source>Choose another folder name, or an empty folder.</source>
        <translation>Wählen Sie einen anderen Ordnernamen oder einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Check the network connection and the URL, then clone again. Nothing was written.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die URL und klonen Sie dann erneut. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone a Repository</source>
        <translation>Repository klonen</translation>
    </message>
    <message>
        <source>Clone into this folder</source>
        <translation>In diesen Ordner klonen</translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation>Repository-URL</translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation>Klonen nach</translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation>Zielordner für den Klon</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Choose the folder to clone into</source>
        <translation>Den Zielordner für den Klon auswählen</translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <source>from the URL</source>
        <translation>aus der URL</translation>
    </message>
    <message>
        <source>Name of the new folder</source>
        <translation>Name des neuen Ordners</translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation>Fortschritt des Klonens</translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation>Klonen abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation>Das Klonen abbrechen</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Den Dialog schließen</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>Klonen</translation>
    </message>
    <message>
        <source>Clone the repository</source>
        <translation>Das Repository klonen</translation>
    </message>
</context>
<context>
    <name>CopyableText</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the Docker credential helper docker-credential-%1 (named for %2 in ~/.docker/config.json) is not installed</source>
        <translation>Der Docker-Credential-Helper docker-credential-%1 (für %2 in ~/.docker/config.json angegeben) ist nicht installiert</translation>
    </message>
    <message>
        <source>docker-credential-%1 did not answer for %2 within 10 s</source>
        <translation>docker-credential-%1 hat für %2 nicht innerhalb von 10 s geantwortet</translation>
    </message>
    <message>
        <source>docker-credential-%1 has no credential for %2</source>
        <translation>docker-credential-%1 hat keine Zugangsdaten für %2</translation>
    </message>
    <message>
        <source>docker-credential-%1 answered without a credential for %2</source>
        <translation>docker-credential-%1 hat ohne Zugangsdaten für %2 geantwortet</translation>
    </message>
    <message>
        <source>no Secret Service, KWallet or platform keychain answered</source>
        <translation>weder Secret Service noch KWallet noch ein Schlüsselbund des Systems hat geantwortet</translation>
    </message>
    <message>
        <source>no argocd CLI config (run `argocd login`)</source>
        <translation>keine Konfiguration der argocd-CLI (führen Sie `argocd login` aus)</translation>
    </message>
    <message>
        <source>the argocd CLI config is not valid YAML: %1</source>
        <translation>Die Konfiguration der argocd-CLI ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>no Docker config with a credential for %1</source>
        <translation>keine Docker-Konfiguration mit Zugangsdaten für %1</translation>
    </message>
    <message>
        <source>the Docker config is not valid JSON (%1)</source>
        <translation>Die Docker-Konfiguration ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the stored credential for %1 is not base64 user:password</source>
        <translation>Die gespeicherten Zugangsdaten für %1 sind nicht base64-kodiert als Benutzer:Passwort</translation>
    </message>
    <message>
        <source>no credential for %1 in the Docker config</source>
        <translation>keine Zugangsdaten für %1 in der Docker-Konfiguration</translation>
    </message>
    <message>
        <source>no token stored in the system keychain for %1</source>
        <translation>kein Token für %1 im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>no system keychain is available (%1); using environment variables and the tools&apos; config files</source>
        <translation>kein Schlüsselbund des Systems verfügbar (%1); Umgebungsvariablen und die Konfigurationsdateien der Werkzeuge werden verwendet</translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>no system keychain is available (%1): the token was not stored; set it in the environment or the tool&apos;s own config instead</source>
        <translation>kein Schlüsselbund des Systems verfügbar (%1): Das Token wurde nicht gespeichert; setzen Sie es stattdessen in der Umgebung oder in der Konfiguration des Werkzeugs</translation>
    </message>
    <message>
        <source>the system keychain refused to store the token: %1</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Tokens verweigert: %1</translation>
    </message>
    <message>
        <source>the token could not be removed from the system keychain: %1</source>
        <translation>Das Token konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>argocd context %1 (%2)</source>
        <translation>argocd-Kontext %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>cannot create a temporary folder for the demo: %1</source>
        <translation>Für die Demo kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>the demo&apos;s services are not running</source>
        <translation>die Dienste der Demo laufen nicht</translation>
    </message>
    <message>
        <source>cannot write the demo&apos;s kubeconfig %1: %2</source>
        <translation>die kubeconfig der Demo %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>no environment named &apos;%1&apos; (the repository has: %2)</source>
        <translation>keine Umgebung namens „%1“ (das Repository hat: %2)</translation>
    </message>
    <message>
        <source>cannot copy the repository for the preview</source>
        <translation>Das Repository kann für die Vorschau nicht kopiert werden</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>no app named &apos;%1&apos; (the repository has: %2)</source>
        <translation>keine App namens „%1“ (das Repository hat: %2)</translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the preview: %1</source>
        <translation>Für die Vorschau kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>an edit must stay inside the repository</source>
        <translation>Eine Änderung muss innerhalb des Repositorys bleiben</translation>
    </message>
    <message>
        <source>cannot write the edited file for the preview</source>
        <translation>Die geänderte Datei kann für die Vorschau nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1/%2.yaml (now)</source>
        <translation>%1/%2.yaml (jetzt)</translation>
    </message>
    <message>
        <source>%1/%2.yaml (after the change)</source>
        <translation>%1/%2.yaml (nach der Änderung)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder but %1 is a file; compare two files or two folders</source>
        <translation>ist ein Ordner, aber %1 ist eine Datei; vergleichen Sie zwei Dateien oder zwei Ordner</translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>ignore rule &apos;%1&apos;: %2</source>
        <translation>Ignorierregel „%1“: %2</translation>
    </message>
    <message>
        <source>the field path is empty</source>
        <translation>Der Feldpfad ist leer</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at position %2</source>
        <translation>unerwartetes „%1“ an Position %2</translation>
    </message>
    <message>
        <source>the path ends with &apos;.&apos;</source>
        <translation>Der Pfad endet mit „.“</translation>
    </message>
    <message>
        <source>unclosed quoted key at position %1</source>
        <translation>nicht geschlossener Schlüssel in Anführungszeichen an Position %1</translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; at position %1</source>
        <translation>nicht geschlossenes „[“ an Position %1</translation>
    </message>
    <message>
        <source>a list position cannot be negative</source>
        <translation>Eine Listenposition kann nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;[%1]&apos; is neither a position, &apos;*&apos;, a quoted key nor field=value</source>
        <translation>„[%1]“ ist weder eine Position noch „*“, ein Schlüssel in Anführungszeichen oder Feld=Wert</translation>
    </message>
</context>
<context>
    <name>DiffRow</name>
    <message>
        <source>⋯ 1 unchanged line — click to show</source>
        <translation>⋯ 1 unveränderte Zeile – zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines — click to show</source>
        <translation>⋯ %1 unveränderte Zeilen – zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>Show %1 unchanged lines</source>
        <translation>%1 unveränderte Zeilen anzeigen</translation>
    </message>
    <message>
        <source>added</source>
        <comment>a file in the diff</comment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a file in the diff</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <comment>a file in the diff</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>modified</source>
        <comment>a file in the diff</comment>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Compare from environment</source>
        <translation>Vergleichen von Umgebung</translation>
    </message>
    <message>
        <source>Compare to environment</source>
        <translation>Vergleichen mit Umgebung</translation>
    </message>
    <message>
        <source>All apps and infrastructure</source>
        <translation>Alle Apps und Infrastruktur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>What kustomize renders for each environment: what Kubernetes gets</source>
        <translation>Was kustomize für jede Umgebung rendert: was Kubernetes erhält</translation>
    </message>
    <message>
        <source>Overlay files</source>
        <translation>Overlay-Dateien</translation>
    </message>
    <message>
        <source>The overlays&apos; kustomization and patch files side by side</source>
        <translation>Die Kustomization- und Patch-Dateien der Overlays nebeneinander</translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation>in 1 Datei</translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation>in %1 Dateien</translation>
    </message>
    <message>
        <source>Previous change (p)</source>
        <translation>Vorherige Änderung (p)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next change (n)</source>
        <translation>Nächste Änderung (n)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <source>These environments cannot be compared</source>
        <translation>Diese Umgebungen können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Fix the file named above, or pick other environments.</source>
        <translation>Beheben Sie die oben genannte Datei oder wählen Sie andere Umgebungen.</translation>
    </message>
    <message>
        <source>No differences: %1 and %2 are the same.</source>
        <translation>Keine Unterschiede: %1 und %2 sind gleich.</translation>
    </message>
    <message>
        <source>Rendered</source>
        <comment>compare the rendered manifests</comment>
        <translation>Gerendert</translation>
    </message>
    <message>
        <source>Copy selected lines</source>
        <translation>Ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy line</source>
        <translation>Zeile kopieren</translation>
    </message>
    <message>
        <source>Copy change as diff</source>
        <translation>Änderung als Diff kopieren</translation>
    </message>
    <message>
        <source>Copy selection as diff</source>
        <translation>Auswahl als Diff kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) ignored</source>
        <translation>
            <numerusform>%n Feld ignoriert</numerusform>
            <numerusform>%n Felder ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ignored</source>
        <translation>Nichts ignoriert</translation>
    </message>
    <message>
        <source>promenade.yaml&apos;s diff.ignore leaves these fields out of the comparison (click to show them):</source>
        <translation>diff.ignore in promenade.yaml lässt diese Felder beim Vergleich aus (zum Anzeigen klicken):</translation>
    </message>
    <message>
        <source>change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines instead of scrolling sideways</source>
        <translation>Lange Zeilen umbrechen statt seitwärts zu scrollen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Show the list of changed files</source>
        <translation>Liste der geänderten Dateien anzeigen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find text in the diff (Ctrl+F)</source>
        <translation>Text im Vergleich suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in the diff</source>
        <translation>Im Vergleich suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabetaste)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabetaste)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>%1 changed files</source>
        <translation>%1 geänderte Dateien</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Scroll sideways</source>
        <translation>Seitwärts scrollen</translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <source>%1 runs %2</source>
        <translation>%1 führt %2 aus</translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation>%1 ist nicht in der Registry</translation>
    </message>
    <message>
        <source>%1 has no %2 image, which %3&apos;s nodes need</source>
        <translation>%1 hat kein %2-Image, das die Nodes von %3 brauchen</translation>
    </message>
    <message>
        <source>the newest tag %1 has no %2 image: it cannot run in %3</source>
        <translation>Das neueste Tag %1 hat kein %2-Image: Es kann in %3 nicht laufen</translation>
    </message>
    <message>
        <source>declares %1 but %2 runs %3 (%4)</source>
        <translation>deklariert %1, aber %2 führt %3 aus (%4)</translation>
    </message>
    <message>
        <source>health is %1%2</source>
        <translation>Health ist %1%2</translation>
    </message>
    <message>
        <source>%1 declares %2</source>
        <translation>%1 deklariert %2</translation>
    </message>
</context>
<context>
    <name>EndpointOverrideModel</name>
    <message>
        <source>Enter a URL that starts with https:// (or http://)</source>
        <translation>Geben Sie eine URL ein, die mit https:// (oder http://) beginnt</translation>
    </message>
</context>
<context>
    <name>EndpointTrust</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registry</translation>
    </message>
    <message>
        <source>at %1</source>
        <comment>a service&apos;s address</comment>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>%1: %2 was not sent: the address is plain http (credentials go over http only to this computer); use https</source>
        <translation>%1: %2 wurde nicht gesendet: Die Adresse ist reines http (Zugangsdaten gehen über http nur an diesen Computer); verwenden Sie https</translation>
    </message>
    <message>
        <source>%1: %2 was not sent: this repository names the server and you have not trusted it (trust it in the window, or pass --trust-repository-endpoints); asked without credentials</source>
        <translation>%1: %2 wurde nicht gesendet: Dieses Repository nennt den Server, und Sie haben ihm nicht vertraut (vertrauen Sie ihm im Fenster oder übergeben Sie --trust-repository-endpoints); ohne Zugangsdaten angefragt</translation>
    </message>
    <message>
        <source>the trusted endpoints could not be saved in %1</source>
        <translation>Die vertrauenswürdigen Endpunkte konnten nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>„%1“ ist keine http- oder https-URL</translation>
    </message>
</context>
<context>
    <name>EndpointTrustController</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registry</translation>
    </message>
    <message>
        <source>This repository asks Promenade to send your Argo CD token to %1.</source>
        <translation>Dieses Repository bittet Promenade, Ihr Argo-CD-Token an %1 zu senden.</translation>
    </message>
    <message>
        <source>This repository asks Promenade to send your GitHub token to %1.</source>
        <translation>Dieses Repository bittet Promenade, Ihr GitHub-Token an %1 zu senden.</translation>
    </message>
    <message>
        <source>This repository asks Promenade to send your registry login to %1.</source>
        <translation>Dieses Repository bittet Promenade, Ihre Registry-Anmeldung an %1 zu senden.</translation>
    </message>
</context>
<context>
    <name>EnvironmentCard</name>
    <message>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message>
        <source>via pull request</source>
        <translation>per Pull-Request</translation>
    </message>
    <message>
        <source>direct commit</source>
        <translation>direkter Commit</translation>
    </message>
    <message>
        <source>Promotions into %1 open a pull request against main</source>
        <translation>Hochstufungen nach %1 öffnen einen Pull-Request gegen main</translation>
    </message>
    <message>
        <source>Promotions into %1 are committed and pushed directly</source>
        <translation>Hochstufungen nach %1 werden direkt committet und gepusht</translation>
    </message>
    <message>
        <source>no cluster points at this overlay</source>
        <translation>kein Cluster verweist auf dieses Overlay</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>%1 (not pinned by the overlay)</source>
        <translation>%1 (nicht vom Overlay festgelegt)</translation>
    </message>
    <message>
        <source>no applications</source>
        <translation>keine Anwendungen</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Argo CD: %1 · %2</source>
        <translation>Argo CD: %1 · %2</translation>
    </message>
    <message>
        <source>What runs is not known yet</source>
        <translation>Was läuft, ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>Applications · %1</source>
        <translation>Anwendungen · %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <comment>the time or date of Argo CD&apos;s last sync</comment>
        <translation>letzter Sync %1</translation>
    </message>
    <message>
        <source>newest %1</source>
        <comment>the newest tag in the registry</comment>
        <translation>neuestes %1</translation>
    </message>
    <message>
        <source>Loading what runs…</source>
        <translation>Laufender Stand wird geladen …</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>↑ promote %1 from %2</source>
        <translation>↑ %1 aus %2 hochstufen</translation>
    </message>
    <message>
        <source>Promote %1 %2 from %3 to %4</source>
        <translation>%1 %2 aus %3 nach %4 hochstufen</translation>
    </message>
    <message>
        <source>%1 pins %2 %3. Click to see every gate and approve.</source>
        <translation>%1 legt %2 %3 fest. Klicken, um alle Prüfungen zu sehen und freizugeben.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>GateList</name>
    <message>
        <source>No gates were checked.</source>
        <translation>Es wurden keine Prüfungen ausgeführt.</translation>
    </message>
    <message>
        <source>1 gate failed: this cannot go ahead until it is fixed</source>
        <translation>1 Prüfung fehlgeschlagen: Es geht erst weiter, wenn sie behoben ist</translation>
    </message>
    <message>
        <source>%1 gates failed: this cannot go ahead until they are fixed</source>
        <translation>%1 Prüfungen fehlgeschlagen: Es geht erst weiter, wenn sie behoben sind</translation>
    </message>
    <message>
        <source>No gate failed; %1 of %2 could not be checked</source>
        <translation>Keine Prüfung fehlgeschlagen; %1 von %2 konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>All %1 gates pass</source>
        <translation>Alle %1 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>passes</source>
        <comment>a gate</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fails</source>
        <comment>a gate</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a gate&apos;s verdict</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Git</name>
    <message>
        <source>invalid author or committer</source>
        <translation>ungültiger Autor oder Committer</translation>
    </message>
    <message>
        <source>%1 is not a commit</source>
        <translation>%1 ist kein Commit</translation>
    </message>
    <message>
        <source>unknown revision %1</source>
        <translation>unbekannte Revision %1</translation>
    </message>
    <message>
        <source>authentication failed for %1</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>push to %1 cancelled</source>
        <translation>Push nach %1 abgebrochen</translation>
    </message>
    <message>
        <source>git is not installed: it is needed to push to a remote on this machine</source>
        <translation>git ist nicht installiert: Es wird benötigt, um von diesem Rechner zu einem Remote zu pushen</translation>
    </message>
    <message>
        <source>cannot run git to push: %1</source>
        <translation>git kann zum Pushen nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>git push stopped unexpectedly</source>
        <translation>git push wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>Der Verlauf kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation>Der Git-Index kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>commit %1 is not in the repository (a rewritten history, or a clone that was not fetched since)</source>
        <translation>Commit %1 ist nicht im Repository (ein umgeschriebener Verlauf oder ein Klon, der seitdem nicht gefetcht wurde)</translation>
    </message>
    <message>
        <source>cannot read revision %1</source>
        <translation>Revision %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot build a tree</source>
        <translation>Es kann kein Tree erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write folder %1</source>
        <translation>Der Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write a tree</source>
        <translation>Es kann kein Tree geschrieben werden</translation>
    </message>
    <message>
        <source>not a tree id: %1</source>
        <translation>keine Tree-ID: %1</translation>
    </message>
    <message>
        <source>cannot read tree %1</source>
        <translation>Tree %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot create a commit</source>
        <translation>Es kann kein Commit erstellt werden</translation>
    </message>
    <message>
        <source>cannot open the object database</source>
        <translation>Die Objektdatenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot write a commit</source>
        <translation>Es kann kein Commit geschrieben werden</translation>
    </message>
    <message>
        <source>not a commit id: %1</source>
        <translation>keine Commit-ID: %1</translation>
    </message>
    <message>
        <source>cannot set %1</source>
        <translation>%1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot keep Git objects in memory</source>
        <translation>Git-Objekte können nicht im Speicher gehalten werden</translation>
    </message>
    <message>
        <source>cannot pack the objects</source>
        <translation>die Objekte können nicht gepackt werden</translation>
    </message>
    <message>
        <source>cannot store the objects</source>
        <translation>die Objekte können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot check out the files</source>
        <translation>die Dateien können nicht ausgecheckt werden</translation>
    </message>
    <message>
        <source>no remote named %1</source>
        <translation>kein Remote namens %1</translation>
    </message>
    <message>
        <source>no destination folder to clone into</source>
        <translation>kein Zielordner für den Klon</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose another destination</source>
        <translation>%1 existiert und ist kein Ordner: Wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new folder name or an empty folder</source>
        <translation>%1 ist nicht leer: Wählen Sie einen neuen Ordnernamen oder einen leeren Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>clone of %1 failed</source>
        <translation>Klonen von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>clone of %1 cancelled</source>
        <translation>Klonen von %1 abgebrochen</translation>
    </message>
    <message>
        <source>there is no Git repository at %1: check the URL</source>
        <translation>Unter %1 gibt es kein Git-Repository: Prüfen Sie die URL</translation>
    </message>
    <message>
        <source>“%1” uses a protocol Git cannot clone from</source>
        <translation>„%1“ verwendet ein Protokoll, von dem Git nicht klonen kann</translation>
    </message>
    <message>
        <source>“%1” is not a Git URL: use https://host/owner/repository.git, git@host:owner/repository.git, ssh://… or file:///path</source>
        <translation>„%1“ ist keine Git-URL: Verwenden Sie https://host/owner/repository.git, git@host:owner/repository.git, ssh://… oder file:///pfad</translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation>In %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer empty: choose another destination</source>
        <translation>%1 ist nicht mehr leer: Wählen Sie ein anderes Ziel</translation>
    </message>
    <message>
        <source>cannot move the clone into %1</source>
        <translation>Der Klon kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>fetch from %1 cancelled</source>
        <translation>Fetch von %1 abgebrochen</translation>
    </message>
    <message>
        <source>fetch from %1 failed</source>
        <translation>Fetch von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot list the branches of %1</source>
        <translation>Die Branches von %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>push to %1 rejected: the remote has commits that are not here (fetch, then try again)</source>
        <translation>Push nach %1 abgelehnt: Das Remote hat Commits, die hier fehlen (erst fetchen, dann erneut versuchen)</translation>
    </message>
    <message>
        <source>%1 refused the push of %2%3</source>
        <translation>%1 hat den Push von %2 abgelehnt%3</translation>
    </message>
    <message>
        <source>cannot open the remote repository %1</source>
        <translation>Das Remote-Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>push to %1 failed</source>
        <translation>Push nach %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>pushed to %1, but could not read its branches back to check the push</source>
        <translation>nach %1 gepusht, aber seine Branches konnten zur Prüfung des Pushs nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>%1 accepted the push, but its %2 is at %3, not at the pushed %4: another push replaced it; the commit is kept here</source>
        <translation>%1 hat den Push angenommen, aber sein %2 steht auf %3, nicht auf dem gepushten %4: Ein anderer Push hat ihn ersetzt; der Commit bleibt hier erhalten</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Promenade never force-pushes (%1)</source>
        <translation>Promenade führt niemals einen Force-Push aus (%1)</translation>
    </message>
    <message>
        <source>cannot create a Git repository in %1</source>
        <translation>In %1 kann kein Git-Repository angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the Git repository %1</source>
        <translation>Das Git-Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not inside a Git repository</source>
        <translation>%1 liegt in keinem Git-Repository</translation>
    </message>
    <message>
        <source>%1 is a bare repository (no work tree)</source>
        <translation>%1 ist ein Bare-Repository (ohne Arbeitsverzeichnis)</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>Ein Merge</translation>
    </message>
    <message>
        <source>a revert</source>
        <translation>Ein Revert</translation>
    </message>
    <message>
        <source>a cherry-pick</source>
        <translation>Ein Cherry-Pick</translation>
    </message>
    <message>
        <source>a bisect</source>
        <translation>Ein Bisect</translation>
    </message>
    <message>
        <source>a rebase</source>
        <translation>Ein Rebase</translation>
    </message>
    <message>
        <source>git am</source>
        <translation>git am</translation>
    </message>
    <message>
        <source>a Git operation</source>
        <translation>Eine Git-Operation</translation>
    </message>
    <message>
        <source>cannot read the tree of %1</source>
        <translation>Der Tree von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 does not exist at %2</source>
        <translation>%1 existiert in %2 nicht</translation>
    </message>
    <message>
        <source>%1 is a folder at %2, not a file</source>
        <translation>%1 ist in %2 ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 at %2 is %3, more than the %4 Promenade reads from a repository</source>
        <translation>%1 in %2 ist %3 groß, mehr als die %4, die Promenade aus einem Repository liest</translation>
    </message>
    <message>
        <source>cannot read %1 at %2</source>
        <translation>%1 kann in %2 nicht gelesen werden</translation>
    </message>
    <message>
        <source>a bare repository has no work tree</source>
        <translation>Ein Bare-Repository hat kein Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>cannot read the status of the work tree</source>
        <translation>Der Status des Arbeitsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the parent of %1</source>
        <translation>Der Eltern-Commit von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare %1 with its parent</source>
        <translation>%1 kann nicht mit seinem Eltern-Commit verglichen werden</translation>
    </message>
    <message>
        <source>cannot walk the history from %1</source>
        <translation>Der Verlauf ab %1 kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch)</source>
        <translation>HEAD ist losgelöst (auf keinem Branch)</translation>
    </message>
    <message>
        <source>cannot resolve HEAD</source>
        <translation>HEAD kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>cannot list the branches</source>
        <translation>Die Branches können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>%1 is not a valid Git branch name</source>
        <translation>%1 ist kein gültiger Git-Branch-Name</translation>
    </message>
    <message>
        <source>a branch named %1 already exists</source>
        <translation>Ein Branch namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the branch %1</source>
        <translation>Der Branch %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>local changes to %1 would be overwritten; commit or discard them first</source>
        <translation>Lokale Änderungen an %1 würden überschrieben; committen oder verwerfen Sie sie zuerst</translation>
    </message>
    <message>
        <source>some files</source>
        <translation>einigen Dateien</translation>
    </message>
    <message>
        <source>cannot update the work tree</source>
        <translation>Das Arbeitsverzeichnis kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>no branch named %1</source>
        <translation>kein Branch namens %1</translation>
    </message>
    <message>
        <source>cannot switch to %1</source>
        <translation>Wechsel zu %1 nicht möglich</translation>
    </message>
    <message>
        <source>%1 tracks no upstream branch</source>
        <translation>%1 folgt keinem Upstream-Branch</translation>
    </message>
    <message>
        <source>cannot set the upstream of %1</source>
        <translation>Der Upstream von %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation>%1 kann nicht mit %2 verglichen werden</translation>
    </message>
    <message>
        <source>%1 and %2 have diverged (%3 and %4 different commits); cannot fast-forward</source>
        <translation>%1 und %2 sind auseinandergelaufen (%3 und %4 unterschiedliche Commits); kein Fast-Forward möglich</translation>
    </message>
    <message>
        <source>the work tree has local changes (%1); commit or discard them before updating %2</source>
        <translation>Das Arbeitsverzeichnis hat lokale Änderungen (%1); committen oder verwerfen Sie sie, bevor %2 aktualisiert wird</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>%1 kann nicht auf %2 verschoben werden</translation>
    </message>
    <message>
        <source>your Git identity is not set: run git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com</source>
        <translation>Ihre Git-Identität ist nicht gesetzt: Führen Sie git config --global user.name &quot;Ihr Name&quot; und git config --global user.email sie@example.com aus</translation>
    </message>
    <message>
        <source>cannot read user.name and user.email from the Git configuration</source>
        <translation>user.name und user.email können nicht aus der Git-Konfiguration gelesen werden</translation>
    </message>
    <message>
        <source>cannot open the repository&apos;s configuration</source>
        <translation>Die Konfiguration des Repositorys kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot set %1 in the repository&apos;s configuration</source>
        <translation>%1 kann in der Konfiguration des Repositorys nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <source>no paths to commit</source>
        <translation>keine Pfade zum Committen</translation>
    </message>
    <message>
        <source>%1 is outside the repository</source>
        <translation>%1 liegt außerhalb des Repositorys</translation>
    </message>
    <message>
        <source>cannot commit: %1 has unresolved conflicts</source>
        <translation>Commit nicht möglich: %1 hat ungelöste Konflikte</translation>
    </message>
    <message>
        <source>nothing to commit in %1</source>
        <translation>nichts zu committen in %1</translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation>%1 kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation>Der Git-Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot prepare the commit</source>
        <translation>Der Commit kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot read the tree of HEAD</source>
        <translation>Der Tree von HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot prepare the commit of %1</source>
        <translation>Der Commit von %1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation>Der Tree kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation>Der Tree kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>nichts zu committen</translation>
    </message>
    <message>
        <source>%1 is not a regular file in Git (a link or a submodule); Promenade edits only files</source>
        <translation>%1 ist in Git keine reguläre Datei (ein Link oder ein Submodul); Promenade bearbeitet nur Dateien</translation>
    </message>
    <message>
        <source>cannot stage the changes</source>
        <translation>Die Änderungen können nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>cannot revert %1: it is the first commit</source>
        <translation>%1 kann nicht rückgängig gemacht werden: Es ist der erste Commit</translation>
    </message>
    <message>
        <source>cannot revert %1</source>
        <translation>%1 kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>cannot revert %1: later commits changed the same lines</source>
        <translation>%1 kann nicht rückgängig gemacht werden: Spätere Commits haben dieselben Zeilen geändert</translation>
    </message>
    <message>
        <source>reverting %1 changes nothing</source>
        <translation>%1 rückgängig zu machen ändert nichts</translation>
    </message>
    <message>
        <source>cannot add the remote %1</source>
        <translation>Das Remote %1 kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <source>no checks</source>
        <translation>keine Checks</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <comment>checks</comment>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>checks</comment>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <comment>checks</comment>
        <translation>%1 ausstehend</translation>
    </message>
    <message>
        <source>1 check: %1</source>
        <translation>1 Check: %1</translation>
    </message>
    <message>
        <source>%1 checks: %2</source>
        <translation>%1 Checks: %2</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation>%1: Das Token ist abgelaufen oder ungültig (401)</translation>
    </message>
    <message>
        <source>; it resets at %1</source>
        <translation>; es wird um %1 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1: the API rate limit is exhausted (%2)</source>
        <translation>%1: Das API-Ratenlimit ist ausgeschöpft (%2)</translation>
    </message>
    <message>
        <source>; retry after %1 s</source>
        <translation>; erneut versuchen in %1 s</translation>
    </message>
    <message>
        <source>%1: a secondary rate limit was hit (%2)</source>
        <translation>%1: Ein sekundäres Ratenlimit wurde erreicht (%2)</translation>
    </message>
    <message>
        <source>%1: not found (404): the repository or item does not exist, or the token cannot see it</source>
        <translation>%1: nicht gefunden (404): Das Repository oder Objekt existiert nicht, oder das Token darf es nicht sehen</translation>
    </message>
    <message>
        <source>%1: the request was rejected (422): %2</source>
        <translation>%1: Die Anfrage wurde abgelehnt (422): %2</translation>
    </message>
    <message>
        <source>%1: the API rate limit is exhausted; it resets at %2</source>
        <translation>%1: Das API-Ratenlimit ist ausgeschöpft; es wird um %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1: the answer is not a list</source>
        <translation>%1: Die Antwort ist keine Liste</translation>
    </message>
    <message>
        <source>%1: pull request #%2 changed since it was reviewed; look at it again before merging (409)</source>
        <translation>%1: Pull-Request #%2 hat sich seit der Prüfung geändert; sehen Sie ihn vor dem Mergen noch einmal an (409)</translation>
    </message>
    <message>
        <source>%1: pull request #%2 cannot be merged: %3 (405)</source>
        <translation>%1: Pull-Request #%2 kann nicht gemergt werden: %3 (405)</translation>
    </message>
    <message>
        <source>not mergeable</source>
        <translation>nicht mergebar</translation>
    </message>
    <message>
        <source>%1: pull request #%2 was not merged: %3</source>
        <translation>%1: Pull-Request #%2 wurde nicht gemergt: %3</translation>
    </message>
    <message>
        <source>%1: no such commit in the repository (404)</source>
        <translation>%1: Dieser Commit existiert nicht im Repository (404)</translation>
    </message>
    <message>
        <source>%1: the comparison has no list of commits</source>
        <translation>%1: Der Vergleich enthält keine Liste von Commits</translation>
    </message>
</context>
<context>
    <name>HelmValuesImages</name>
    <message>
        <source>the values file leaves the repository</source>
        <translation>Die Values-Datei liegt außerhalb des Repositorys</translation>
    </message>
    <message>
        <source>the values file does not exist</source>
        <translation>Die Values-Datei existiert nicht</translation>
    </message>
    <message>
        <source>the values file leads out of the repository through a symbolic link</source>
        <translation>Die Values-Datei führt über einen symbolischen Link aus dem Repository hinaus</translation>
    </message>
    <message>
        <source>the values file is not a regular file</source>
        <translation>Die Values-Datei ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the values file is larger than %1 MiB</source>
        <translation>Die Values-Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot read the values file: %1</source>
        <translation>Die Values-Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>fehlerhaftes YAML: %1</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDelegate</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <source>current in %1</source>
        <translation>aktuell in %1</translation>
    </message>
    <message>
        <source>reverted by %1</source>
        <translation>rückgängig gemacht durch %1</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <source>first pin</source>
        <translation>erste Festlegung</translation>
    </message>
    <message>
        <source>undoes %1</source>
        <translation>macht %1 rückgängig</translation>
    </message>
    <message>
        <source>Roll back to this…</source>
        <translation>Auf diese Version zurücksetzen …</translation>
    </message>
    <message>
        <source>Roll back %1 in %2 to %3</source>
        <translation>%1 in %2 auf %3 zurücksetzen</translation>
    </message>
    <message>
        <source>Pin %1 in %2 again; you see the plan before anything is committed</source>
        <translation>%1 in %2 wieder festlegen; Sie sehen den Plan, bevor etwas committet wird</translation>
    </message>
    <message>
        <source>Hide the change</source>
        <translation>Die Änderung ausblenden</translation>
    </message>
    <message>
        <source>Show the change</source>
        <translation>Die Änderung anzeigen</translation>
    </message>
    <message>
        <source>commit id</source>
        <translation>Commit-ID</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>%1 pins no tag of %2 now</source>
        <translation>%1 legt jetzt kein Tag von %2 fest</translation>
    </message>
    <message>
        <source>%1 runs this version now</source>
        <translation>%1 führt jetzt diese Version aus</translation>
    </message>
    <message>
        <source>now %1 pins %2 (this entry: %3)</source>
        <translation>jetzt legt %1 %2 fest (dieser Eintrag: %3)</translation>
    </message>
    <message>
        <source>⚠ mutable tag</source>
        <translation>⚠ veränderliches Tag</translation>
    </message>
    <message>
        <source>pinned as %1 in %2</source>
        <translation>als %1 in %2 festgelegt</translation>
    </message>
    <message>
        <source>pinned in %1</source>
        <translation>in %1 festgelegt</translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>kind of change</comment>
        <translation>Hochstufung</translation>
    </message>
    <message>
        <source>CI bump</source>
        <comment>kind of change: CI set a new image tag</comment>
        <translation>CI-Aktualisierung</translation>
    </message>
    <message>
        <source>Hand edit</source>
        <comment>kind of change</comment>
        <translation>Manuelle Änderung</translation>
    </message>
    <message>
        <source>Revert</source>
        <comment>kind of change: a Git revert</comment>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>kind of change</comment>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Image Updater</source>
        <comment>kind of change: Argo CD Image Updater wrote a new tag</comment>
        <translation>Image Updater</translation>
    </message>
    <message>
        <source>images: entry</source>
        <translation>images:-Eintrag</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Image Updater write-back</source>
        <translation>Write-back des Image Updater</translation>
    </message>
    <message>
        <source>Application override</source>
        <translation>Application-Überschreibung</translation>
    </message>
    <message>
        <source>Helm values</source>
        <translation>Helm-Values</translation>
    </message>
    <message>
        <source>chart version</source>
        <translation>Chart-Version</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation>%1 von %2 Änderungen</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Show the history of this app</source>
        <translation>Den Verlauf dieser App anzeigen</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Show the history of this environment</source>
        <translation>Den Verlauf dieser Umgebung anzeigen</translation>
    </message>
    <message>
        <source>The history cannot be read</source>
        <translation>Der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Promenade reads the history from the repository&apos;s Git log. Check that the folder is a Git repository with at least one commit, then try again.</source>
        <translation>Promenade liest den Verlauf aus dem Git-Log des Repositorys. Prüfen Sie, ob der Ordner ein Git-Repository mit mindestens einem Commit ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No promotions yet</source>
        <translation>Noch keine Hochstufungen</translation>
    </message>
    <message>
        <source>Promotions, CI bumps, hand edits and rollbacks of the apps&apos; overlays appear here as they are committed. Promote an app in the Pipeline view (Ctrl+1) to start the history.</source>
        <translation>Hochstufungen, CI-Aktualisierungen, manuelle Änderungen und Rollbacks der Overlays der Apps erscheinen hier, sobald sie committet sind. Stufen Sie in der Pipeline-Ansicht (Strg+1) eine App hoch, um den Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>Nothing in the history for this choice</source>
        <translation>Für diese Auswahl steht nichts im Verlauf</translation>
    </message>
    <message>
        <source>%1 has not changed in %2, and %2 has not promoted it.</source>
        <translation>%1 hat sich in %2 nicht geändert und wurde von %2 aus nicht hochgestuft.</translation>
    </message>
    <message>
        <source>No change matches the chosen app and environment.</source>
        <translation>Keine Änderung passt zur gewählten App und Umgebung.</translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>the token expired or is invalid</source>
        <translation>Das Token ist abgelaufen oder ungültig</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>the server refused the request&apos;s content type</source>
        <translation>Der Server hat den Inhaltstyp der Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>the request was rejected</source>
        <translation>Die Anfrage wurde zurückgewiesen</translation>
    </message>
    <message>
        <source>too many requests (rate limited)</source>
        <translation>zu viele Anfragen (Ratenlimit)</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>Fehler auf dem Server</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>Die Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>; retry after %1 s</source>
        <translation>; erneut versuchen in %1 s</translation>
    </message>
    <message>
        <source>the answer is empty where JSON was expected</source>
        <translation>Die Antwort ist leer, wo JSON erwartet wurde</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at offset %2)</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>a service and its address</comment>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1: no answer before the deadline</source>
        <translation>%1: keine Antwort vor Ablauf der Frist</translation>
    </message>
    <message>
        <source>%1: the answer is larger than %2, the most Promenade reads of one answer; not read</source>
        <translation>%1: Die Antwort ist größer als %2, das Maximum, das Promenade von einer Antwort liest; nicht gelesen</translation>
    </message>
    <message>
        <source>%1: no complete answer before the deadline (the server is too slow or never ends its answer)</source>
        <translation>%1: keine vollständige Antwort vor Ablauf der Frist (der Server ist zu langsam oder beendet seine Antwort nie)</translation>
    </message>
    <message>
        <source>%1: the server closed the connection before the answer was complete</source>
        <translation>%1: Der Server hat die Verbindung vor dem Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation>keine Antwort innerhalb von %1 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>the connection was refused (is the address right and the server running?)</source>
        <translation>Die Verbindung wurde abgelehnt (stimmt die Adresse und läuft der Server?)</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>Der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>Der Server hat die Verbindung vor dem Ende der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified (%1)</source>
        <translation>Das TLS-Zertifikat des Servers konnte nicht überprüft werden (%1)</translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation>Das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>Der Proxy ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation>Die Verbindung ist fehlgeschlagen (%1)</translation>
    </message>
</context>
<context>
    <name>ImagePinFinder</name>
    <message>
        <source>the file is outside the repository</source>
        <translation>Die Datei liegt außerhalb des Repositorys</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>Die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the path leaves the repository</source>
        <translation>Der Pfad führt aus dem Repository hinaus</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>the path leads out of the repository through a symbolic link</source>
        <translation>Der Pfad führt über einen symbolischen Link aus dem Repository hinaus</translation>
    </message>
    <message>
        <source>not a regular file or folder</source>
        <translation>weder reguläre Datei noch Ordner</translation>
    </message>
    <message>
        <source>unable to find one of &apos;kustomization.yaml&apos;, &apos;kustomization.yml&apos; or &apos;Kustomization&apos; in directory &apos;%1&apos;</source>
        <translation>keine von „kustomization.yaml“, „kustomization.yml“ oder „Kustomization“ im Verzeichnis „%1“ gefunden</translation>
    </message>
    <message>
        <source>invalid Kustomization: %1</source>
        <translation>ungültige Kustomization: %1</translation>
    </message>
    <message>
        <source>the kustomization is empty</source>
        <translation>Die kustomization ist leer</translation>
    </message>
    <message>
        <source>a kustomization file must hold one YAML document</source>
        <translation>Eine kustomization-Datei muss genau ein YAML-Dokument enthalten</translation>
    </message>
    <message>
        <source>invalid Kustomization: the file must hold a mapping</source>
        <translation>ungültige Kustomization: Die Datei muss ein Mapping enthalten</translation>
    </message>
    <message>
        <source>invalid Kustomization: json: unknown field &quot;%1&quot;</source>
        <translation>ungültige Kustomization: json: unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>invalid Kustomization: json: cannot unmarshal %1 into field %2 of type string</source>
        <translation>ungültige Kustomization: json: %1 kann nicht in das Feld %2 vom Typ string eingelesen werden</translation>
    </message>
    <message>
        <source>invalid Kustomization: &apos;%1&apos; must be a list</source>
        <translation>ungültige Kustomization: „%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>invalid Kustomization: &apos;%1&apos; must be a mapping</source>
        <translation>ungültige Kustomization: „%1“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>kind should be Kustomization or Component</source>
        <translation>kind muss Kustomization oder Component sein</translation>
    </message>
    <message>
        <source>invalid Kustomization: every entry of &apos;%1&apos; must be a mapping</source>
        <translation>ungültige Kustomization: Jeder Eintrag von „%1“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>must specify one of patch and path in %1</source>
        <translation>in %1 muss entweder patch oder path angegeben sein</translation>
    </message>
    <message>
        <source>patch and path can&apos;t be set at the same time in %1</source>
        <translation>patch und path können in %1 nicht gleichzeitig gesetzt sein</translation>
    </message>
    <message>
        <source>must specify a target for JSON patch in %1</source>
        <translation>in %1 muss ein target für den JSON-Patch angegeben sein</translation>
    </message>
    <message>
        <source>invalid Kustomization: every entry of &apos;images&apos; must be a mapping</source>
        <translation>ungültige Kustomization: Jeder Eintrag von „images“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>%1: the images of Helm charts inflated by kustomize (%2) are not listed</source>
        <translation>%1: Die Images der von kustomize entpackten Helm-Charts (%2) werden nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1: kustomize plugins (%2) are not run: images they set are not seen</source>
        <translation>%1: kustomize-Plugins (%2) werden nicht ausgeführt: Von ihnen gesetzte Images sind nicht sichtbar</translation>
    </message>
    <message>
        <source>accumulating resources from &apos;%1&apos;: %2</source>
        <translation>Ressourcen aus „%1“ sammeln: %2</translation>
    </message>
    <message>
        <source>%1:%2: remote resource &apos;%3&apos; not read: its images are not listed</source>
        <translation>%1:%2: Remote-Ressource „%3“ nicht gelesen: Ihre Images werden nicht aufgeführt</translation>
    </message>
    <message>
        <source>cycle: the folder includes itself</source>
        <translation>Zyklus: Der Ordner bindet sich selbst ein</translation>
    </message>
    <message>
        <source>expected kind != &apos;Component&apos; for path &apos;%1&apos;</source>
        <translation>kind != „Component“ für Pfad „%1“ erwartet</translation>
    </message>
    <message>
        <source>security; file &apos;%1&apos; is not in or below &apos;%2&apos;</source>
        <translation>Sicherheit: Datei „%1“ liegt nicht in oder unter „%2“</translation>
    </message>
    <message>
        <source>accumulating components from &apos;%1&apos;: %2</source>
        <translation>Komponenten aus „%1“ sammeln: %2</translation>
    </message>
    <message>
        <source>%1:%2: remote component &apos;%3&apos; not read</source>
        <translation>%1:%2: Remote-Komponente „%3“ nicht gelesen</translation>
    </message>
    <message>
        <source>a component must be a folder</source>
        <translation>Eine Komponente muss ein Ordner sein</translation>
    </message>
    <message>
        <source>apiVersion for Component should be kustomize.config.k8s.io/v1alpha1 and kind Component</source>
        <translation>apiVersion für Component muss kustomize.config.k8s.io/v1alpha1 und kind Component sein</translation>
    </message>
    <message>
        <source>failed to get the patch file from path(%1): %2</source>
        <translation>Patch-Datei aus path(%1) konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>must specify a target for JSON patch</source>
        <translation>für den JSON-Patch muss ein target angegeben sein</translation>
    </message>
    <message>
        <source>Multiple Strategic-Merge Patches in one patches entry is not allowed to set patches.target field</source>
        <translation>Mehrere Strategic-Merge-Patches in einem patches-Eintrag dürfen das Feld patches.target nicht setzen</translation>
    </message>
    <message>
        <source>unable to parse SM or JSON patch</source>
        <translation>SM- oder JSON-Patch kann nicht geparst werden</translation>
    </message>
    <message>
        <source>unable to find patch target: %1</source>
        <translation>Patch-Ziel nicht gefunden: %1</translation>
    </message>
    <message>
        <source>no resource matches strategic merge patch &quot;%1&quot;</source>
        <translation>keine Ressource passt zum Strategic-Merge-Patch „%1“</translation>
    </message>
    <message>
        <source>multiple resources match strategic merge patch &quot;%1&quot;</source>
        <translation>mehrere Ressourcen passen zum Strategic-Merge-Patch „%1“</translation>
    </message>
    <message>
        <source>%1:%2: the image override &apos;%3&apos; is not [name=]repository[:tag][@digest]: ignored</source>
        <translation>%1:%2: Die Image-Überschreibung „%3“ hat nicht die Form [name=]repository[:tag][@digest]: ignoriert</translation>
    </message>
    <message>
        <source>the repository folder does not exist</source>
        <translation>Der Repository-Ordner existiert nicht</translation>
    </message>
    <message>
        <source>the source folder &apos;%1&apos;: %2</source>
        <translation>Der Quellordner „%1“: %2</translation>
    </message>
    <message>
        <source>the source &apos;%1&apos; is not a folder</source>
        <translation>Die Quelle „%1“ ist kein Ordner</translation>
    </message>
</context>
<context>
    <name>InfrastructureListModel</name>
    <message>
        <source>not ready: %1</source>
        <translation>nicht bereit: %1</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>expires today (%1)</source>
        <translation>läuft heute ab (%1)</translation>
    </message>
    <message>
        <source>expires tomorrow (%1)</source>
        <translation>läuft morgen ab (%1)</translation>
    </message>
    <message>
        <source>expires in %1 days (%2)</source>
        <translation>läuft in %1 Tagen ab (%2)</translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation>Helm-Chart</translation>
    </message>
    <message>
        <source>synced · healthy</source>
        <translation>synced · healthy</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>running %1 · %2</source>
        <translation>läuft %1 · %2</translation>
    </message>
</context>
<context>
    <name>Kubernetes</name>
    <message>
        <source>%1: %2 is not valid base64</source>
        <translation>%1: %2 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (%3)</source>
        <translation>%1: %2 kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>its output is not ExecCredential JSON (%1)</source>
        <translation>Seine Ausgabe ist kein ExecCredential-JSON (%1)</translation>
    </message>
    <message>
        <source>its output is not an ExecCredential</source>
        <translation>Seine Ausgabe ist kein ExecCredential</translation>
    </message>
    <message>
        <source>its ExecCredential carries neither a token nor a client certificate</source>
        <translation>Sein ExecCredential enthält weder ein Token noch ein Client-Zertifikat</translation>
    </message>
    <message>
        <source>the kubeconfig cannot be read (%1)</source>
        <translation>Die kubeconfig kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>a kubeconfig must be a YAML mapping</source>
        <translation>Eine kubeconfig muss ein YAML-Mapping sein</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation>Cluster „%1“</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>%1: exec has no command</source>
        <translation>%1: exec hat keinen Befehl</translation>
    </message>
    <message>
        <source>the kubeconfig is not valid YAML: %1</source>
        <translation>Die kubeconfig ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>no kubeconfig found (KUBECONFIG is empty and ~/.kube/config does not exist)</source>
        <translation>keine kubeconfig gefunden (KUBECONFIG ist leer und ~/.kube/config existiert nicht)</translation>
    </message>
    <message>
        <source>no current context is set; choose one of: %1</source>
        <translation>kein aktueller Kontext gesetzt; wählen Sie einen aus: %1</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found</source>
        <translation>Kontext „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names cluster &quot;%2&quot;, which is not defined</source>
        <translation>Kontext „%1“ nennt den Cluster „%2“, der nicht definiert ist</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server</source>
        <translation>Cluster „%1“ hat keinen Server</translation>
    </message>
    <message>
        <source>Kubernetes cluster %1</source>
        <translation>Kubernetes-Cluster %1</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server &quot;%2&quot; is not a URL</source>
        <translation>Cluster „%1“: Server „%2“ ist keine URL</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation>Cluster „%1“: certificate-authority</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: the certificate authority is not a PEM certificate</source>
        <translation>Cluster „%1“: Die Zertifizierungsstelle ist kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names user &quot;%2&quot;, which is not defined</source>
        <translation>Kontext „%1“ nennt den Benutzer „%2“, der nicht definiert ist</translation>
    </message>
    <message>
        <source>%1: the client certificate or key cannot be read as PEM</source>
        <translation>%1: Das Client-Zertifikat oder der Schlüssel kann nicht als PEM gelesen werden</translation>
    </message>
    <message>
        <source>%1: the legacy auth-provider &quot;%2&quot; is not supported; use an exec credential plugin</source>
        <translation>%1: Der veraltete auth-provider „%2“ wird nicht unterstützt; verwenden Sie ein exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401) (credential plugin &quot;%2&quot;)</source>
        <translation>%1: Das Token ist abgelaufen oder ungültig (401) (Credential-Plugin „%2“)</translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation>%1: Das Token ist abgelaufen oder ungültig (401)</translation>
    </message>
    <message>
        <source>%1: the credential plugin &quot;%2&quot;</source>
        <translation>%1: das Credential-Plugin „%2“</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 needs an interactive terminal (interactiveMode: Always); run kubectl once in a terminal, or use a token</source>
        <translation>%1 braucht ein interaktives Terminal (interactiveMode: Always); führen Sie kubectl einmal in einem Terminal aus oder verwenden Sie ein Token</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ist nicht innerhalb von %2 s fertig geworden</translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 returned an unreadable client certificate</source>
        <translation>%1 hat ein unlesbares Client-Zertifikat geliefert</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cert-manager is not installed on %1 (%2): the API group cert-manager.io/v1 is missing</source>
        <translation>cert-manager ist auf %1 (%2) nicht installiert: Die API-Gruppe cert-manager.io/v1 fehlt</translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message numerus="yes">
        <source>certificates of %n Application(s) were not looked up: at most %1 resource trees are asked of Argo CD per refresh</source>
        <translation>
            <numerusform>Zertifikate von %n Application wurden nicht abgefragt: Pro Aktualisierung werden höchstens %1 Ressourcenbäume von Argo CD abgefragt</numerusform>
            <numerusform>Zertifikate von %n Applications wurden nicht abgefragt: Pro Aktualisierung werden höchstens %1 Ressourcenbäume von Argo CD abgefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>the status is incomplete: no answer from %1 within the %2 s deadline</source>
        <translation>Der Status ist unvollständig: keine Antwort von %1 innerhalb der Frist von %2 s</translation>
    </message>
    <message>
        <source>the services</source>
        <translation>die Dienste</translation>
    </message>
    <message>
        <source>rendering the overlays</source>
        <translation>Rendern der Overlays</translation>
    </message>
    <message>
        <source>no Argo CD is configured (endpoints.argocd in promenade.yaml): what runs is unknown</source>
        <translation>kein Argo CD konfiguriert (endpoints.argocd in promenade.yaml): Was läuft, ist unbekannt</translation>
    </message>
    <message>
        <source>TLS verification is off for %1 (the insecure option in the settings)</source>
        <translation>TLS-Prüfung für %1 ist aus (Option „TLS-Prüfung überspringen“ in den Einstellungen)</translation>
    </message>
    <message>
        <source>certificates of %1: %2</source>
        <translation>Zertifikate von %1: %2</translation>
    </message>
    <message>
        <source>TLS verification is off for %1 (insecure-skip-tls-verify in the kubeconfig)</source>
        <translation>TLS-Prüfung für %1 ist aus (insecure-skip-tls-verify in der kubeconfig)</translation>
    </message>
    <message>
        <source>the certificates of Application %1 are unknown: %2</source>
        <translation>Die Zertifikate der Application %1 sind unbekannt: %2</translation>
    </message>
    <message>
        <source>Registry %1: %2 (asked through the mirror %3)</source>
        <translation>Registry %1: %2 (über den Mirror %3 abgefragt)</translation>
    </message>
    <message>
        <source>Registry %1 (through the mirror %2)</source>
        <translation>Registry %1 (über den Mirror %2)</translation>
    </message>
    <message>
        <source>%1 has %2 tags or more: only the first %2 (%3 pages) were listed, the newest build may be among the others</source>
        <translation>%1 hat %2 Tags oder mehr: Nur die ersten %2 (%3 Seiten) wurden aufgelistet, der neueste Build kann unter den übrigen sein</translation>
    </message>
    <message numerus="yes">
        <source>the Issuers of %n namespace(s) of %1 were not looked up: at most %2 namespaces are asked per cluster</source>
        <translation>
            <numerusform>Die Issuer von %n Namespace von %1 wurden nicht abgefragt: Pro Cluster werden höchstens %2 Namespaces abgefragt</numerusform>
            <numerusform>Die Issuer von %n Namespaces von %1 wurden nicht abgefragt: Pro Cluster werden höchstens %2 Namespaces abgefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuers of namespace %1 on %2: %3</source>
        <translation>Issuer des Namespace %1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1 lists no Application deploying %2 in %3 (%4): none deploys it, or the token may not see it</source>
        <translation>%1 listet keine Application, die %2 in %3 bereitstellt (%4): keine stellt es bereit, oder das Token darf sie nicht sehen</translation>
    </message>
    <message>
        <source>no overlay</source>
        <translation>kein Overlay</translation>
    </message>
</context>
<context>
    <name>LoadingIndicator</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Promenade</source>
        <translation>%1 – Promenade</translation>
    </message>
    <message>
        <source>Promenade</source>
        <translation>Promenade</translation>
    </message>
    <message>
        <source>Open a GitOps repository</source>
        <translation>Ein GitOps-Repository öffnen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload the repository</source>
        <translation>Das Repository neu laden</translation>
    </message>
    <message>
        <source>Open a repository</source>
        <translation>Ein Repository öffnen</translation>
    </message>
    <message>
        <source>This folder cannot be opened as a GitOps repository</source>
        <translation>Dieser Ordner kann nicht als GitOps-Repository geöffnet werden</translation>
    </message>
    <message>
        <source>Choose the root folder of a Kustomize + Argo CD repository (or any folder inside it), or open the demo to see the layout Promenade expects.</source>
        <translation>Wählen Sie den Stammordner eines Repositorys mit Kustomize und Argo CD (oder einen Ordner darin), oder öffnen Sie die Demo, um den Aufbau zu sehen, den Promenade erwartet.</translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation>Anderen Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Export the pipeline</source>
        <translation>Die Pipeline exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>The pipeline could not be captured as an image; try SVG instead.</source>
        <translation>Die Pipeline konnte nicht als Bild erfasst werden; versuchen Sie stattdessen SVG.</translation>
    </message>
    <message>
        <source>asking the services…</source>
        <translation>Dienste werden abgefragt …</translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation>Präsentation beenden (Esc)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>Presentation Mode (F5)</source>
        <translation>Präsentationsmodus (F5)</translation>
    </message>
    <message>
        <source>Export Pipeline as PNG… (Ctrl+E)</source>
        <translation>Pipeline als PNG exportieren … (Strg+E)</translation>
    </message>
    <message>
        <source>Export Pipeline as SVG…</source>
        <translation>Pipeline als SVG exportieren …</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Open, open recent, clone, settings and keyboard shortcuts</source>
        <translation>Öffnen, zuletzt geöffnet, klonen, Einstellungen und Tastenkürzel</translation>
    </message>
    <message>
        <source>Clone from URL…</source>
        <translation>Von URL klonen …</translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation>Ein Repository von einer URL klonen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Die Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <comment>the view</comment>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>the view</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>badge: the window shows the demo</comment>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Open…</source>
        <comment>open a repository folder</comment>
        <translation>Öffnen …</translation>
    </message>
</context>
<context>
    <name>MappedFile</name>
    <message>
        <source>the file was truncated while it was being read</source>
        <translation>die Datei wurde gekürzt, während sie gelesen wurde</translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch unbekannt</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>synced · healthy</source>
        <translation>Synced · Healthy</translation>
    </message>
    <message>
        <source>↑ promote</source>
        <comment>a button: promote this version to the next environment</comment>
        <translation>↑ hochstufen</translation>
    </message>
    <message>
        <source>newest %1</source>
        <comment>the newest tag in the registry</comment>
        <translation>neuestes %1</translation>
    </message>
    <message>
        <source>Promote %1 to %2</source>
        <translation>%1 nach %2 hochstufen</translation>
    </message>
    <message>
        <source>Ships: %1</source>
        <translation>Enthält: %1</translation>
    </message>
    <message>
        <source>Ships: asking the source…</source>
        <translation>Enthält: Quelle wird abgefragt …</translation>
    </message>
    <message>
        <source>mutable</source>
        <comment>a badge: the pinned tag (latest, a branch name) can move</comment>
        <translation>veränderlich</translation>
    </message>
    <message>
        <source>chart</source>
        <comment>a badge: this row is a Helm chart, not an app</comment>
        <translation>Chart</translation>
    </message>
</context>
<context>
    <name>MatrixDrawing</name>
    <message>
        <source>declared state only: no live status</source>
        <translation>nur der deklarierte Stand: kein Live-Status</translation>
    </message>
    <message>
        <source>%1 of %2 apps: those whose environments differ or need attention</source>
        <translation>%1 von %2 Apps: jene, deren Umgebungen sich unterscheiden oder Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 Apps</translation>
    </message>
    <message>
        <source>Every environment declares the same versions, synced and healthy.</source>
        <translation>Alle Umgebungen deklarieren dieselben Versionen, Synced und Healthy.</translation>
    </message>
    <message>
        <source>synced and healthy</source>
        <translation>Synced und Healthy</translation>
    </message>
    <message>
        <source>out of sync or progressing</source>
        <translation>OutOfSync oder Progressing</translation>
    </message>
    <message>
        <source>degraded or missing</source>
        <translation>Degraded oder Missing</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>ready to promote</source>
        <translation>bereit zur Hochstufung</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>APPLICATION</source>
        <translation>ANWENDUNG</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Filter apps by name (Ctrl+F)</source>
        <translation>Apps nach Namen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation>Apps nach Namen filtern</translation>
    </message>
    <message>
        <source>%1 of %2 apps</source>
        <translation>%1 von %2 Apps</translation>
    </message>
    <message>
        <source>1 app</source>
        <translation>1 App</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 Apps</translation>
    </message>
    <message>
        <source>What the overlays declare; no live status (name the Argo CD endpoints in promenade.yaml to see what runs)</source>
        <translation>Was die Overlays deklarieren; kein Live-Status (tragen Sie die Argo-CD-Endpunkte in promenade.yaml ein, um zu sehen, was läuft)</translation>
    </message>
    <message>
        <source>↑ 1 cell ready to promote</source>
        <translation>↑ 1 Zelle bereit zur Hochstufung</translation>
    </message>
    <message>
        <source>↑ %1 cells ready to promote</source>
        <translation>↑ %1 Zellen bereit zur Hochstufung</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Apps by environment</source>
        <translation>Apps nach Umgebung</translation>
    </message>
    <message>
        <source>No app matches “%1”</source>
        <translation>Keine App passt zu „%1“</translation>
    </message>
    <message>
        <source>Loading the live status…</source>
        <translation>Live-Status wird geladen …</translation>
    </message>
    <message>
        <source>Show:</source>
        <comment>the matrix&apos;s state filter</comment>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>Out of sync</source>
        <translation>OutOfSync</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a state filter: its name · how many apps</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Select All Ready</source>
        <translation>Alle bereiten Zellen auswählen</translation>
    </message>
    <message>
        <source>Promote %1 Selected…</source>
        <translation>%1 ausgewählte hochstufen …</translation>
    </message>
    <message>
        <source>Promote Selected…</source>
        <translation>Auswahl hochstufen …</translation>
    </message>
    <message>
        <source>No app is in this state</source>
        <translation>Keine App ist in diesem Zustand</translation>
    </message>
    <message>
        <source>A click selects a cell (Ctrl+click adds, Shift+click a range); arrow keys move; Enter promotes what is selected and marked “↑ promote”.</source>
        <translation>Ein Klick wählt eine Zelle aus (Strg+Klick fügt hinzu, Umschalt+Klick einen Bereich); die Pfeiltasten bewegen die Auswahl; die Eingabetaste stuft hoch, was ausgewählt und mit „↑ hochstufen“ markiert ist.</translation>
    </message>
    <message>
        <source>Copy Tag %1</source>
        <translation>Tag %1 kopieren</translation>
    </message>
    <message>
        <source>Copy Image Reference</source>
        <translation>Image-Referenz kopieren</translation>
    </message>
    <message>
        <source>Open Image in Browser</source>
        <translation>Image im Browser öffnen</translation>
    </message>
    <message>
        <source>Promote from %1…</source>
        <translation>Aus %1 hochstufen …</translation>
    </message>
    <message>
        <source>, 1 chart</source>
        <translation>, 1 Chart</translation>
    </message>
    <message>
        <source>, %1 charts</source>
        <translation>, %1 Charts</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>Squash and merge</source>
        <translation>Squashen und mergen</translation>
    </message>
    <message>
        <source>Rebase and merge</source>
        <translation>Rebasen und mergen</translation>
    </message>
    <message>
        <source>Merge commit</source>
        <translation>Merge-Commit</translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>how the pull request is merged</comment>
        <translation>Merge</translation>
    </message>
    <message>
        <source>One commit on the base branch: “%1 (#%2)”</source>
        <translation>Ein Commit auf dem Basis-Branch: „%1 (#%2)“</translation>
    </message>
    <message>
        <source>The promotion&apos;s commit replayed on the base branch as it is (its summary does not name #%1)</source>
        <translation>Der Commit der Hochstufung, unverändert auf den Basis-Branch übertragen (seine Zusammenfassung nennt #%1 nicht)</translation>
    </message>
    <message>
        <source>A merge commit: “Merge pull request #%1 from …”</source>
        <translation>Ein Merge-Commit: „Merge pull request #%1 from …“</translation>
    </message>
    <message>
        <source>Pull request #%1 has checks that have not passed:</source>
        <translation>Pull-Request #%1 hat Checks, die nicht bestanden sind:</translation>
    </message>
    <message>
        <source>Merging now deploys it to %1 without their verdict.</source>
        <translation>Wenn Sie jetzt mergen, wird er ohne ihr Ergebnis in %1 bereitgestellt.</translation>
    </message>
    <message>
        <source>Wait for the Checks</source>
        <translation>Auf die Checks warten</translation>
    </message>
    <message>
        <source>Merge Anyway</source>
        <translation>Trotzdem mergen</translation>
    </message>
    <message>
        <source>Merge pull request #%1 anyway</source>
        <translation>Pull-Request #%1 trotzdem mergen</translation>
    </message>
</context>
<context>
    <name>MutableTag</name>
    <message>
        <source>The tag %1 has moved in the registry: it is not one build. Pin the digest.</source>
        <translation>Das Tag %1 hat sich in der Registry verschoben: Es steht nicht für einen einzigen Build. Legen Sie den Digest fest.</translation>
    </message>
    <message>
        <source>The tag %1 has moved in the registry (now %2): it is not one build. Pin the digest.</source>
        <translation>Das Tag %1 hat sich in der Registry verschoben (jetzt %2): Es steht nicht für einen einzigen Build. Legen Sie den Digest fest.</translation>
    </message>
    <message>
        <source>Pinned to the mutable tag latest: a restart may run another build. Pin the digest.</source>
        <translation>Auf das veränderliche Tag latest festgelegt: Ein Neustart kann einen anderen Build ausführen. Legen Sie den Digest fest.</translation>
    </message>
    <message>
        <source>Pinned to %1, a branch name: the tag moves with every build. Pin the digest.</source>
        <translation>Auf %1 festgelegt, einen Branch-Namen: Das Tag wandert mit jedem Build. Legen Sie den Digest fest.</translation>
    </message>
</context>
<context>
    <name>OpeningPanel</name>
    <message>
        <source>Making the demo repository…</source>
        <translation>Demo-Repository wird erstellt …</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening the repository…</source>
        <translation>Repository wird geöffnet …</translation>
    </message>
    <message>
        <source>Reading its environments, apps and overlays; the live status follows.</source>
        <translation>Umgebungen, Apps und Overlays werden gelesen; der Live-Status folgt.</translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <source>promenade.yaml must be a mapping</source>
        <translation>promenade.yaml muss ein Mapping sein</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>&apos;environments&apos; must be a list</source>
        <translation>„environments“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;clusters&apos; must be a list of names</source>
        <translation>„clusters“ muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;promotion&apos; must be commit or pull-request, not &apos;%1&apos;</source>
        <translation>„promotion“ muss commit oder pull-request sein, nicht „%1“</translation>
    </message>
    <message>
        <source>every environment needs a name</source>
        <translation>Jede Umgebung braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;apps&apos; must be a list</source>
        <translation>„apps“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>every app needs a name</source>
        <translation>Jede App braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;source&apos; must be a Git URL or {url, path}</source>
        <translation>„source“ muss eine Git-URL oder {url, path} sein</translation>
    </message>
    <message>
        <source>&apos;endpoints&apos; must be a mapping</source>
        <translation>„endpoints“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>every Argo CD endpoint needs a url</source>
        <translation>Jeder Argo-CD-Endpunkt braucht eine url</translation>
    </message>
    <message>
        <source>&apos;endpoints.argocd&apos; must be a URL or a list of {url, clusters}</source>
        <translation>„endpoints.argocd“ muss eine URL oder eine Liste von {url, clusters} sein</translation>
    </message>
    <message>
        <source>&apos;endpoints.registries&apos; must map registry hosts to URLs</source>
        <translation>„endpoints.registries“ muss Registry-Hosts auf URLs abbilden</translation>
    </message>
    <message>
        <source>&apos;endpoints.clusters&apos; must map cluster names to {context}</source>
        <translation>„endpoints.clusters“ muss Cluster-Namen auf {context} abbilden</translation>
    </message>
    <message>
        <source>&apos;endpoints.github&apos; must be a mapping (repository, url)</source>
        <translation>„endpoints.github“ muss ein Mapping sein (repository, url)</translation>
    </message>
    <message>
        <source>&apos;repository&apos; must be OWNER/NAME</source>
        <translation>„repository“ muss OWNER/NAME sein</translation>
    </message>
    <message>
        <source>&apos;diff&apos; must be a mapping (ignore)</source>
        <translation>„diff“ muss ein Mapping sein (ignore)</translation>
    </message>
    <message>
        <source>unknown field &apos;diff.%1&apos;</source>
        <translation>unbekanntes Feld „diff.%1“</translation>
    </message>
    <message>
        <source>&apos;diff.ignore&apos; must be a list of field paths</source>
        <translation>„diff.ignore“ muss eine Liste von Feldpfaden sein</translation>
    </message>
    <message>
        <source>every entry of &apos;diff.ignore&apos; must be a field path, such as metadata.labels.env</source>
        <translation>Jeder Eintrag von „diff.ignore“ muss ein Feldpfad sein, etwa metadata.labels.env</translation>
    </message>
</context>
<context>
    <name>PipelineController</name>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 refused the credentials</source>
        <translation>%1 hat die Zugangsdaten abgelehnt</translation>
    </message>
    <message>
        <source>still loading: %1</source>
        <translation>lädt noch: %1</translation>
    </message>
</context>
<context>
    <name>PipelineDrawing</name>
    <message>
        <source>declared state only: no live status</source>
        <translation>nur der deklarierte Stand: kein Live-Status</translation>
    </message>
    <message>
        <source>Promotion pipeline</source>
        <translation>Hochstufungs-Pipeline</translation>
    </message>
    <message>
        <source>1 environment</source>
        <translation>1 Umgebung</translation>
    </message>
    <message>
        <source>%1 environments</source>
        <translation>%1 Umgebungen</translation>
    </message>
    <message>
        <source>1 app</source>
        <translation>1 App</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 Apps</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 Cluster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 Cluster</translation>
    </message>
    <message>
        <source>No environments were found in this repository.</source>
        <translation>In diesem Repository wurden keine Umgebungen gefunden.</translation>
    </message>
    <message>
        <source>Drawn by Promenade %1 on %2</source>
        <translation>Gezeichnet von Promenade %1 am %2</translation>
    </message>
    <message>
        <source>via pull request</source>
        <translation>per Pull-Request</translation>
    </message>
    <message>
        <source>direct commit</source>
        <translation>direkter Commit</translation>
    </message>
    <message>
        <source>no cluster points at this overlay</source>
        <translation>kein Cluster verweist auf dieses Overlay</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>no applications</source>
        <translation>keine Anwendungen</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <source>%1 (not pinned by the overlay)</source>
        <translation>%1 (nicht vom Overlay festgelegt)</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>läuft: %1</translation>
    </message>
    <message>
        <source>what runs is not known</source>
        <translation>Was läuft, ist unbekannt</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires in 1 day</source>
        <translation>läuft in 1 Tag ab</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>pull request</source>
        <translation>Pull-Request</translation>
    </message>
    <message>
        <source>ready to promote</source>
        <translation>bereit zur Hochstufung</translation>
    </message>
    <message>
        <source>promote</source>
        <comment>label of the arrow between two environments</comment>
        <translation>hochstufen</translation>
    </message>
    <message>
        <source>commit</source>
        <comment>a promotion lands as a direct commit</comment>
        <translation>Commit</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>nicht bereit</translation>
    </message>
</context>
<context>
    <name>PipelineExporter</name>
    <message>
        <source>Open a repository first: there is no pipeline to export.</source>
        <translation>Öffnen Sie zuerst ein Repository: Es gibt keine Pipeline zum Exportieren.</translation>
    </message>
    <message>
        <source>The pipeline could not be captured as an image.</source>
        <translation>Die Pipeline konnte nicht als Bild erfasst werden.</translation>
    </message>
    <message>
        <source>An export is still being written; try again in a moment.</source>
        <translation>Ein Export wird noch geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>PipelineSnapshot</name>
    <message>
        <source>Promotion pipeline · %1 environments · %2 apps</source>
        <translation>Hochstufungs-Pipeline · %1 Umgebungen · %2 Apps</translation>
    </message>
    <message>
        <source>declared state only: no live status</source>
        <translation>nur der deklarierte Stand: kein Live-Status</translation>
    </message>
</context>
<context>
    <name>PipelineSvgExporter</name>
    <message>
        <source>%1 — promotion pipeline</source>
        <translation>%1 – Hochstufungs-Pipeline</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>Das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the SVG drawing could not be made</source>
        <translation>Die SVG-Zeichnung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>the picture is too large to draw as PNG (use SVG)</source>
        <translation>Das Bild ist zu groß für PNG (verwenden Sie SVG)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>Der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>Die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the picture would be %1×%2 pixels, more than a slide can show (at most %3 pixels a side): draw the compact matrix, only the apps that differ between environments, or SVG</source>
        <translation>Das Bild wäre %1×%2 Pixel groß, mehr als eine Folie zeigen kann (höchstens %3 Pixel pro Seite): Zeichnen Sie die kompakte Matrix, nur mit den Apps, die sich zwischen den Umgebungen unterscheiden, oder verwenden Sie SVG</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Promotion pipeline</source>
        <translation>Hochstufungs-Pipeline</translation>
    </message>
    <message>
        <source>1 environment</source>
        <translation>1 Umgebung</translation>
    </message>
    <message>
        <source>%1 environments</source>
        <translation>%1 Umgebungen</translation>
    </message>
    <message>
        <source>1 app</source>
        <translation>1 App</translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation>%1 Apps</translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation>1 Cluster</translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation>%1 Cluster</translation>
    </message>
    <message>
        <source>live · asking…</source>
        <translation>live · wird abgefragt …</translation>
    </message>
    <message>
        <source>live · %1</source>
        <translation>live · %1</translation>
    </message>
    <message>
        <source>What Promenade knew when it last reached the services; it is replaced as soon as they answer.</source>
        <translation>Was Promenade wusste, als es die Dienste zuletzt erreicht hat; wird ersetzt, sobald sie antworten.</translation>
    </message>
    <message>
        <source>The last status that could be fetched; Promenade keeps asking.</source>
        <translation>Der zuletzt abrufbare Status; Promenade fragt weiter nach.</translation>
    </message>
    <message>
        <source>Environments as cards, joined by promotions (Ctrl+M switches)</source>
        <translation>Umgebungen als Karten, verbunden durch Hochstufungen (Strg+M wechselt)</translation>
    </message>
    <message>
        <source>Apps × environments, for many apps (Ctrl+M switches)</source>
        <translation>Apps × Umgebungen, für viele Apps (Strg+M wechselt)</translation>
    </message>
    <message>
        <source>Graph</source>
        <comment>show the pipeline as a graph</comment>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Matrix</source>
        <comment>show the pipeline as a table of apps and environments</comment>
        <translation>Matrix</translation>
    </message>
</context>
<context>
    <name>Promotion</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the file changed since the promotion was planned; plan it again</source>
        <translation>Die Datei hat sich seit der Planung der Hochstufung geändert; planen Sie sie neu</translation>
    </message>
    <message>
        <source>Committing %1…</source>
        <translation>%1 wird committet …</translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation>%1 wird nach %2 gepusht …</translation>
    </message>
    <message>
        <source>%1 moved on while promoting, %2 times; the promotion is committed locally as %3</source>
        <translation>%1 hat sich während der Hochstufung %2-mal weiterbewegt; die Hochstufung ist lokal als %3 committet</translation>
    </message>
    <message>
        <source>%1 moved on; fetching and planning again…</source>
        <translation>%1 hat sich weiterbewegt; Fetch und neue Planung …</translation>
    </message>
    <message>
        <source>%1 had moved on: the first attempt is kept on %2; re-planned on %3</source>
        <translation>%1 hatte sich weiterbewegt: Der erste Versuch bleibt auf %2 erhalten; neu geplant auf %3</translation>
    </message>
    <message>
        <source>after %1 moved on, the promotion no longer applies: %2</source>
        <translation>Nachdem sich %1 weiterbewegt hat, passt die Hochstufung nicht mehr: %2</translation>
    </message>
    <message>
        <source>another promotion already set %1 %2 to %3; nothing left to do</source>
        <translation>Eine andere Hochstufung hat %1 %2 bereits auf %3 gesetzt; nichts mehr zu tun</translation>
    </message>
    <message>
        <source>the branch %1 exists already; a pull request for this promotion may be open</source>
        <translation>Der Branch %1 existiert bereits; womöglich ist schon ein Pull-Request für diese Hochstufung offen</translation>
    </message>
    <message>
        <source>Committing %1 on %2…</source>
        <translation>%1 wird auf %2 committet …</translation>
    </message>
    <message>
        <source>the promotion is committed on the local branch %1</source>
        <translation>Die Hochstufung ist auf dem lokalen Branch %1 committet</translation>
    </message>
    <message>
        <source>cannot tell which GitHub repository the pull request is in: origin is not on github.com; set endpoints.github.repository in promenade.yaml</source>
        <translation>Unklar, in welchem GitHub-Repository der Pull-Request liegt: origin ist nicht auf github.com; setzen Sie endpoints.github.repository in promenade.yaml</translation>
    </message>
    <message>
        <source>no GitHub token for %1: set GITHUB_TOKEN, log in with `gh auth login`, or enter a token in Settings</source>
        <translation>kein GitHub-Token für %1: Setzen Sie GITHUB_TOKEN, melden Sie sich mit `gh auth login` an oder tragen Sie in den Einstellungen ein Token ein</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>ein unbekannter Host</translation>
    </message>
    <message>
        <source>the file was committed since the promotion was planned; plan it again</source>
        <translation>Die Datei wurde seit der Planung der Hochstufung committet; planen Sie sie erneut</translation>
    </message>
    <message>
        <source>%1 is in progress in this clone: finish it or abort it before promoting</source>
        <translation>%1 ist in diesem Klon im Gange: Schließen Sie es ab oder brechen Sie es ab, bevor Sie hochstufen</translation>
    </message>
    <message>
        <source>%1; the promotion is committed locally as %2 and not pushed</source>
        <translation>%1; die Hochstufung ist lokal als %2 committet und nicht gepusht</translation>
    </message>
    <message>
        <source>A promotion lock left by %1, which no longer runs, was removed</source>
        <translation>Eine Hochstufungssperre von %1, das nicht mehr läuft, wurde entfernt</translation>
    </message>
    <message>
        <source>another promotion is running in this clone (%1, since %2 UTC): wait for it to end; if no promotion is running, remove %3</source>
        <translation>In diesem Klon läuft bereits eine andere Hochstufung (%1, seit %2 UTC): Warten Sie, bis sie endet; läuft keine Hochstufung, entfernen Sie %3</translation>
    </message>
    <message>
        <source>its process is unknown</source>
        <translation>sein Prozess ist unbekannt</translation>
    </message>
    <message>
        <source>cannot create the promotion lock: permission denied</source>
        <translation>Die Sperre für die Hochstufung kann nicht angelegt werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot create the promotion lock</source>
        <translation>Die Sperre für die Hochstufung kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no app named &apos;%1&apos; (the repository has: %2)</source>
        <translation>keine App namens „%1“ (das Repository hat: %2)</translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos; (the repository has: %2)</source>
        <translation>keine Umgebung namens „%1“ (das Repository hat: %2)</translation>
    </message>
    <message>
        <source>promote needs two different environments, not %1 twice</source>
        <translation>Eine Hochstufung braucht zwei verschiedene Umgebungen, nicht zweimal %1</translation>
    </message>
    <message>
        <source>%1 does not run %2, so there is nothing to promote from it</source>
        <translation>%1 führt %2 nicht aus, es gibt dort also nichts hochzustufen</translation>
    </message>
    <message>
        <source>a tag is needed (--tag, or --image NAME=TAG)</source>
        <translation>Ein Tag wird benötigt (--tag oder --image NAME=TAG)</translation>
    </message>
    <message>
        <source>%1 has no overlay for %2</source>
        <translation>%1 hat kein Overlay für %2</translation>
    </message>
    <message>
        <source>%1 is not a valid Git branch name (made of the app, the environment and the tag): rename them, or land the change with --commit</source>
        <translation>%1 ist kein gültiger Git-Branch-Name (gebildet aus App, Umgebung und Tag): Benennen Sie sie um, oder übernehmen Sie die Änderung mit --commit</translation>
    </message>
    <message>
        <source>Preview renders</source>
        <translation>Vorschau lässt sich rendern</translation>
    </message>
    <message>
        <source>the change cannot be rendered: %1</source>
        <translation>Die Änderung kann nicht gerendert werden: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>the file changed since the change was planned; plan it again</source>
        <translation>Die Datei hat sich seit der Planung der Änderung geändert; planen Sie sie erneut</translation>
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation>Pull-Request wird geöffnet …</translation>
    </message>
    <message>
        <source>%1 is pushed, but the pull request could not be opened: %2</source>
        <translation>%1 ist gepusht, aber der Pull-Request konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image tag: a tag is 1 to 128 letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, and does not start with &apos;.&apos; or &apos;-&apos;</source>
        <translation>„%1“ ist kein gültiges Image-Tag: Ein Tag besteht aus 1 bis 128 Buchstaben, Ziffern, „_“, „.“ und „-“ und beginnt nicht mit „.“ oder „-“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image digest: expected sha256: and 64 lower-case hex digits</source>
        <translation>„%1“ ist kein gültiger Image-Digest: erwartet werden sha256: und 64 hexadezimale Kleinbuchstaben-Ziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image digest: expected sha512: and 128 lower-case hex digits</source>
        <translation>„%1“ ist kein gültiger Image-Digest: erwartet werden sha512: und 128 hexadezimale Kleinbuchstaben-Ziffern</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid chart version: Helm charts use semantic versions such as 1.4.2 or 2.0.0-rc.1</source>
        <translation>„%1“ ist keine gültige Chart-Version: Helm-Charts verwenden semantische Versionen wie 1.4.2 oder 2.0.0-rc.1</translation>
    </message>
    <message>
        <source>%1; and the file could not be restored (%2): %3 is left edited, restore it with `git checkout -- %3`</source>
        <translation>%1; und die Datei konnte nicht wiederhergestellt werden (%2): %3 bleibt geändert, stellen Sie sie mit `git checkout -- %3` wieder her</translation>
    </message>
    <message>
        <source>%1; and switching back to %2 failed (%3): the work tree is left on %4, switch back with `git checkout %2` once the files named are dealt with</source>
        <translation>%1; und der Wechsel zurück zu %2 ist fehlgeschlagen (%3): Das Arbeitsverzeichnis bleibt auf %4, wechseln Sie mit `git checkout %2` zurück, sobald die genannten Dateien erledigt sind</translation>
    </message>
    <message>
        <source>%1 (the branch %2 is left without the promotion: delete it with `git branch -D %2`)</source>
        <translation>%1 (der Branch %2 bleibt ohne die Hochstufung zurück: Löschen Sie ihn mit `git branch -D %2`)</translation>
    </message>
    <message>
        <source>the promotion is committed as %1 on %2 and pushed</source>
        <translation>Die Hochstufung ist als %1 auf %2 committet und gepusht</translation>
    </message>
    <message>
        <source>the promotion is committed as %1 on %2</source>
        <translation>Die Hochstufung ist als %1 auf %2 committet</translation>
    </message>
    <message>
        <source>nothing to promote</source>
        <translation>nichts hochzustufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>promotions approved together must go into one environment (%1 goes to %2, %3 to %4): promote one environment at a time</source>
        <translation>Gemeinsam freigegebene Hochstufungen müssen in eine Umgebung gehen (%1 geht nach %2, %3 nach %4): Stufen Sie jeweils nur eine Umgebung hoch</translation>
    </message>
    <message>
        <source>%1 was planned on another version of %2; plan it again</source>
        <translation>%1 wurde auf einer anderen Version von %2 geplant; planen Sie die Hochstufung erneut</translation>
    </message>
    <message>
        <source>%1 and %2 change the same lines; promote them one at a time</source>
        <translation>%1 und %2 ändern dieselben Zeilen; stufen Sie sie einzeln hoch</translation>
    </message>
    <message>
        <source>the checks could not be read: %1</source>
        <translation>Die Checks konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>pull request #%1 has checks that have not passed: %2; confirm to merge it anyway</source>
        <translation>Pull-Request #%1 hat Checks, die nicht bestanden sind: %2; bestätigen Sie, um ihn trotzdem zu mergen</translation>
    </message>
    <message>
        <source>the target pins a digest, and the digest of %1 is not known: pin it by hand</source>
        <translation>das Ziel legt einen Digest fest, und der Digest von %1 ist unbekannt: Legen Sie ihn manuell fest</translation>
    </message>
    <message>
        <source>no pin to edit</source>
        <translation>keine Festlegung zum Bearbeiten</translation>
    </message>
    <message>
        <source>cannot tell the images entry from %1</source>
        <translation>der images-Eintrag für %1 lässt sich nicht bestimmen</translation>
    </message>
    <message>
        <source>%1 no longer holds %2 at %3 (line %4): the file changed since it was read; look again</source>
        <translation>%1 enthält %2 nicht mehr bei %3 (Zeile %4): Die Datei hat sich seit dem Lesen geändert; sehen Sie erneut nach</translation>
    </message>
    <message>
        <source>cannot pin the chart version of a %1 in an overlay</source>
        <translation>die Chart-Version eines Objekts vom Typ %1 kann nicht in einem Overlay festgelegt werden</translation>
    </message>
    <message>
        <source>%1 does not run the chart %2</source>
        <translation>%1 führt das Chart %2 nicht aus</translation>
    </message>
    <message>
        <source>a chart version has no digest</source>
        <translation>eine Chart-Version hat keinen Digest</translation>
    </message>
    <message>
        <source>%1&apos;s version of %2 is written in %3, which other environments share, and no overlay of %1 can pin it: pin it there by hand</source>
        <translation>die Version von %2 für %1 steht in %3, das auch andere Umgebungen nutzen, und kein Overlay von %1 kann sie festlegen: Legen Sie sie dort manuell fest</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>%1 reads the version of %2 from %3, which other environments share: a patch pinning %4 for %1 is added to %5.</source>
        <translation>%1 liest die Version von %2 aus %3, das auch andere Umgebungen nutzen: Ein Patch, der %4 für %1 festlegt, wird zu %5 hinzugefügt.</translation>
    </message>
    <message>
        <source> (it runs %1, written in %2)</source>
        <translation> (es führt %1 aus, eingetragen in %2)</translation>
    </message>
    <message>
        <source>its base</source>
        <translation>der Basis</translation>
    </message>
    <message>
        <source>%1 pins no version of %2 of its own%3: an images: entry for %4 is added to %5.</source>
        <translation>%1 legt keine eigene Version von %2 fest%3: Ein images:-Eintrag für %4 wird zu %5 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1&apos;s chart differs between %2 and %3 (%4 → %5): the chart&apos;s version is promoted; the image its values set is the same in both.</source>
        <translation>Das Chart von %1 unterscheidet sich zwischen %2 und %3 (%4 → %5): Die Chart-Version wird hochgestuft; das Image, das seine Values setzen, ist in beiden gleich.</translation>
    </message>
    <message>
        <source>%1&apos;s chart differs between %2 and %3 (%4 → %5): the chart&apos;s version is promoted. Its image differs too (%6 → %7), but %3 reads it from %8, which other environments share: it is not changed.</source>
        <translation>Das Chart von %1 unterscheidet sich zwischen %2 und %3 (%4 → %5): Die Chart-Version wird hochgestuft. Auch das Image unterscheidet sich (%6 → %7), aber %3 liest es aus %8, das andere Umgebungen teilen: Es wird nicht geändert.</translation>
    </message>
    <message>
        <source>%1&apos;s chart and the image its values set both differ between %2 and %3: both are promoted, the chart %4 → %5 (%6) and the image %7 → %8 (%9).</source>
        <translation>Das Chart von %1 und das Image, das seine Values setzen, unterscheiden sich beide zwischen %2 und %3: Beide werden hochgestuft, das Chart %4 → %5 (%6) und das Image %7 → %8 (%9).</translation>
    </message>
    <message>
        <source>%1&apos;s chart is the same in %2 and %3 (%4): the image its values set is promoted.</source>
        <translation>Das Chart von %1 ist in %2 und %3 gleich (%4): Das Image, das seine Values setzen, wird hochgestuft.</translation>
    </message>
    <message>
        <source>%1 pins no version of %2 of its own: it runs what the chart %3 sets for every environment (%4). Pin it for %1 first — a Helm parameter in %3/.argocd-source-%5.yaml, or a values file of its own — then promote.</source>
        <translation>%1 legt keine eigene Version von %2 fest: Es läuft, was das Chart %3 für jede Umgebung festlegt (%4). Legen Sie sie zuerst für %1 fest — ein Helm-Parameter in %3/.argocd-source-%5.yaml oder eine eigene Values-Datei — und stufen Sie dann hoch.</translation>
    </message>
    <message>
        <source>its values</source>
        <translation>seine Values</translation>
    </message>
    <message>
        <source>%1 is deployed as the chart %2: its chart&apos;s version is rolled back (%3 → %4); the image its values set (%5) is not changed. To undo a promotion whole, revert its commit.</source>
        <translation>%1 wird als Chart %2 bereitgestellt: Die Version seines Charts wird zurückgesetzt (%3 → %4); das Image, das seine Values festlegen (%5), bleibt unverändert. Um eine Hochstufung ganz rückgängig zu machen, setzen Sie ihren Commit zurück.</translation>
    </message>
    <message>
        <source>%1 (image %2)</source>
        <translation>%1 (Image %2)</translation>
    </message>
</context>
<context>
    <name>PromotionArrow</name>
    <message>
        <source>via pull request</source>
        <translation>per Pull-Request</translation>
    </message>
    <message>
        <source>Promote %1 %2 to %3</source>
        <translation>%1 %2 nach %3 hochstufen</translation>
    </message>
    <message>
        <source>Ready to promote</source>
        <translation>Bereit zur Hochstufung</translation>
    </message>
    <message>
        <source>%1 → %2: ready. Click to see every gate and approve.</source>
        <translation>%1 → %2: bereit. Klicken, um alle Prüfungen zu sehen und freizugeben.</translation>
    </message>
    <message>
        <source>Not ready: %1. Click to see every gate.</source>
        <translation>Nicht bereit: %1. Klicken, um alle Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>promote</source>
        <comment>label of the arrow between two environments</comment>
        <translation>hochstufen</translation>
    </message>
    <message>
        <source>commit</source>
        <comment>a promotion lands as a direct commit</comment>
        <translation>Commit</translation>
    </message>
    <message>
        <source>+ %1 more — see the matrix</source>
        <translation>+ %1 weitere – siehe Matrix</translation>
    </message>
    <message>
        <source>Ships: %1</source>
        <translation>Enthält: %1</translation>
    </message>
    <message>
        <source>Ships: asking the source…</source>
        <translation>Enthält: Quelle wird abgefragt …</translation>
    </message>
</context>
<context>
    <name>PromotionController</name>
    <message>
        <source>Roll back %1 in %2</source>
        <translation>%1 in %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Set %1 in %2</source>
        <translation>%1 in %2 setzen</translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation>%1 von %2 nach %3 hochstufen</translation>
    </message>
    <message>
        <source>A pull request from %1 into %2</source>
        <translation>Ein Pull-Request von %1 in %2</translation>
    </message>
    <message>
        <source>A commit on %1, pushed to origin</source>
        <translation>Ein Commit auf %1, nach origin gepusht</translation>
    </message>
    <message>
        <source>A commit on %1 (this repository has no origin to push to)</source>
        <translation>Ein Commit auf %1 (dieses Repository hat kein origin zum Pushen)</translation>
    </message>
    <message>
        <source>Open a repository first.</source>
        <translation>Öffnen Sie zuerst ein Repository.</translation>
    </message>
    <message>
        <source>Pull request #%1 was already open</source>
        <translation>Pull-Request #%1 war bereits offen</translation>
    </message>
    <message>
        <source>Opened pull request #%1</source>
        <translation>Pull-Request #%1 geöffnet</translation>
    </message>
    <message>
        <source>Committed %1 on %2 and pushed</source>
        <translation>%1 auf %2 committet und gepusht</translation>
    </message>
    <message>
        <source>Committed %1 on %2</source>
        <translation>%1 auf %2 committet</translation>
    </message>
    <message>
        <source>Merging pull request #%1…</source>
        <translation>Pull-Request #%1 wird gemergt …</translation>
    </message>
    <message>
        <source>Merged as %1</source>
        <translation>Gemergt als %1</translation>
    </message>
    <message>
        <source>Pulled the merge into this copy</source>
        <translation>Den Merge in diese Kopie übernommen</translation>
    </message>
    <message>
        <source>Merged on GitHub, but this copy could not be updated: %1</source>
        <translation>Auf GitHub gemergt, aber diese Kopie konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Waiting for pull request #%1 to be merged</source>
        <translation>Warten, bis Pull-Request #%1 gemergt ist</translation>
    </message>
    <message>
        <source>No live status for this repository: Argo CD is not configured (Settings or promenade.yaml)</source>
        <translation>Kein Live-Status für dieses Repository: Argo CD ist nicht konfiguriert (Einstellungen oder promenade.yaml)</translation>
    </message>
    <message>
        <source>%1 runs %2: synced and healthy</source>
        <translation>%1 führt %2 aus: Synced und Healthy</translation>
    </message>
    <message>
        <source>%1 runs %2: %3 · %4</source>
        <translation>%1 führt %2 aus: %3 · %4</translation>
    </message>
    <message>
        <source>Argo CD: %1 is %2 · %3, still running %4</source>
        <translation>Argo CD: %1 ist %2 · %3, führt noch %4 aus</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Waiting for Argo CD to report %1 in %2</source>
        <translation>Warten, bis Argo CD %1 in %2 meldet</translation>
    </message>
    <message numerus="yes">
        <source>Promote %n apps from %1 to %2</source>
        <translation>
            <numerusform>%n App von %1 nach %2 hochstufen</numerusform>
            <numerusform>%n Apps von %1 nach %2 hochstufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected to promote.</source>
        <translation>Zum Hochstufen ist nichts ausgewählt.</translation>
    </message>
</context>
<context>
    <name>PromotionGate</name>
    <message>
        <source>Working tree clean</source>
        <translation>Arbeitsverzeichnis sauber</translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit or stash them first, Promenade never overwrites them</source>
        <translation>%1 hat nicht committete Änderungen: Committen oder stashen Sie sie zuerst, Promenade überschreibt sie nie</translation>
    </message>
    <message>
        <source>%1 has no uncommitted changes</source>
        <translation>%1 hat keine nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>Branch up to date</source>
        <translation>Branch aktuell</translation>
    </message>
    <message>
        <source>%1 tracks no remote branch: the promotion stays local</source>
        <translation>%1 folgt keinem Remote-Branch: Die Hochstufung bleibt lokal</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2: pull first, so that the promotion starts from what is deployed</source>
        <translation>
            <numerusform>%1 liegt %n Commit hinter %2: Erst pullen, damit die Hochstufung vom bereitgestellten Stand ausgeht</numerusform>
            <numerusform>%1 liegt %n Commits hinter %2: Erst pullen, damit die Hochstufung vom bereitgestellten Stand ausgeht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) not on %2: push or drop them first, so that the promotion goes out alone</source>
        <translation>
            <numerusform>%1 hat %n Commit, der nicht auf %2 ist: Erst pushen oder verwerfen, damit die Hochstufung allein hinausgeht</numerusform>
            <numerusform>%1 hat %n Commits, die nicht auf %2 sind: Erst pushen oder verwerfen, damit die Hochstufung allein hinausgeht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) ahead of %2; the promotion is committed locally</source>
        <translation>
            <numerusform>%1 liegt %n Commit vor %2; die Hochstufung wird lokal committet</numerusform>
            <numerusform>%1 liegt %n Commits vor %2; die Hochstufung wird lokal committet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches %2 (as last fetched)</source>
        <translation>%1 entspricht %2 (Stand des letzten Fetch)</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>%1 already runs %2 %3</source>
        <translation>%1 führt %2 %3 bereits aus</translation>
    </message>
    <message>
        <source>%1 does not pin %2 yet; it will pin %3</source>
        <translation>%1 legt %2 noch nicht fest; künftig %3</translation>
    </message>
    <message>
        <source>%1 runs %2 now; it will run %3</source>
        <translation>%1 führt jetzt %2 aus; künftig %3</translation>
    </message>
    <message>
        <source>Source healthy and synced</source>
        <translation>Quelle Healthy und Synced</translation>
    </message>
    <message>
        <source>no source environment to check</source>
        <translation>keine Quellumgebung zu prüfen</translation>
    </message>
    <message>
        <source>Image and platforms</source>
        <translation>Image und Plattformen</translation>
    </message>
    <message>
        <source>the registry&apos;s answer about %1 is not known</source>
        <translation>Die Antwort der Registry zu %1 ist nicht bekannt</translation>
    </message>
    <message>
        <source>Certificates ready</source>
        <translation>Zertifikate bereit</translation>
    </message>
    <message>
        <source>the certificates of %1 are unknown</source>
        <translation>Die Zertifikate von %1 sind unbekannt</translation>
    </message>
    <message>
        <source>%1/%2 on %3 is %4%5</source>
        <translation>%1/%2 auf %3 ist %4%5</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of %1 are ready</source>
        <translation>
            <numerusform>%n Zertifikat von %1 ist bereit</numerusform>
            <numerusform>%n Zertifikate von %1 sind bereit</numerusform>
        </translation>
    </message>
    <message>
        <source>Pull request checks</source>
        <translation>Checks des Pull-Requests</translation>
    </message>
    <message>
        <source>a direct commit: no pull request to check</source>
        <translation>ein direkter Commit: kein Pull-Request zu prüfen</translation>
    </message>
    <message>
        <source>GitHub was not asked (no GitHub repository is known)</source>
        <translation>GitHub wurde nicht gefragt (kein GitHub-Repository bekannt)</translation>
    </message>
    <message>
        <source>the pull request is not open yet: GitHub runs its checks once it is</source>
        <translation>Der Pull-Request ist noch nicht offen: GitHub führt seine Checks aus, sobald er es ist</translation>
    </message>
    <message>
        <source>#%1: checks %2</source>
        <translation>#%1: Checks %2</translation>
    </message>
    <message>
        <source>%1 is in progress in this clone: finish it or abort it before promoting</source>
        <translation>%1 ist in diesem Klon im Gange: Schließen Sie es ab oder brechen Sie es ab, bevor Sie hochstufen</translation>
    </message>
    <message>
        <source>the registry could not be asked about %1: %2</source>
        <translation>Die Registry konnte zu %1 nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>could not check: Argo CD was not asked (no Argo CD configured)</source>
        <translation>konnte nicht geprüft werden: Argo CD wurde nicht gefragt (kein Argo CD konfiguriert)</translation>
    </message>
    <message>
        <source>could not check: Argo CD did not report %1&apos;s Application of %2%3</source>
        <translation>konnte nicht geprüft werden: Argo CD hat die Application von %2 in %1 nicht gemeldet%3</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, not %4: verify %4 there first</source>
        <translation>%1 führt %2 %3 aus, nicht %4: Prüfen Sie %4 zuerst dort</translation>
    </message>
    <message>
        <source>%1 runs %2 %3 but is %4 and %5%6</source>
        <translation>%1 führt %2 %3 aus, ist aber %4 und %5%6</translation>
    </message>
    <message>
        <source>%1 runs %2 %3, synced and healthy</source>
        <translation>%1 führt %2 %3 aus, Synced und Healthy</translation>
    </message>
    <message>
        <source>Chart version exists</source>
        <translation>Chart-Version vorhanden</translation>
    </message>
    <message>
        <source>could not check: the repository of the chart %1 is not known</source>
        <translation>konnte nicht geprüft werden: Das Repository des Charts %1 ist unbekannt</translation>
    </message>
    <message>
        <source>could not check: %1 was not asked</source>
        <translation>konnte nicht geprüft werden: %1 wurde nicht gefragt</translation>
    </message>
    <message>
        <source>could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 %3</source>
        <translation>%1 enthält %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no version %2 of %3 (%n versions listed)</source>
        <translation>
            <numerusform>%1 hat keine Version %2 von %3 (%n Version aufgeführt)</numerusform>
            <numerusform>%1 hat keine Version %2 von %3 (%n Versionen aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 is not a chart repository that can be asked</source>
        <translation>%1 ist kein abfragbares Chart-Repository</translation>
    </message>
    <message>
        <source>%1 pins %2&apos;s chart at %3, not %4: verify %4 there first</source>
        <translation>%1 legt das Chart von %2 auf %3 fest, nicht auf %4: Prüfen Sie %4 zuerst dort</translation>
    </message>
    <message>
        <source>%1 runs %2&apos;s chart %3 but is %4 and %5%6</source>
        <translation>%1 führt das Chart %3 von %2 aus, ist aber %4 und %5%6</translation>
    </message>
    <message>
        <source>%1 runs %2&apos;s chart %3, synced and healthy</source>
        <translation>%1 führt das Chart %3 von %2 aus, synced und healthy</translation>
    </message>
</context>
<context>
    <name>PullRequestMerger</name>
    <message>
        <source>Merging pull request #%1…</source>
        <translation>Pull-Request #%1 wird gemergt …</translation>
    </message>
    <message>
        <source>Pull request #%1 is merged, but this copy could not be updated: %2</source>
        <translation>Pull-Request #%1 ist gemergt, aber diese Kopie konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Pull request #%1 is merged; Argo CD deploys it next</source>
        <translation>Pull-Request #%1 ist gemergt; Argo CD stellt ihn als Nächstes bereit</translation>
    </message>
    <message>
        <source>Pull request #%1 has checks that have not passed: %2</source>
        <translation>Pull-Request #%1 hat Checks, die nicht bestanden sind: %2</translation>
    </message>
</context>
<context>
    <name>PullRequestStrip</name>
    <message>
        <source>Waiting for merge</source>
        <translation>Wartet auf Merge</translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation>Checks bestanden</translation>
    </message>
    <message>
        <source>checks failed</source>
        <translation>Checks fehlgeschlagen</translation>
    </message>
    <message>
        <source>checks running</source>
        <translation>Checks laufen</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>keine Checks</translation>
    </message>
    <message>
        <source>Merge pull request #%1</source>
        <translation>Pull-Request #%1 mergen</translation>
    </message>
    <message>
        <source>Merge pull request #%1?</source>
        <translation>Pull-Request #%1 mergen?</translation>
    </message>
    <message>
        <source>Its checks FAILED (%1). Merging deploys it anyway.</source>
        <translation>Seine Checks sind FEHLGESCHLAGEN (%1). Ein Merge stellt ihn trotzdem bereit.</translation>
    </message>
    <message>
        <source>Checks: %1.</source>
        <translation>Checks: %1.</translation>
    </message>
    <message>
        <source>GitHub reports no checks for it.</source>
        <translation>GitHub meldet dafür keine Checks.</translation>
    </message>
    <message>
        <source>It is merged on GitHub as it was listed (a pull request that changed since is refused), and this copy is updated; Argo CD then deploys it.</source>
        <translation>Er wird auf GitHub so gemergt, wie er aufgeführt war (ein seither geänderter Pull-Request wird abgelehnt), und diese Kopie wird aktualisiert; danach stellt Argo CD ihn bereit.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <comment>merge the pull request</comment>
        <translation>Mergen …</translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>merge the pull request</comment>
        <translation>Mergen</translation>
    </message>
    <message>
        <source>Wait for the Checks</source>
        <translation>Auf die Checks warten</translation>
    </message>
    <message>
        <source>Merge Anyway</source>
        <translation>Trotzdem mergen</translation>
    </message>
    <message>
        <source>pull request link</source>
        <translation>Pull-Request-Link</translation>
    </message>
    <message>
        <source>Squash and merge</source>
        <translation>Squashen und mergen</translation>
    </message>
    <message>
        <source>Rebase and merge</source>
        <translation>Rebasen und mergen</translation>
    </message>
    <message>
        <source>Merge commit</source>
        <translation>Merge-Commit</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>Keine zuletzt geöffneten Repositorys</translation>
    </message>
    <message>
        <source>%1 (folder not found)</source>
        <translation>%1 (Ordner nicht gefunden)</translation>
    </message>
    <message>
        <source>%1, folder not found</source>
        <translation>%1, Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Open %1, %2</source>
        <translation>%1 öffnen, %2</translation>
    </message>
    <message>
        <source>Remove Missing Folders</source>
        <translation>Fehlende Ordner entfernen</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Clear the recent repositories</source>
        <translation>Die zuletzt geöffneten Repositorys entfernen</translation>
    </message>
</context>
<context>
    <name>RecentRepositories</name>
    <message>
        <source>today, %1</source>
        <translation>heute, %1</translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation>gestern, %1</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registry</translation>
    </message>
    <message>
        <source>%1: %2 needs credentials (401): sign in to the registry</source>
        <translation>%1: %2 braucht Zugangsdaten (401): Melden Sie sich bei der Registry an</translation>
    </message>
    <message>
        <source>%1: the credentials were refused (401)</source>
        <translation>%1: Die Zugangsdaten wurden abgelehnt (401)</translation>
    </message>
    <message>
        <source>%1: access to %2 denied (403): %3</source>
        <translation>%1: Zugriff auf %2 verweigert (403): %3</translation>
    </message>
    <message>
        <source>%1: repository %2 not found (404)</source>
        <translation>%1: Repository %2 nicht gefunden (404)</translation>
    </message>
    <message>
        <source>%1: %2: manifest unknown (404): %3</source>
        <translation>%1: %2: Manifest unbekannt (404): %3</translation>
    </message>
    <message>
        <source>%1: %2: blob unknown (404)</source>
        <translation>%1: %2: Blob unbekannt (404)</translation>
    </message>
    <message>
        <source>%1: the authentication challenge names no token server</source>
        <translation>%1: Die Authentifizierungsaufforderung nennt keinen Token-Server</translation>
    </message>
    <message>
        <source>%1: the token server %2 refused the credentials (%3)</source>
        <translation>%1: Der Token-Server %2 hat die Zugangsdaten abgelehnt (%3)</translation>
    </message>
    <message>
        <source>token request failed</source>
        <translation>Token-Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: the token server %2 gave no token</source>
        <translation>%1: Der Token-Server %2 hat kein Token geliefert</translation>
    </message>
    <message>
        <source>%1: %2: the manifest does not match its digest %3</source>
        <translation>%1: %2: Das Manifest passt nicht zu seinem Digest %3</translation>
    </message>
    <message>
        <source>%1: %2: the config blob does not match its digest %3</source>
        <translation>%1: %2: Der Config-Blob passt nicht zu seinem Digest %3</translation>
    </message>
</context>
<context>
    <name>ReleaseChanges</name>
    <message>
        <source>Breaking changes</source>
        <translation>Inkompatible Änderungen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Weitere Änderungen</translation>
    </message>
    <message>
        <source>The local clone %1 of %2 cannot be opened: %3</source>
        <translation>Der lokale Klon %1 von %2 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>The local clone %1 does not have both builds&apos; commits (%2, %3): fetch it, or the history was rewritten</source>
        <translation>Dem lokalen Klon %1 fehlen Commits der beiden Builds (%2, %3): Fetchen Sie ihn, oder der Verlauf wurde umgeschrieben</translation>
    </message>
    <message>
        <source>%1 commits between the builds: more than Promenade lists (%2)</source>
        <translation>%1 Commits zwischen den Builds: mehr, als Promenade auflistet (%2)</translation>
    </message>
    <message>
        <source>1 commit</source>
        <translation>1 Commit</translation>
    </message>
    <message>
        <source>%1 commits</source>
        <translation>%1 Commits</translation>
    </message>
    <message>
        <source>1 pull request</source>
        <translation>1 Pull-Request</translation>
    </message>
    <message>
        <source>%1 pull requests</source>
        <translation>%1 Pull-Requests</translation>
    </message>
    <message>
        <source>no changes: both builds come from commit %1</source>
        <translation>keine Änderungen: Beide Builds stammen aus Commit %1</translation>
    </message>
    <message>
        <source>%1, %2 ahead</source>
        <translation>%1, %2 voraus</translation>
    </message>
    <message>
        <source>%1, %2 taken out (a rollback)</source>
        <translation>%1, %2 herausgenommen (ein Rollback)</translation>
    </message>
    <message>
        <source>%1, %2 ahead; %3 of the running build are not in it</source>
        <translation>%1, %2 voraus; %3 des laufenden Builds sind nicht enthalten</translation>
    </message>
    <message>
        <source>%1 names no source commit: it has no org.opencontainers.image.revision label and its tag is not sha-&lt;commit&gt;</source>
        <translation>%1 nennt keinen Quell-Commit: Es hat kein Label org.opencontainers.image.revision, und sein Tag ist nicht sha-&lt;commit&gt;</translation>
    </message>
    <message>
        <source>%1 names no source repository: it has no org.opencontainers.image.source label and promenade.yaml gives no apps[].source for %2</source>
        <translation>%1 nennt kein Quell-Repository: Es hat kein Label org.opencontainers.image.source, und promenade.yaml gibt keine apps[].source für %2 an</translation>
    </message>
    <message>
        <source> (the registry: %1)</source>
        <translation> (die Registry: %1)</translation>
    </message>
    <message>
        <source>The two builds come from different repositories (%1, %2)</source>
        <translation>Die beiden Builds stammen aus verschiedenen Repositorys (%1, %2)</translation>
    </message>
    <message>
        <source>%1 is not a GitHub repository: name a local clone in promenade.yaml (apps[].source.path) to list its changes</source>
        <translation>%1 ist kein GitHub-Repository: Nennen Sie in promenade.yaml einen lokalen Klon (apps[].source.path), um seine Änderungen aufzulisten</translation>
    </message>
    <message>
        <source>GitHub does not know commit %1 or %2 in %3: the history was rewritten (a force push), or the build is from a fork</source>
        <translation>GitHub kennt Commit %1 oder %2 in %3 nicht: Der Verlauf wurde umgeschrieben (ein Force-Push), oder der Build stammt aus einem Fork</translation>
    </message>
    <message>
        <source>GitHub answers 404 for %1: a private repository needs a GitHub token (GITHUB_TOKEN, or gh auth login) to list its changes</source>
        <translation>GitHub antwortet 404 für %1: Ein privates Repository braucht ein GitHub-Token (GITHUB_TOKEN oder gh auth login), um seine Änderungen aufzulisten</translation>
    </message>
    <message>
        <source>GitHub answers 404 for %1: the repository does not exist, or the token cannot see it</source>
        <translation>GitHub antwortet 404 für %1: Das Repository existiert nicht, oder das Token darf es nicht sehen</translation>
    </message>
    <message>
        <source>%1 commits between the builds: more than Promenade lists (%2); see %3</source>
        <translation>%1 Commits zwischen den Builds: mehr, als Promenade auflistet (%2); siehe %3</translation>
    </message>
</context>
<context>
    <name>ReleaseChangesModel</name>
    <message>
        <source>Breaking changes</source>
        <translation>Inkompatible Änderungen</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Fixes</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <source>Other changes</source>
        <translation>Weitere Änderungen</translation>
    </message>
    <message>
        <source>Commits taken out</source>
        <translation>Herausgenommene Commits</translation>
    </message>
    <message>
        <source>Commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>Finding the commits between the two builds…</source>
        <translation>Commits zwischen den beiden Builds werden gesucht …</translation>
    </message>
</context>
<context>
    <name>RepositoryDiscovery</name>
    <message>
        <source>%1 is a Helm template: Promenade does not run Helm, so the Applications it would make are not known</source>
        <translation>%1 ist ein Helm-Template: Promenade führt Helm nicht aus, daher sind die Applications, die es erzeugen würde, nicht bekannt</translation>
    </message>
    <message>
        <source>Application %1 (%2): the value file %3 is in another repository</source>
        <translation>Application %1 (%2): Die Values-Datei %3 liegt in einem anderen Repository</translation>
    </message>
    <message>
        <source>Application %1 (%2) is nested more than %3 levels deep; its children were not followed</source>
        <translation>Application %1 (%2) ist mehr als %3 Ebenen tief verschachtelt; ihren Kindern wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>Application %1 (%2) deploys %3, which is not a folder of this repository</source>
        <translation>Application %1 (%2) stellt %3 bereit, das kein Ordner dieses Repositorys ist</translation>
    </message>
    <message>
        <source>Application %1 (%2) deploys %3, which deploys it again: the cycle was not followed</source>
        <translation>Application %1 (%2) stellt %3 bereit, das sie wiederum bereitstellt: Dem Zyklus wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>Flux Kustomization %1 (%2) deploys %3, which is not a folder of this repository</source>
        <translation>Flux-Kustomization %1 (%2) stellt %3 bereit, das kein Ordner dieses Repositorys ist</translation>
    </message>
    <message>
        <source>%1 deploys %2, but nothing says which environment it belongs to</source>
        <translation>%1 stellt %2 bereit, aber nichts sagt, zu welcher Umgebung es gehört</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>not a GitOps repository: Promenade looks for a Git repository, promenade.yaml, apps/, clusters/ or a kustomization here or in a parent folder</source>
        <translation>kein GitOps-Repository: Promenade sucht hier oder in einem übergeordneten Ordner nach einem Git-Repository, promenade.yaml, apps/, clusters/ oder einer kustomization</translation>
    </message>
    <message>
        <source>not a GitOps repository: no kustomization and no Argo CD, Flux or Kargo manifest here</source>
        <translation>kein GitOps-Repository: hier keine kustomization und kein Argo-CD-, Flux- oder Kargo-Manifest</translation>
    </message>
    <message>
        <source>no environments found: nothing deploys a folder of this repository, and no folder is named as an environment (overlays/&lt;env&gt;, envs/&lt;env&gt;, environments/&lt;env&gt;, stages/&lt;env&gt;, apps/&lt;env&gt; beside apps/base); promenade.yaml can name them</source>
        <translation>keine Umgebungen gefunden: Nichts stellt einen Ordner dieses Repositorys bereit, und kein Ordner ist als Umgebung benannt (overlays/&lt;env&gt;, envs/&lt;env&gt;, environments/&lt;env&gt;, stages/&lt;env&gt;, apps/&lt;env&gt; neben apps/base); promenade.yaml kann sie benennen</translation>
    </message>
    <message>
        <source>the repository has more than %1 files and folders; discovery read the first %1</source>
        <translation>Das Repository hat mehr als %1 Dateien und Ordner; die Erkennung hat die ersten %1 gelesen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and was not read</source>
        <translation>%1 ist größer als %2 MiB und wurde nicht gelesen</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>a folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>Ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>Ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>Ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>Ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 Promenade reads from a repository</source>
        <translation>Die Datei ist %1 groß, mehr als die %2, die Promenade aus einem Repository liest</translation>
    </message>
    <message>
        <source>the path leaves the repository %1</source>
        <translation>Der Pfad führt aus dem Repository %1 hinaus</translation>
    </message>
    <message>
        <source>a symbolic link to %1, which does not exist or cannot be resolved</source>
        <translation>Ein symbolischer Link auf %1, das nicht existiert oder nicht aufgelöst werden kann</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>a symbolic link to %1, outside the repository: Promenade reads only files inside it</source>
        <translation>Ein symbolischer Link auf %1 außerhalb des Repositorys: Promenade liest nur Dateien darin</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, not a regular file: Promenade reads only regular files from a repository</source>
        <translation>%1, keine reguläre Datei: Promenade liest nur reguläre Dateien aus einem Repository</translation>
    </message>
    <message>
        <source>a symbolic link to %1, %2: Promenade reads only regular files from a repository</source>
        <translation>Ein symbolischer Link auf %1, %2: Promenade liest nur reguläre Dateien aus einem Repository</translation>
    </message>
    <message>
        <source>not a regular file: Promenade reads only regular files from a repository</source>
        <translation>keine reguläre Datei: Promenade liest nur reguläre Dateien aus einem Repository</translation>
    </message>
</context>
<context>
    <name>SemanticSummary</name>
    <message>
        <source>Kubernetes changes</source>
        <translation>Kubernetes-Änderungen</translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation>Keine Ressource wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SemanticSummaryModel</name>
    <message>
        <source>%1 (was %2)</source>
        <comment>a renamed Kubernetes resource</comment>
        <translation>%1 (vorher %2)</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Enter the repository as OWNER/NAME, e.g. howdiggy/homelab-gitops</source>
        <translation>Geben Sie das Repository als OWNER/NAME ein, z. B. howdiggy/homelab-gitops</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Alle Cluster</translation>
    </message>
    <message>
        <source>unless set per cluster</source>
        <translation>sofern nicht pro Cluster gesetzt</translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <source>Without one here: ARGOCD_AUTH_TOKEN, or “argocd login %1”.</source>
        <translation>Ohne Eintrag hier: ARGOCD_AUTH_TOKEN oder „argocd login %1“.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Without one here: GH_TOKEN or GITHUB_TOKEN, or “gh auth login”.</source>
        <translation>Ohne Eintrag hier: GH_TOKEN oder GITHUB_TOKEN oder „gh auth login“.</translation>
    </message>
    <message>
        <source>Without one here: GH_ENTERPRISE_TOKEN, or “gh auth login --hostname %1”.</source>
        <translation>Ohne Eintrag hier: GH_ENTERPRISE_TOKEN oder „gh auth login --hostname %1“.</translation>
    </message>
    <message>
        <source>the demo&apos;s control plane</source>
        <translation>die Control Plane der Demo</translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation>Fügen Sie zuerst ein Token ein.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Removed from the system keychain.</source>
        <translation>Aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>General settings</source>
        <translation>Allgemeine Einstellungen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Endpoints of this repository</source>
        <translation>Endpunkte dieses Repositorys</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>%1 theme</source>
        <translation>Design %1</translation>
    </message>
    <message>
        <source>System follows the light or dark appearance of your desktop.</source>
        <translation>System folgt dem hellen oder dunklen Erscheinungsbild Ihres Desktops.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language applies after Promenade is restarted.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Promenade.</translation>
    </message>
    <message>
        <source>Open a repository to set how Promenade reaches its Argo CD, GitHub and registries.</source>
        <translation>Öffnen Sie ein Repository, um festzulegen, wie Promenade dessen Argo CD, GitHub und Registrys erreicht.</translation>
    </message>
    <message>
        <source>The demo&apos;s services run inside Promenade on this computer; these are their addresses. Endpoint settings apply to your own repositories.</source>
        <translation>Die Dienste der Demo laufen in Promenade auf diesem Computer; dies sind ihre Adressen. Endpunkt-Einstellungen gelten für Ihre eigenen Repositorys.</translation>
    </message>
    <message>
        <source>For %1, over what its promenade.yaml says: for you only, kept on this computer and never written into the repository. Leave a field empty to use what the repository says (shown in grey).</source>
        <translation>Für %1, vorrangig vor dem, was in dessen promenade.yaml steht: nur für Sie, auf diesem Computer gespeichert und nie ins Repository geschrieben. Lassen Sie ein Feld leer, um die Angabe des Repositorys zu verwenden (grau angezeigt).</translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation>Argo CD</translation>
    </message>
    <message>
        <source>not set in promenade.yaml</source>
        <translation>nicht in promenade.yaml gesetzt</translation>
    </message>
    <message>
        <source>Argo CD URL for %1</source>
        <translation>Argo-CD-URL für %1</translation>
    </message>
    <message>
        <source>Skip TLS check</source>
        <translation>TLS-Prüfung überspringen</translation>
    </message>
    <message>
        <source>Skip TLS certificate verification for %1</source>
        <translation>TLS-Zertifikatsprüfung für %1 überspringen</translation>
    </message>
    <message>
        <source>Only for a lab instance with a self-signed certificate: the connection is then not protected against interception.</source>
        <translation>Nur für eine Laborinstanz mit selbst signiertem Zertifikat: Die Verbindung ist dann nicht gegen Abhören geschützt.</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>GitHub API URL</source>
        <translation>GitHub-API-URL</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>OWNER/NAME (pull requests go there)</source>
        <translation>OWNER/NAME (dorthin gehen die Pull-Requests)</translation>
    </message>
    <message>
        <source>GitHub repository for pull requests</source>
        <translation>GitHub-Repository für Pull-Requests</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>URL for the registry %1</source>
        <translation>URL für die Registry %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Revert the endpoint changes</source>
        <translation>Die Änderungen an den Endpunkten verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the endpoints and reconnect</source>
        <translation>Die Endpunkte speichern und neu verbinden</translation>
    </message>
    <message>
        <source>A token stored here is kept in the system keychain and used ahead of the environment and the tools&apos; own config files. Promenade never shows a token, only where it comes from.</source>
        <translation>Ein hier gespeichertes Token liegt im Schlüsselbund des Systems und hat Vorrang vor der Umgebung und den Konfigurationsdateien der Werkzeuge. Promenade zeigt nie ein Token, nur seine Herkunft.</translation>
    </message>
    <message>
        <source>No system keychain is available here (%1), so tokens cannot be stored. Set them in the environment instead: ARGOCD_AUTH_TOKEN for Argo CD, GH_TOKEN or GITHUB_TOKEN for GitHub (GH_ENTERPRISE_TOKEN for GitHub Enterprise), or sign in with “argocd login” and “gh auth login”.</source>
        <translation>Hier ist kein Schlüsselbund des Systems verfügbar (%1), daher können keine Tokens gespeichert werden. Setzen Sie sie stattdessen in der Umgebung: ARGOCD_AUTH_TOKEN für Argo CD, GH_TOKEN oder GITHUB_TOKEN für GitHub (GH_ENTERPRISE_TOKEN für GitHub Enterprise), oder melden Sie sich mit „argocd login“ und „gh auth login“ an.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht …</translation>
    </message>
    <message>
        <source>Token in use: from %1</source>
        <translation>Verwendetes Token: aus %1</translation>
    </message>
    <message>
        <source>No token found: requests go without one (enough only for public data).</source>
        <translation>Kein Token gefunden: Anfragen gehen ohne Token hinaus (reicht nur für öffentliche Daten).</translation>
    </message>
    <message>
        <source>Paste a token to keep in the keychain</source>
        <translation>Token zum Speichern im Schlüsselbund einfügen</translation>
    </message>
    <message>
        <source>No keychain: use the environment</source>
        <translation>Kein Schlüsselbund: Umgebung verwenden</translation>
    </message>
    <message>
        <source>New %1 token for %2</source>
        <translation>Neues %1-Token für %2</translation>
    </message>
    <message>
        <source>Store the %1 token in the system keychain</source>
        <translation>Das %1-Token im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Remove the %1 token from the system keychain</source>
        <translation>Das %1-Token aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation>Die Einstellungen schließen</translation>
    </message>
    <message>
        <source>Revert</source>
        <comment>discard the unsaved changes</comment>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Store</source>
        <comment>store the token in the system keychain</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the token from the system keychain</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Trusted with your credentials</source>
        <translation>Mit Ihren Zugangsdaten vertraut</translation>
    </message>
    <message>
        <source>No endpoint that %1 names is trusted with a token that is not tied to it (ARGOCD_AUTH_TOKEN, GITHUB_TOKEN). Promenade asks when the repository names one; the argocd CLI&apos;s, gh&apos;s and Docker&apos;s logins go only to their own servers.</source>
        <translation>Keinem Endpunkt, den %1 nennt, wird ein Token anvertraut, das nicht an ihn gebunden ist (ARGOCD_AUTH_TOKEN, GITHUB_TOKEN). Promenade fragt nach, wenn das Repository einen nennt; die Anmeldungen der argocd-CLI, von gh und Docker gehen nur an ihre eigenen Server.</translation>
    </message>
    <message>
        <source>These endpoints receive your tokens for %1. Revoke one to send it nothing but anonymous requests.</source>
        <translation>Diese Endpunkte erhalten Ihre Tokens für %1. Widerrufen Sie einen, damit er nur noch anonyme Anfragen erhält.</translation>
    </message>
    <message>
        <source>set in these settings</source>
        <translation>in diesen Einstellungen gesetzt</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>bestätigt %1</translation>
    </message>
    <message>
        <source>, for every repository</source>
        <translation>, für jedes Repository</translation>
    </message>
    <message>
        <source>Revoke</source>
        <comment>no longer trust an endpoint with credentials</comment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>No longer send your %1 token to %2</source>
        <translation>Ihr %1-Token nicht mehr an %2 senden</translation>
    </message>
    <message>
        <source>Set in the fields above: empty the field and save to stop using it.</source>
        <translation>In den Feldern oben gesetzt: Leeren Sie das Feld und speichern Sie, um es nicht mehr zu verwenden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Open a repository folder</source>
        <translation>Einen Repository-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open a recent repository</source>
        <translation>Ein zuletzt geöffnetes Repository öffnen</translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation>Ein Repository von einer URL klonen</translation>
    </message>
    <message>
        <source>Reload the repository</source>
        <translation>Das Repository neu laden</translation>
    </message>
    <message>
        <source>Pipeline as graph or matrix</source>
        <translation>Pipeline als Graph oder Matrix</translation>
    </message>
    <message>
        <source>Presentation mode (Esc leaves it)</source>
        <translation>Präsentationsmodus (Esc beendet ihn)</translation>
    </message>
    <message>
        <source>Export the pipeline as PNG</source>
        <translation>Die Pipeline als PNG exportieren</translation>
    </message>
    <message>
        <source>Approve, in the approval dialog</source>
        <translation>Freigeben, im Freigabedialog</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Diese Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>Close a dialog or this list</source>
        <translation>Einen Dialog oder diese Liste schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation>Die Tastenkürzel schließen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Repository</source>
        <comment>a group of shortcuts</comment>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Views</source>
        <comment>a group of shortcuts</comment>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <comment>the view</comment>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>the view</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>a group of shortcuts</comment>
        <translation>Hochstufung</translation>
    </message>
    <message>
        <source>Application</source>
        <comment>a group of shortcuts: this program</comment>
        <translation>Programm</translation>
    </message>
</context>
<context>
    <name>TrustEndpointDialog</name>
    <message>
        <source>Send Your Token?</source>
        <translation>Token senden?</translation>
    </message>
    <message>
        <source>%1&apos;s promenade.yaml names this %2 server. Your token (%3) is not tied to it, so Promenade has asked it without the token. Trust it only if you know the server: whoever runs it can act as you with the token. The answer is kept on this computer for this repository and this address; revoke it in Settings, Endpoints.</source>
        <translation>Die promenade.yaml von %1 nennt diesen %2-Server. Ihr Token (%3) ist nicht an ihn gebunden, daher hat Promenade ihn ohne das Token angefragt. Vertrauen Sie ihm nur, wenn Sie den Server kennen: Wer ihn betreibt, kann mit dem Token in Ihrem Namen handeln. Die Antwort wird auf diesem Computer für dieses Repository und diese Adresse gespeichert; widerrufen Sie sie unter Einstellungen, Endpunkte.</translation>
    </message>
    <message>
        <source>Don&apos;t Send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Do not send the token to %1</source>
        <translation>Das Token nicht an %1 senden</translation>
    </message>
    <message>
        <source>Trust and Send</source>
        <translation>Vertrauen und senden</translation>
    </message>
    <message>
        <source>Trust %1 with your %2 token</source>
        <translation>%1 Ihr %2-Token anvertrauen</translation>
    </message>
</context>
<context>
    <name>TrustedEndpointModel</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation>Registry</translation>
    </message>
</context>
<context>
    <name>UnifiedDiffRow</name>
    <message>
        <source>⋯ 1 unchanged line — click to show</source>
        <translation>⋯ 1 unveränderte Zeile – zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines — click to show</source>
        <translation>⋯ %1 unveränderte Zeilen – zum Anzeigen klicken</translation>
    </message>
    <message>
        <source>Show %1 unchanged lines</source>
        <translation>%1 unveränderte Zeilen anzeigen</translation>
    </message>
</context>
<context>
    <name>VerdictJudge</name>
    <message>
        <source>what %1 runs is unknown%2</source>
        <translation>Was %1 ausführt, ist unbekannt%2</translation>
    </message>
    <message>
        <source>%1 runs %2, not %3: verify %3 there first</source>
        <translation>%1 führt %2 aus, nicht %3: Prüfen Sie %3 zuerst dort</translation>
    </message>
    <message>
        <source>%1 runs %2 but is %3 and %4%5</source>
        <translation>%1 führt %2 aus, ist aber %3 und %4%5</translation>
    </message>
    <message>
        <source>%1 runs %2, synced and healthy</source>
        <translation>%1 führt %2 aus, Synced und Healthy</translation>
    </message>
    <message>
        <source>%1:%2 is not in the registry</source>
        <translation>%1:%2 ist nicht in der Registry</translation>
    </message>
    <message>
        <source>%1 has no %2 image, and %3&apos;s nodes need it (it has %4)</source>
        <translation>%1 hat kein %2-Image, das die Nodes von %3 aber brauchen (vorhanden: %4)</translation>
    </message>
    <message>
        <source>%1 is in the registry for %2</source>
        <translation>%1 ist in der Registry für %2 vorhanden</translation>
    </message>
    <message>
        <source>no live status</source>
        <translation>kein Live-Status</translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <source>up to date with %1</source>
        <translation>auf dem Stand von %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>pull request #%1 promotes %2 and waits for a merge</source>
        <translation>Pull-Request #%1 stuft %2 hoch und wartet auf das Mergen</translation>
    </message>
    <message>
        <source>pull request #%1 promotes %2 and waits for a merge (%3)</source>
        <translation>Pull-Request #%1 stuft %2 hoch und wartet auf das Mergen (%3)</translation>
    </message>
    <message>
        <source>behind %1 (%2): %3</source>
        <translation>hinter %1 zurück (%2): %3</translation>
    </message>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>ready to promote: %1 runs %2</source>
        <translation>bereit zur Hochstufung: %1 führt %2 aus</translation>
    </message>
    <message>
        <source>%1 runs %2; still loading: %3</source>
        <translation>%1 führt %2 aus; lädt noch: %3</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Open a GitOps repository</source>
        <translation>Ein GitOps-Repository öffnen</translation>
    </message>
    <message>
        <source>Promenade reads a Kustomize + Argo CD repository: apps/overlays/&lt;environment&gt;, clusters/&lt;cluster&gt; and infrastructure/overlays. Or explore the demo: the homelab pipeline from development to production, with nothing to install.</source>
        <translation>Promenade liest ein Repository mit Kustomize und Argo CD: apps/overlays/&lt;environment&gt;, clusters/&lt;cluster&gt; und infrastructure/overlays. Oder erkunden Sie die Demo: die Homelab-Pipeline von development bis production, ohne etwas zu installieren.</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Open a repository folder</source>
        <translation>Einen Repository-Ordner öffnen</translation>
    </message>
    <message>
        <source>Clone from URL…</source>
        <translation>Von URL klonen …</translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation>Ein Repository von einer URL klonen</translation>
    </message>
    <message>
        <source>Open the demo repository</source>
        <translation>Das Demo-Repository öffnen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation>Zuletzt geöffnete Repositorys</translation>
    </message>
    <message>
        <source>%1, folder not found</source>
        <translation>%1, Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Remove %1 from the recent repositories</source>
        <translation>%1 aus den zuletzt geöffneten Repositorys entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove from the recent repositories</comment>
        <translation>Entfernen</translation>
    </message>
</context>
</TS>
