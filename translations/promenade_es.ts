<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>live · as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live · asking…</source>
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
