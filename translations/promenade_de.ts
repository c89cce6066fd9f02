<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>Available: the declared tag is the newest in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1 is the newest tag in the registry</source>
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
        <source>Gates</source>
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
        <source>Its checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub reports no checks for it</source>
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
        <source>Rendered</source>
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
    <message>
        <source>last sync %1</source>
        <comment>the time or date of Argo CD&apos;s last sync</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest %1</source>
        <comment>the newest tag in the registry</comment>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
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
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI bump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Demo</source>
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
        <source>Open…</source>
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
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
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
        <source>History</source>
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
</context>
<context>
    <name>MatrixCell</name>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ promote</source>
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
        <source>newest %1</source>
        <comment>the newest tag in the registry</comment>
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
    <name>PipelineController</name>
    <message>
        <source>%1 unreachable</source>
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
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments as cards, joined by promotions (Ctrl+M switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps × environments, for many apps (Ctrl+M switches)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Promenade::Export</name>
    <message>
        <source>%n min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n days ago</source>
        <translation type="unfinished"></translation>
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
    <name>Promenade::Export::PipelineDrawing</name>
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
        <source>promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to promote</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionArrow</name>
    <message>
        <source>promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>+ %1 more — see the matrix</source>
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
        <source>Merge…</source>
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
        <source>Merge</source>
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
        <source>Revert</source>
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
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the %1 token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
</context>
<context>
    <name>ShortcutsOverlay</name>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
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
        <source>Promotion</source>
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
        <source>Application</source>
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
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
