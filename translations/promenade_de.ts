<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>PromotionArrow</name>
    <message>
        <source>promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
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
</context>
</TS>
