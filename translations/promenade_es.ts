<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppMatrixModel</name>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s overlays do not deploy this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared: %1 from the base (%2, not pinned by the overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: not reported by Argo CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: no live status (yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to promote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2 (opens a pull request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to promote %1 from %2 (direct commit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Preparing the promotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the gates and rendering what will change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This promotion cannot be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Fix what is named above (or reload the repository) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it lands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit on the current branch and push it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push a branch and open a pull request on GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailers recorded with the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 will deploy differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rendered change cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: the rendered manifests are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed until you approve (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Pull Request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and Open Pull Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates</source>
        <comment>the checks before a promotion</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArgoCd</name>
    <message>
        <source>%1: not logged in (401): log in or set an API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied (or the application does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: login failed (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the login answer carries no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the watch stream sent a malformed frame (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the watch stream failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (watch stream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the watch stream was idle too long (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the watch stream was cut in the middle of an event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsOf</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneController</name>
    <message>
        <source>Enter the URL of the repository to clone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Git URL: use https://host/owner/repository.git, git@host:owner/repository.git or ssh://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder name cannot contain “/” or “\”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to clone into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it, then clone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving objects %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing objects %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking out files %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promenade tried %1. Sign in with “gh auth login”, set GITHUB_TOKEN, put the credentials in a Git credential helper, or use an SSH URL with a key in your ssh-agent; then clone again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the URL from the repository&apos;s “Code” button, and make sure your account can see the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a URL such as https://github.com/owner/repository.git or git@github.com:owner/repository.git.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder name, or an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the URL, then clone again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloneDialog</name>
    <message>
        <source>Clone a Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone the repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>the Docker credential helper docker-credential-%1 (named for %2 in ~/.docker/config.json) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-credential-%1 did not answer for %2 within 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-credential-%1 has no credential for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker-credential-%1 answered without a credential for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no argocd CLI config (run `argocd login`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the argocd CLI config is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Docker config with a credential for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker config is not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored credential for %1 is not base64 user:password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential for %1 in the Docker config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service, KWallet or platform keychain answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token stored in the system keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available (%1); using environment variables and the tools&apos; config files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain is available (%1): the token was not stored; set it in the environment or the tool&apos;s own config instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain refused to store the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>no environment named &apos;%1&apos; (the repository has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the repository for the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app named &apos;%1&apos; (the repository has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a scratch folder for the preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit must stay inside the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the edited file for the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2.yaml (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2.yaml (after the change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder but %1 is a file; compare two files or two folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffRow</name>
    <message>
        <source>⋯ 1 unchanged line — click to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines — click to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Compare from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare to environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps and infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kustomize renders for each environment: what Kubernetes gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlays&apos; kustomization and patch files side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change (p)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These environments cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file named above, or pick other environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: %1 and %2 are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendered</source>
        <comment>compare the rendered manifests</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drift</name>
    <message>
        <source>%1 runs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 image, which %3&apos;s nodes need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest tag %1 has no %2 image: it cannot run in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares %1 but %2 runs %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health is %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointOverrideModel</name>
    <message>
        <source>Enter a URL that starts with https:// (or http://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentCard</name>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions into %1 open a pull request against main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions into %1 are committed and pushed directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster points at this overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not pinned by the overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What runs is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ready to promote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentListModel</name>
    <message>
        <source>%1 does not run %2 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull request #%1 waits for a merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateList</name>
    <message>
        <source>No gates were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 gate failed: this cannot go ahead until it is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gates failed: this cannot go ahead until they are fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate failed; %1 of %2 could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 gates pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes</source>
        <comment>a gate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <comment>a gate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a gate&apos;s verdict</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Git</name>
    <message>
        <source>invalid author or committer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a Git repository in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the Git repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside a Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a bare repository (no work tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder at %2, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare repository has no work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the status of the work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the parent of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached (not on a branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch named %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local changes to %1 would be overwritten; commit or discard them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the work tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no branch named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tracks no upstream branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the upstream of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have diverged (%3 and %4 different commits); cannot fast-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work tree has local changes (%1); commit or discard them before updating %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your Git identity is not set: run git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read user.name and user.email from the Git configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the repository&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set %1 in the repository&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no paths to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1 has unresolved conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the Git index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the Git index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree of HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the commit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot revert %1: it is the first commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot revert %1: later commits changed the same lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverting %1 changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Git URL: use https://host/owner/repository.git, git@host:owner/repository.git, ssh://… or file:///path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no destination folder to clone into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder: choose another destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: choose a new folder name or an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no Git repository at %1: check the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses a protocol Git cannot clone from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer empty: choose another destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the clone into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the remote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch from %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch from %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promenade never force-pushes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push to %1 rejected: the remote has commits that are not here (fetch, then try again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push to %1 rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <source>no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed</source>
        <comment>checks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <comment>checks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending</source>
        <comment>checks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it resets at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API rate limit is exhausted (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a secondary rate limit was hit (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not found (404): the repository or item does not exist, or the token cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the request was rejected (422): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API rate limit is exhausted; it resets at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pull request #%2 changed since it was reviewed; look at it again before merging (409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pull request #%2 cannot be merged: %3 (405)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mergeable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: pull request #%2 was not merged: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryEntryDelegate</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin %1 in %2 again; you see the plan before anything is committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryListModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>kind of change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI bump</source>
        <comment>kind of change: CI set a new image tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand edit</source>
        <comment>kind of change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <comment>kind of change: a Git revert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <comment>kind of change</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promenade reads the history from the repository&apos;s Git log. Check that the folder is a Git repository with at least one commit, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promotions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions, CI bumps, hand edits and rollbacks of the apps&apos; overlays appear here as they are committed. Promote an app in the Pipeline view (Ctrl+1) to start the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the history for this choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not changed in %2, and %2 has not promoted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change matches the chosen app and environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 in %2 to %3? The next step shows the plan, the gates and the rendered change before anything is committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the rollback plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Http</name>
    <message>
        <source>%1 at %2</source>
        <comment>a service and its address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused (is the address right and the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate could not be verified (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token expired or is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request&apos;s content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests (rate limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; retry after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty where JSON was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfrastructureListModel</name>
    <message>
        <source>not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires tomorrow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 days (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kubernetes</name>
    <message>
        <source>%1: %2 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cannot be read (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a kubeconfig must be a YAML mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exec has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kubeconfig is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no kubeconfig found (KUBECONFIG is empty and ~/.kube/config does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current context is set; choose one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names cluster &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: server &quot;%2&quot; is not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: certificate-authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot;: the certificate authority is not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names user &quot;%2&quot;, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the client certificate or key cannot be read as PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the legacy auth-provider &quot;%2&quot; is not supported; use an exec credential plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output is not ExecCredential JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its output is not an ExecCredential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ExecCredential carries neither a token nor a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401) (credential plugin &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token expired or is invalid (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the credential plugin &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an interactive terminal (interactiveMode: Always); run kubectl once in a terminal, or use a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned an unreadable client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert-manager is not installed on %1 (%2): the API group cert-manager.io/v1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveStatus</name>
    <message>
        <source>no Argo CD is configured (endpoints.argocd in promenade.yaml): what runs is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for %1 (the insecure option in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificates of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is off for %1 (insecure-skip-tls-verify in the kubeconfig)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 — Promenade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promenade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GitOps repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder cannot be opened as a GitOps repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the root folder of a Kustomize + Argo CD repository (or any folder inside it), or open the demo to see the layout Promenade expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Another Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline could not be captured as an image; try SVG instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation Mode (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Pipeline as PNG… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Pipeline as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open, open recent, clone, settings and keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone from URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <comment>badge: the window shows the demo</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <comment>open a repository folder</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synced · healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ promote</source>
        <comment>a button: promote this version to the next environment</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Filter apps by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter apps by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the overlays declare; no live status (name the Argo CD endpoints in promenade.yaml to see what runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ 1 cell ready to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ %1 cells ready to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps by environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between cells; Enter on a cell marked “↑ promote” promotes it from the environment on its left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineConfig</name>
    <message>
        <source>promenade.yaml must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;environments&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;clusters&apos; must be a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;promotion&apos; must be commit or pull-request, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every environment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;apps&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every app needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;endpoints&apos; must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every Argo CD endpoint needs a url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;endpoints.argocd&apos; must be a URL or a list of {url, clusters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;endpoints.registries&apos; must map registry hosts to URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;endpoints.clusters&apos; must map cluster names to {context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;endpoints.github&apos; must be a mapping (repository, url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;repository&apos; must be OWNER/NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineController</name>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineDrawing</name>
    <message>
        <source>declared state only: no live status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments were found in this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Promenade %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cluster points at this overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not pinned by the overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what runs is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ready to promote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote</source>
        <comment>label of the arrow between two environments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <comment>a promotion lands as a direct commit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineExporter</name>
    <message>
        <source>Open a repository first: there is no pipeline to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline could not be captured as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSnapshot</name>
    <message>
        <source>Promotion pipeline · %1 environments · %2 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared state only: no live status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineSvgExporter</name>
    <message>
        <source>%1 — promotion pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG drawing could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture is too large to draw as PNG (use SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Promotion pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live · asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Promenade knew when it last reached the services; it is replaced as soon as they answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last status that could be fetched; Promenade keeps asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments as cards, joined by promotions (Ctrl+M switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps × environments, for many apps (Ctrl+M switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <comment>show the pipeline as a graph</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <comment>show the pipeline as a table of apps and environments</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Promotion</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed since the promotion was planned; plan it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promotion is committed locally as %1; push it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved on while promoting, %2 times; the promotion is committed locally as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved on; fetching and planning again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had moved on: the first attempt is kept on %2; re-planned on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 moved on, the promotion no longer applies: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another promotion already set %1 %2 to %3; nothing left to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch %1 exists already; a pull request for this promotion may be open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promotion is committed on the local branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app named &apos;%1&apos; (the repository has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment named &apos;%1&apos; (the repository has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote needs two different environments, not %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run %2, so there is nothing to promote from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is needed (--tag, or --image NAME=TAG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no overlay for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which GitHub repository the pull request is in: origin is not on github.com; set endpoints.github.repository in promenade.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub token for %1: set GITHUB_TOKEN, log in with `gh auth login`, or enter a token in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the pull request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pushed, but the pull request could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionArrow</name>
    <message>
        <source>via pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: ready. Click to see every gate and approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1. Click to see every gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote</source>
        <comment>label of the arrow between two environments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <comment>a promotion lands as a direct commit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionController</name>
    <message>
        <source>Roll back %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull request from %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit on %1, pushed to origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit on %1 (this repository has no origin to push to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a repository first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request #%1 was already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened pull request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 on %2 and pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging pull request #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled the merge into this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged on GitHub, but this copy could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for pull request #%1 to be merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live status for this repository: Argo CD is not configured (Settings or promenade.yaml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2: synced and healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2: %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD: %1 is %2 · %3, still running %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Argo CD to report %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionGate</name>
    <message>
        <source>Working tree clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has uncommitted changes: commit or stash them first, Promenade never overwrites them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tracks no remote branch: the promotion stays local</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) behind %2: pull first, so that the promotion starts from what is deployed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n commit(s) not on %2: push or drop them first, so that the promotion goes out alone</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n commit(s) ahead of %2; the promotion is committed locally</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches %2 (as last fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already runs %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not pin %2 yet; it will pin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 now; it will run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source healthy and synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source environment to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what %1 runs is unknown%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, not %3: verify %3 there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2 but is %3 and %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs %2, synced and healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s answer about %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 image, and %3&apos;s nodes need it (it has %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the registry for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificates of %1 are unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 on %3 is %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) of %1 are ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pull request checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a direct commit: no pull request to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub was not asked (no GitHub repository is known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pull request is not open yet: GitHub runs its checks once it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: checks %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullRequestMerger</name>
    <message>
        <source>Merging pull request #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request #%1 is merged, but this copy could not be updated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull request #%1 is merged; Argo CD deploys it next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullRequestStrip</name>
    <message>
        <source>Waiting for merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge pull request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge pull request #%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its checks FAILED (%1). Merging deploys it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub reports no checks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is merged on GitHub as it was listed (a pull request that changed since is refused), and this copy is updated; Argo CD then deploys it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <comment>merge the pull request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <comment>merge the pull request</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (folder not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Missing Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentRepositories</name>
    <message>
        <source>today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Registry</source>
        <comment>a container image registry</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs credentials (401): sign in to the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the credentials were refused (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: access to %2 denied (403): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: repository %2 not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: manifest unknown (404): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: blob unknown (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the authentication challenge names no token server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token server %2 refused the credentials (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token server %2 gave no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the manifest does not match its digest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the config blob does not match its digest %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepositoryDiscovery</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GitOps repository: Promenade looks for apps/overlays/, apps/&lt;app&gt;/overlays/, clusters/ or promenade.yaml here or in a parent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environments found: Promenade looks for overlays with a kustomization.yaml in apps/overlays/&lt;env&gt;, apps/&lt;app&gt;/overlays/&lt;env&gt; or infrastructure/overlays/&lt;env&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SemanticSummary</name>
    <message>
        <source>Kubernetes changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resource changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SemanticSummaryModel</name>
    <message>
        <source>%1 (was %2)</source>
        <comment>a renamed Kubernetes resource</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <source>Enter the repository as OWNER/NAME, e.g. howdiggy/homelab-gitops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unless set per cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one here: ARGOCD_AUTH_TOKEN, or “argocd login %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one here: GH_TOKEN or GITHUB_TOKEN, or “gh auth login”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without one here: GH_ENTERPRISE_TOKEN, or “gh auth login --hostname %1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo&apos;s control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argocd CLI config (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints of this repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System follows the light or dark appearance of your desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies after Promenade is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a repository to set how Promenade reaches its Argo CD, GitHub and registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s services run inside Promenade on this computer; these are their addresses. Endpoint settings apply to your own repositories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1, over what its promenade.yaml says: for you only, kept on this computer and never written into the repository. Leave a field empty to use what the repository says (shown in grey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set in promenade.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argo CD URL for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip TLS certificate verification for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a lab instance with a self-signed certificate: the connection is then not protected against interception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER/NAME (pull requests go there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub repository for pull requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL for the registry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the endpoint changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the endpoints and reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token stored here is kept in the system keychain and used ahead of the environment and the tools&apos; own config files. Promenade never shows a token, only where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available here (%1), so tokens cannot be stored. Set them in the environment instead: ARGOCD_AUTH_TOKEN for Argo CD, GH_TOKEN or GITHUB_TOKEN for GitHub (GH_ENTERPRISE_TOKEN for GitHub Enterprise), or sign in with “argocd login” and “gh auth login”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token in use: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token found: requests go without one (enough only for public data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a token to keep in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain: use the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1 token for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the %1 token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 token from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <comment>discard the unsaved changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <comment>store the token in the system keychain</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove the token from the system keychain</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Open a repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recent repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline as graph or matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode (Esc leaves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the pipeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve, in the approval dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a dialog or this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <comment>a group of shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <comment>a group of shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <comment>the view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <comment>a group of shortcuts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <comment>a group of shortcuts: this program</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnifiedDiffRow</name>
    <message>
        <source>⋯ 1 unchanged line — click to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⋯ %1 unchanged lines — click to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 unchanged lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Open a GitOps repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promenade reads a Kustomize + Argo CD repository: apps/overlays/&lt;environment&gt;, clusters/&lt;cluster&gt; and infrastructure/overlays. Or explore the demo: the homelab pipeline from development to production, with nothing to install.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a repository folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone from URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a repository from a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove from the recent repositories</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
