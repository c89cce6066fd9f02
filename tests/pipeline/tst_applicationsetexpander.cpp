#include "deploymentmanifests.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Promenade;

namespace {

const QString File = QStringLiteral("appsets/web.yaml");

QString appSet(const char *spec)
{
    return QStringLiteral("apiVersion: argoproj.io/v1alpha1\nkind: ApplicationSet\nmetadata: "
                          "{name: web, namespace: argocd}\nspec:\n")
        + QString::fromUtf8(spec);
}

// One line per generated Application: "name destination namespace path@revision".
QStringList summary(const QList<ArgoCdApplicationManifest> &apps)
{
    QStringList out;
    for (const auto &app : apps) {
        const auto source = app.sources.value(0);
        out << QStringLiteral("%1 %2 %3 %4@%5")
                   .arg(app.name,
                        app.destinationServer.isEmpty() ? app.destinationName
                                                        : app.destinationServer,
                        app.destinationNamespace,
                        source.path.isEmpty() ? source.chart : source.path, source.targetRevision);
    }
    return out;
}

ClusterSecret cluster(const char *name, const char *server, QMap<QString, QString> labels)
{
    ClusterSecret c;
    c.name = QString::fromUtf8(name);
    c.server = QString::fromUtf8(server);
    c.labels = std::move(labels);
    return c;
}

} // namespace

// ApplicationSets expanded offline: every generator Argo CD can evaluate without a server, both
// template modes, matrix and merge, selectors; the others named in warnings. Git generators read a
// scratch folder tree.
class TestApplicationSetExpander : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_repo;

    void write(const QString &relative, const QByteArray &content)
    {
        const QString path = m_repo.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    ApplicationSetExpander::Context context() const
    {
        ApplicationSetExpander::Context c;
        c.root = m_repo.path();
        c.clusters = {cluster("prod-eu", "https://prod-eu.example.com",
                              {{QStringLiteral("env"), QStringLiteral("prod")},
                               {QStringLiteral("region"), QStringLiteral("eu")}}),
                      cluster("prod-us", "https://prod-us.example.com",
                              {{QStringLiteral("env"), QStringLiteral("prod")},
                               {QStringLiteral("region"), QStringLiteral("us")}}),
                      cluster("staging", "https://staging.example.com",
                              {{QStringLiteral("env"), QStringLiteral("staging")}})};
        c.clusters[0].annotations.insert(QStringLiteral("team"), QStringLiteral("web"));
        return c;
    }

private Q_SLOTS:
    void initTestCase();
    void listing();
    void expand_data();
    void expand();
    void filesLinesAndNamespaces();
    void inClusterCoveredByASecret();
    void newGitFileGlobbingAndCachedListing();
    void otherRepository();
    void notAnApplicationSetAndOddShapes_data();
    void notAnApplicationSetAndOddShapes();
};

// The definitions follow the class: moc reads a glob's "/*" in a raw string as a comment.

void TestApplicationSetExpander::initTestCase()
{
    QVERIFY(m_repo.isValid());
    write(QStringLiteral("apps/web/kustomization.yaml"), "resources: []\n");
    write(QStringLiteral("apps/web/overlays/prod/kustomization.yaml"), "resources: []\n");
    write(QStringLiteral("apps/web/overlays/staging/kustomization.yaml"), "resources: []\n");
    write(QStringLiteral("apps/api/overlays/prod/kustomization.yaml"), "resources: []\n");
    write(QStringLiteral("apps/Billing_Service/kustomization.yaml"), "resources: []\n");
    write(QStringLiteral("apps/.hidden/kustomization.yaml"), "resources: []\n");
    write(QStringLiteral(".git/HEAD"), "ref: refs/heads/main\n");
    write(
        QStringLiteral("envs/prod/config.json"),
        R"({"cluster": {"name": "prod-eu", "address": "https://prod-eu.example.com"}, "replicas": 3})");
    write(QStringLiteral("envs/staging/config.json"),
          "{\n\t\"cluster\": {\"name\": \"staging\", \"address\": "
          "\"https://staging.example.com\"},\n\t\"replicas\": 1\n}\n");
    write(QStringLiteral("envs/staging/nested/config.json"),
          R"({"cluster": {"name": "nested", "address": "https://nested.example.com"}})");
    write(
        QStringLiteral("envs/list.yaml"),
        "- {name: a, server: https://a.example.com}\n- {name: b, server: https://b.example.com}\n");
    write(QStringLiteral("broken/config.json"), "{not json");
}

void TestApplicationSetExpander::listing()
{
    const auto listing = ApplicationSetExpander::listRepository(m_repo.path());
    QVERIFY(listing.directories.contains(QStringLiteral("apps/web/overlays/prod")));
    QVERIFY(!listing.directories.contains(QStringLiteral("apps/.hidden")));
    QVERIFY(!listing.directories.contains(QStringLiteral(".git")));
    QVERIFY(listing.files.contains(QStringLiteral("envs/staging/nested/config.json")));
    QVERIFY(!listing.files.contains(QStringLiteral(".git/HEAD")));
    QVERIFY(std::is_sorted(listing.directories.cbegin(), listing.directories.cend()));
}

void TestApplicationSetExpander::expand_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("apps");
    QTest::addColumn<QStringList>("warnings"); // a part of each expected warning

    QTest::addRow("list, legacy: unknown keys kept, values")
        << appSet(R"(
  generators:
    - list:
        elements:
          - {cluster: engineering-dev, url: https://1.2.3.4}
          - {cluster: eng-prod, url: https://2.4.6.8, values: {ns: prod}}
  template:
    metadata: {name: '{{cluster}}-guestbook'}
    spec:
      project: default
      source: {repoURL: https://git.example.com/deploy.git, targetRevision: '{{ revision }}', path: 'guestbook/{{ cluster }}'}
      destination: {server: '{{url}}', namespace: '{{values.ns}}'}
)")
        << QStringList {QStringLiteral("engineering-dev-guestbook https://1.2.3.4 {{values.ns}} "
                                       "guestbook/engineering-dev@{{ revision }}"),
                        QStringLiteral("eng-prod-guestbook https://2.4.6.8 prod "
                                       "guestbook/eng-prod@{{ revision }}")}
        << QStringList();

    QTest::addRow("list, goTemplate: nested values and functions")
        << appSet(R"(
  goTemplate: true
  generators:
    - list:
        elements:
          - {name: Web, env: {tier: prod}}
          - {name: Hello_World_X, env: {tier: env-dev}, rev: v2}
  template:
    metadata: {name: '{{ .name | replace "_" "-" | trunc 5 | lower }}-{{ .env.tier | trimPrefix "env-" }}'}
    spec:
      project: default
      source:
        repoURL: https://git.example.com/deploy.git
        targetRevision: '{{ .rev | default "main" }}'
        path: '{{ printf "apps/%s/overlays/%s" (lower .name) .env.tier }}'
      destination: {name: '{{ .name | normalize }}', namespace: '{{ default "fallback" .missing }}{{ .missing }}'}
)")
        << QStringList {QStringLiteral(
                            "web-prod web fallback<no value> apps/web/overlays/prod@main"),
                        QStringLiteral("hello-dev hello-world-x fallback<no value> "
                                       "apps/hello_world_x/overlays/env-dev@v2")}
        << QStringList();

    QTest::addRow("list, elementsYaml")
        << appSet(R"(
  goTemplate: true
  generators:
    - list:
        elementsYaml: |
          - name: a
          - name: b
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: 'x/{{.name}}', targetRevision: main}, destination: {server: https://kubernetes.default.svc, namespace: x}}
)")
        << QStringList {QStringLiteral("a https://kubernetes.default.svc x x/a@main"),
                        QStringLiteral("b https://kubernetes.default.svc x x/b@main")}
        << QStringList();

    QTest::addRow("clusters, empty selector adds in-cluster")
        << appSet(R"(
  generators:
    - clusters: {}
  template:
    metadata: {name: '{{name}}-web'}
    spec: {project: default, source: {repoURL: r, path: 'apps/web/overlays/{{metadata.labels.env}}', targetRevision: main}, destination: {server: '{{server}}', namespace: '{{ nameNormalized }}'}}
)")
        << QStringList {QStringLiteral("in-cluster-web https://kubernetes.default.svc in-cluster "
                                       "apps/web/overlays/{{metadata.labels.env}}@main"),
                        QStringLiteral("prod-eu-web https://prod-eu.example.com prod-eu "
                                       "apps/web/overlays/prod@main"),
                        QStringLiteral("prod-us-web https://prod-us.example.com prod-us "
                                       "apps/web/overlays/prod@main"),
                        QStringLiteral("staging-web https://staging.example.com staging "
                                       "apps/web/overlays/staging@main")}
        << QStringList();

    QTest::addRow("clusters, matchLabels, goTemplate metadata")
        << appSet(R"(
  goTemplate: true
  generators:
    - clusters: {selector: {matchLabels: {env: prod}}}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: 'apps/{{.metadata.labels.region}}', targetRevision: '{{.metadata.annotations.team}}'}, destination: {server: '{{.server}}', namespace: web}}
)")
        << QStringList {QStringLiteral("prod-eu https://prod-eu.example.com web apps/eu@web"),
                        QStringLiteral(
                            "prod-us https://prod-us.example.com web apps/us@<no value>")}
        << QStringList();

    QTest::addRow("clusters, matchExpressions")
        << appSet(R"(
  generators:
    - clusters:
        selector:
          matchExpressions:
            - {key: env, operator: In, values: [prod, staging]}
            - {key: region, operator: NotIn, values: [us]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: '{{server}}', namespace: web}}
)")
        << QStringList {QStringLiteral("prod-eu https://prod-eu.example.com web p@main"),
                        QStringLiteral("staging https://staging.example.com web p@main")}
        << QStringList();

    QTest::addRow("clusters, values templated") << appSet(R"(
  generators:
    - clusters:
        selector: {matchExpressions: [{key: env, operator: Exists}], matchLabels: {env: staging}}
        values: {revision: '{{metadata.labels.env}}-branch'}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: '{{values.revision}}'}, destination: {server: '{{server}}', namespace: web}}
)") << QStringList {QStringLiteral("staging https://staging.example.com web p@staging-branch")}
                                                << QStringList();

    QTest::addRow("clusters, flatList") << appSet(R"(
  goTemplate: true
  generators:
    - clusters: {flatList: true}
  template:
    metadata: {name: 'all-{{ len .clusters }}'}
    spec: {project: default, source: {repoURL: r, path: '{{ (index .clusters 1).name }}', targetRevision: main}, destination: {server: https://kubernetes.default.svc, namespace: web}}
)") << QStringList() << QStringList {QStringLiteral("a field of a parenthesised value")};

    QTest::addRow("clusters, flatList with range")
        << appSet(R"(
  goTemplate: true
  generators:
    - clusters: {flatList: true}
  template:
    metadata: {name: 'all-{{ len .clusters }}'}
    spec: {project: default, source: {repoURL: r, path: '{{ range .clusters }}{{ .name }}/{{ end }}', targetRevision: main}, destination: {server: https://kubernetes.default.svc, namespace: web}}
)")
        << QStringList {QStringLiteral(
               "all-4 https://kubernetes.default.svc web in-cluster/prod-eu/prod-us/staging/@main")}
        << QStringList();

    QTest::addRow("git directories, legacy")
        << appSet(R"(
  generators:
    - git:
        repoURL: https://git.example.com/deploy.git
        revision: HEAD
        directories: [{path: 'apps/*'}]
  template:
    metadata: {name: '{{path.basenameNormalized}}'}
    spec: {project: default, source: {repoURL: https://git.example.com/deploy.git, path: '{{path}}', targetRevision: HEAD}, destination: {server: https://kubernetes.default.svc, namespace: '{{path[1]}}-{{path.basename}}'}}
)")
        << QStringList {QStringLiteral("billing-service https://kubernetes.default.svc "
                                       "Billing_Service-Billing_Service apps/Billing_Service@HEAD"),
                        QStringLiteral("api https://kubernetes.default.svc api-api apps/api@HEAD"),
                        QStringLiteral("web https://kubernetes.default.svc web-web apps/web@HEAD")}
        << QStringList();

    QTest::addRow("git directories, goTemplate, exclude")
        << appSet(R"(
  goTemplate: true
  generators:
    - git:
        repoURL: https://git.example.com/deploy.git
        revision: HEAD
        directories:
          - path: apps/api/*/*
            exclude: true
          - path: 'apps/*/overlays/*'
  template:
    metadata: {name: '{{index .path.segments 1}}-{{.path.basename}}'}
    spec: {project: default, source: {repoURL: r, path: '{{.path.path}}', targetRevision: main}, destination: {server: https://kubernetes.default.svc, namespace: '{{ .path.basenameNormalized }}'}}
)")
        << QStringList {QStringLiteral("web-prod https://kubernetes.default.svc prod "
                                       "apps/web/overlays/prod@main"),
                        QStringLiteral("web-staging https://kubernetes.default.svc staging "
                                       "apps/web/overlays/staging@main")}
        << QStringList();

    QTest::addRow("git files, legacy, greedy globbing")
        << appSet(R"(
  generators:
    - git:
        repoURL: https://git.example.com/deploy.git
        revision: HEAD
        files: [{path: 'envs/*/config.json'}]
  template:
    metadata: {name: '{{cluster.name}}-{{path[1]}}'}
    spec: {project: default, source: {repoURL: r, path: '{{path}}', targetRevision: '{{path.filename}}'}, destination: {server: '{{cluster.address}}', namespace: 'r{{replicas}}'}}
)")
        << QStringList {QStringLiteral(
                            "prod-eu-prod https://prod-eu.example.com r3 envs/prod@config.json"),
                        QStringLiteral("staging-staging https://staging.example.com r1 "
                                       "envs/staging@config.json"),
                        QStringLiteral("nested-staging https://nested.example.com r{{replicas}} "
                                       "envs/staging/nested@config.json")}
        << QStringList();

    QTest::addRow("git files, goTemplate, exclude")
        << appSet(R"(
  goTemplate: true
  generators:
    - git:
        repoURL: https://git.example.com/deploy.git
        revision: HEAD
        files:
          - path: 'envs/*/config.json'
          - {path: 'envs/staging/nested/*', exclude: true}
  template:
    metadata: {name: '{{.cluster.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{.path.path}}', targetRevision: '{{.path.filenameNormalized}}'}, destination: {server: '{{.cluster.address}}', namespace: 'r{{.replicas}}'}}
)")
        << QStringList {QStringLiteral(
                            "prod-eu https://prod-eu.example.com r3 envs/prod@config.json"),
                        QStringLiteral(
                            "staging https://staging.example.com r1 envs/staging@config.json")}
        << QStringList();

    QTest::addRow("git files, a list file")
        << appSet(R"(
  goTemplate: true
  generators:
    - git: {repoURL: r, revision: HEAD, files: [{path: envs/list.yaml}]}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{.path.path}}/{{.path.basename}}', targetRevision: main}, destination: {server: '{{.server}}', namespace: x}}
)")
        << QStringList {QStringLiteral("a https://a.example.com x envs/envs@main"),
                        QStringLiteral("b https://b.example.com x envs/envs@main")}
        << QStringList();

    QTest::addRow("git files, malformed JSON") << appSet(R"(
  generators:
    - git: {repoURL: r, revision: HEAD, files: [{path: 'broken/*.json'}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("broken/config.json is not valid JSON")};

    QTest::addRow("matrix, git directories x clusters")
        << appSet(R"(
  goTemplate: true
  generators:
    - matrix:
        generators:
          - git: {repoURL: https://git.example.com/deploy.git, revision: main, directories: [{path: 'apps/web/overlays/*'}]}
          - clusters: {selector: {matchLabels: {env: prod}}}
  template:
    metadata: {name: '{{.path.basename}}-{{.name}}'}
    spec: {project: default, source: {repoURL: r, targetRevision: main, path: '{{.path.path}}'}, destination: {server: '{{.server}}', namespace: '{{.path.basename}}'}}
)")
        << QStringList {QStringLiteral("prod-prod-eu https://prod-eu.example.com prod "
                                       "apps/web/overlays/prod@main"),
                        QStringLiteral("prod-prod-us https://prod-us.example.com prod "
                                       "apps/web/overlays/prod@main"),
                        QStringLiteral("staging-prod-eu https://prod-eu.example.com staging "
                                       "apps/web/overlays/staging@main"),
                        QStringLiteral("staging-prod-us https://prod-us.example.com staging "
                                       "apps/web/overlays/staging@main")}
        << QStringList();

    QTest::addRow("matrix, the second uses the first's parameters")
        << appSet(R"(
  generators:
    - matrix:
        generators:
          - list: {elements: [{env: prod}, {env: staging}, {env: qa}]}
          - git: {repoURL: r, revision: main, directories: [{path: 'apps/web/overlays/{{env}}'}]}
  template:
    metadata: {name: 'web-{{env}}'}
    spec: {project: default, source: {repoURL: r, targetRevision: main, path: '{{path}}'}, destination: {server: s, namespace: '{{path.basename}}'}}
)")
        << QStringList {QStringLiteral("web-prod s prod apps/web/overlays/prod@main"),
                        QStringLiteral("web-staging s staging apps/web/overlays/staging@main")}
        << QStringList();

    QTest::addRow("matrix, legacy conflict") << appSet(R"(
  generators:
    - matrix:
        generators:
          - list: {elements: [{name: a}]}
          - list: {elements: [{name: b}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("the parameter name two different values")};

    QTest::addRow("matrix, goTemplate: the first wins") << appSet(R"(
  goTemplate: true
  generators:
    - matrix:
        generators:
          - list: {elements: [{name: a, x: '1', m: {k: first}}]}
          - list: {elements: [{name: b, y: '2', m: {k: second, j: more}}]}
  template:
    metadata: {name: '{{.name}}-{{.x}}-{{.y}}'}
    spec: {project: default, source: {repoURL: r, path: '{{.m.k}}/{{.m.j}}', targetRevision: main}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("a-1-2 s x first/more@main")}
                                                        << QStringList();

    QTest::addRow("matrix, pathParamPrefix")
        << appSet(R"(
  goTemplate: true
  generators:
    - matrix:
        generators:
          - git: {repoURL: r, revision: main, pathParamPrefix: app, directories: [{path: 'apps/web/overlays/*'}]}
          - git: {repoURL: r, revision: main, files: [{path: envs/prod/config.json}]}
  template:
    metadata: {name: '{{.app.path.basename}}-{{.cluster.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{.app.path.path}}', targetRevision: '{{.path.basename}}'}, destination: {server: '{{.cluster.address}}', namespace: x}}
)")
        << QStringList {QStringLiteral("prod-prod-eu https://prod-eu.example.com x "
                                       "apps/web/overlays/prod@prod"),
                        QStringLiteral("staging-prod-eu https://prod-eu.example.com x "
                                       "apps/web/overlays/staging@prod")}
        << QStringList();

    QTest::addRow("matrix, legacy pathParamPrefix")
        << appSet(R"(
  generators:
    - matrix:
        generators:
          - git: {repoURL: r, revision: main, pathParamPrefix: app, directories: [{path: 'apps/web/overlays/*'}]}
          - list: {elements: [{env: x}]}
  template:
    metadata: {name: '{{app.path.basename}}-{{env}}'}
    spec: {project: default, source: {repoURL: r, path: '{{app.path}}', targetRevision: '{{app.path[2]}}'}, destination: {server: s, namespace: x}}
)")
        << QStringList {QStringLiteral("prod-x s x apps/web/overlays/prod@overlays"),
                        QStringLiteral("staging-x s x apps/web/overlays/staging@overlays")}
        << QStringList();

    QTest::addRow("matrix, elementsYaml from a git file with toJson") << appSet(R"(
  goTemplate: true
  generators:
    - matrix:
        generators:
          - git: {repoURL: r, revision: main, files: [{path: envs/prod/config.json}]}
          - list:
              elementsYaml: "{{ list .cluster | toJson }}"
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: '{{.address}}', namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("the function list")};

    QTest::addRow("matrix, elementsYaml from a git file")
        << appSet(R"(
  goTemplate: true
  generators:
    - matrix:
        generators:
          - git: {repoURL: r, revision: main, files: [{path: envs/prod/config.json}]}
          - list:
              elementsYaml: "[{{ .cluster | toJson }}, {name: second, address: '{{ .cluster.address }}/2'}]"
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: '{{.address}}', namespace: x}}
)")
        << QStringList {QStringLiteral("prod-eu https://prod-eu.example.com x p@main"),
                        QStringLiteral("second https://prod-eu.example.com/2 x p@main")}
        << QStringList();

    QTest::addRow("matrix, three children")
        << appSet(R"(
  generators:
    - matrix: {generators: [{list: {elements: [{a: '1'}]}}, {list: {elements: [{b: '1'}]}}, {list: {elements: [{c: '1'}]}}]}
    - list: {elements: [{a: still}]}
  template:
    metadata: {name: '{{a}}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("still s x p@")}
        << QStringList {QStringLiteral("exactly two child generators")};

    QTest::addRow("matrix nested twice") << appSet(R"(
  generators:
    - matrix:
        generators:
          - list: {elements: [{a: '1'}]}
          - matrix:
              generators:
                - list: {elements: [{b: '2'}]}
                - matrix: {generators: [{list: {elements: [{c: '3'}]}}, {list: {elements: [{d: '4'}]}}]}
  template:
    metadata: {name: '{{a}}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("nested one level only")};

    QTest::addRow("merge, legacy: clusters with per-cluster overrides")
        << appSet(R"(
  generators:
    - merge:
        mergeKeys: [server]
        generators:
          - clusters: {values: {rev: main}}
          - list: {elements: [{server: https://prod-eu.example.com, values: {rev: v2}}, {server: https://unknown.example.com, values: {rev: v9}}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: '{{values.rev}}'}, destination: {server: '{{server}}', namespace: x}}
)")
        << QStringList {QStringLiteral("in-cluster https://kubernetes.default.svc x p@main"),
                        QStringLiteral("prod-eu https://prod-eu.example.com x p@v2"),
                        QStringLiteral("prod-us https://prod-us.example.com x p@main"),
                        QStringLiteral("staging https://staging.example.com x p@main")}
        << QStringList();

    QTest::addRow("merge, goTemplate") << appSet(R"(
  goTemplate: true
  generators:
    - merge:
        mergeKeys: [name]
        generators:
          - list: {elements: [{name: a, rev: '1'}, {name: b, rev: '1'}]}
          - list: {elements: [{name: b, rev: '2'}, {name: c, rev: '3'}]}
          - list: {elements: [{name: a, path: other}]}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{ .path | default "p" }}', targetRevision: '{{.rev}}'}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("a s x other@1"), QStringLiteral("b s x p@2")}
                                       << QStringList();

    QTest::addRow("merge without mergeKeys") << appSet(R"(
  generators:
    - merge: {generators: [{list: {elements: [{a: '1'}]}}, {list: {elements: [{a: '2'}]}}]}
  template:
    metadata: {name: '{{a}}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("needs mergeKeys")};

    QTest::addRow("generator selector") << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a, env: prod}, {name: b, env: dev}, {name: c, env: prod, tier: {x: y}}]}
      selector:
        matchLabels: {env: prod}
        matchExpressions: [{key: tier.x, operator: DoesNotExist}]
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("a s x p@main")}
                                        << QStringList();

    for (const char *live : {"pullRequest", "scmProvider", "clusterDecisionResource", "plugin"}) {
        QTest::addRow("live %s generator", live)
            << appSet(R"(
  generators:
    - LIVE: {github: {owner: acme, repo: web}, requeueAfterSeconds: 60}
    - list: {elements: [{name: still-here}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: s, namespace: x}}
)")
                   .replace(QStringLiteral("LIVE"), QLatin1String(live))
            << QStringList {QStringLiteral("still-here s x p@main")}
            << QStringList {
                   QStringLiteral("ApplicationSet web (appsets/web.yaml): the %1 generator needs a "
                                  "live server; its Applications are not known offline")
                       .arg(QLatin1String(live))};
    }

    QTest::addRow("goTemplate, define is not evaluated")
        << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a}]}
  template:
    metadata: {name: '{{ template "name" . }}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList()
        << QStringList {
               QStringLiteral("web (appsets/web.yaml): its template cannot be rendered offline"),
               QStringLiteral("{{template}}")};

    QTest::addRow("goTemplate, variables are not evaluated") << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a}]}
  template:
    metadata: {name: '{{ $n := .name }}{{ $n }}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("template variables")};

    QTest::addRow("goTemplate, unknown function") << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a}]}
  template:
    metadata: {name: '{{ .name | sha256sum }}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("the function sha256sum")};

    QTest::addRow("goTemplate, if / else if / else, trimming")
        << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a, env: prod}, {name: b, env: staging}, {name: c}]}
  template:
    metadata: {name: '{{.name}}'}
    spec:
      project: default
      source:
        repoURL: r
        targetRevision: "v  {{- if eq (default \"\" .env) \"prod\" }} stable {{- else if .env -}} {{ .env }} {{- else }} edge {{- end -}}  "
        path: '{{ with .env }}envs/{{ . }}{{ else }}none{{ end }}'
      destination: {server: s, namespace: x}
)")
        << QStringList {QStringLiteral("a s x envs/prod@v stable"),
                        QStringLiteral("b s x envs/staging@vstaging"),
                        QStringLiteral("c s x none@v edge")}
        << QStringList();

    QTest::addRow("goTemplate, missingkey=error")
        << appSet(R"(
  goTemplate: true
  goTemplateOptions: ["missingkey=error"]
  generators:
    - list: {elements: [{name: a, rev: v1}, {name: b}]}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: '{{.rev}}'}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("a s x p@v1")}
        << QStringList {QStringLiteral("map has no entry for key \"rev\"")};

    QTest::addRow("goTemplate, a missing map below") << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a}]}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{.values.path}}'}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("nil pointer evaluating .values.path")};

    QTest::addRow("templatePatch") << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a}, {name: b, pin: v1.2.3, files: [common.yaml, b.yaml]}]}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: 'apps/{{.name}}', targetRevision: main}, destination: {server: s, namespace: x}}
  templatePatch: |
    {{- if .pin }}
    spec:
      source:
        targetRevision: {{ .pin | quote }}
        helm:
          valueFiles:
          {{- range .files }}
            - {{ . }}
          {{- end }}
    {{- end }}
)") << QStringList {QStringLiteral("a s x apps/a@main"), QStringLiteral("b s x apps/b@v1.2.3")}
                                   << QStringList();

    QTest::addRow("generator template override") << appSet(R"(
  generators:
    - list: {elements: [{name: a}]}
      template: {metadata: {}, spec: {source: {targetRevision: override}}}
    - list: {elements: [{name: b}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("a s x p@override"), QStringLiteral("b s x p@main")}
                                                 << QStringList();

    QTest::addRow("duplicate names")
        << appSet(R"(
  generators:
    - list: {elements: [{name: a, p: one}, {name: a, p: two}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{p}}', targetRevision: main}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("a s x one@main")}
        << QStringList {QStringLiteral("generates the Application a twice")};

    QTest::addRow("legacy list value that is not text")
        << appSet(R"(
  generators:
    - list: {elements: [{name: a, nested: {x: y}}, {name: b}]}
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: s, namespace: x}}
)") << QStringList {QStringLiteral("b s x p@main")}
        << QStringList {QStringLiteral("needs goTemplate: true")};

    QTest::addRow("goTemplate, nested ranges stop at a size") << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a, l: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}]}
  template:
    metadata: {name: '{{.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{range .l}}{{range $.l}}{{range $.l}}{{range $.l}}{{range $.l}}{{range $.l}}{{range $.l}}x{{end}}{{end}}{{end}}{{end}}{{end}}{{end}}{{end}}'}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList {QStringLiteral("a text longer than")};

    QTest::addRow("goTemplate, deep nesting refused")
        << appSet(R"(
  goTemplate: true
  generators:
    - list: {elements: [{name: a}]}
  template:
    metadata: {name: '{{ PARENS .name CLOSE }}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)")
               .replace(QStringLiteral("PARENS"), QStringLiteral("(lower ").repeated(100))
               .replace(QStringLiteral("CLOSE"), QStringLiteral(")").repeated(100))
        << QStringList() << QStringList {QStringLiteral("too deep a nesting")};

    QTest::addRow("a pattern made to backtrack") << appSet(R"(
  generators:
    - git: {repoURL: r, revision: main, directories: [{path: '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'}], files: []}
    - git: {repoURL: r, revision: main, files: [{path: '*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b'}]}
  template:
    metadata: {name: '{{path}}'}
    spec: {project: default, source: {repoURL: r, path: p}, destination: {server: s, namespace: x}}
)") << QStringList() << QStringList();

    QTest::addRow("unknown generator") << appSet(R"(
  generators:
    - telepathy: {}
  template: {metadata: {name: x}}
)") << QStringList() << QStringList {QStringLiteral("the generator telepathy is not known")};
}

void TestApplicationSetExpander::expand()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, apps);
    QFETCH(QStringList, warnings);
    YAML::Node document;
    try {
        document = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        QFAIL(qPrintable(
            QStringLiteral("the test's YAML: %1\n%2").arg(QString::fromStdString(e.what()), yaml)));
    }
    const auto expansion = ApplicationSetExpander::expand(document, File, context());
    QVERIFY(expansion);
    QCOMPARE(expansion->name, QStringLiteral("web"));
    QCOMPARE(summary(expansion->applications), apps);
    for (const QString &part : warnings) {
        const bool found = std::any_of(expansion->warnings.cbegin(), expansion->warnings.cend(),
                                       [&](const QString &w) { return w.contains(part); });
        QVERIFY2(found,
                 qPrintable(QStringLiteral("no warning with \"%1\" in:\n%2")
                                .arg(part, expansion->warnings.join(u'\n'))));
    }
    if (warnings.isEmpty())
        QVERIFY2(expansion->warnings.isEmpty(), qPrintable(expansion->warnings.join(u'\n')));
    for (const QString &w : expansion->warnings)
        QVERIFY2(w.startsWith(QStringLiteral("ApplicationSet web (appsets/web.yaml): ")),
                 qPrintable(w));
}

void TestApplicationSetExpander::filesLinesAndNamespaces()
{
    const auto expansion = ApplicationSetExpander::expand(YAML::Load(R"(# an ApplicationSet
---
apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata: {name: web, namespace: apps}
spec:
  generators:
    - list: {elements: [{name: a, rev: v1}]}
  template:
    metadata: {name: '{{name}}', namespace: ignored}
    spec:
      project: default
      sources:
        - repoURL: https://charts.example.com
          chart: web
          targetRevision: 1.4.2
          helm: {valueFiles: ['$values/envs/{{name}}/values.yaml']}
        - {repoURL: r, targetRevision: '{{rev}}', ref: values}
      destination: {server: s, namespace: x}
)"),
                                                          File, context());
    QVERIFY(expansion);
    QCOMPARE(expansion->line, 3);
    QCOMPARE(expansion->file, File);
    QCOMPARE(expansion->applications.size(), 1);
    const auto &app = expansion->applications.first();
    QCOMPARE(app.file, File);
    QCOMPARE(app.line, 3);
    QCOMPARE(app.nameSpace,
             QStringLiteral("apps")); // Argo CD creates them in the ApplicationSet's namespace
    QCOMPARE(app.sources.size(), 2);
    QCOMPARE(app.sources.at(0).valueFiles,
             QStringList {QStringLiteral("$values/envs/a/values.yaml")});
    QCOMPARE(app.sources.at(0).targetRevisionLine,
             16); // written in the ApplicationSet: editable there
    QCOMPARE(app.sources.at(1).targetRevision, QStringLiteral("v1"));
    QCOMPARE(app.sources.at(1).targetRevisionLine, 0); // a rendered value has no line
}

void TestApplicationSetExpander::inClusterCoveredByASecret()
{
    auto c = context();
    c.clusters << cluster("local", "https://kubernetes.default.svc", {});
    const auto expansion = ApplicationSetExpander::expand(YAML::Load(appSet(R"(
  generators: [{clusters: {}}]
  template:
    metadata: {name: '{{name}}'}
    spec: {project: default, source: {repoURL: r, path: p, targetRevision: main}, destination: {server: '{{server}}', namespace: x}}
)")
                                                                         .toStdString()),
                                                          File, c);
    QVERIFY(expansion);
    QCOMPARE(summary(expansion->applications),
             (QStringList {QStringLiteral("prod-eu https://prod-eu.example.com x p@main"),
                           QStringLiteral("prod-us https://prod-us.example.com x p@main"),
                           QStringLiteral("staging https://staging.example.com x p@main"),
                           QStringLiteral("local https://kubernetes.default.svc x p@main")}));
}

void TestApplicationSetExpander::newGitFileGlobbingAndCachedListing()
{
    const QString yaml = appSet(R"(
  generators:
    - git: {repoURL: https://git.example.com/deploy.git, revision: HEAD, files: [{path: 'envs/*/config.json'}, {path: 'envs/**/nested/*.json'}]}
  template:
    metadata: {name: '{{cluster.name}}'}
    spec: {project: default, source: {repoURL: r, path: '{{path}}', targetRevision: main}, destination: {server: s, namespace: x}}
)");
    auto c = context();
    c.newGitFileGlobbing = true;
    auto expansion = ApplicationSetExpander::expand(YAML::Load(yaml.toStdString()), File, c);
    QVERIFY(expansion);
    QCOMPARE(summary(expansion->applications),
             (QStringList {QStringLiteral("prod-eu s x envs/prod@main"),
                           QStringLiteral("staging s x envs/staging@main"),
                           QStringLiteral("nested s x envs/staging/nested@main")}));
    // A listing given by the caller is used as it is: here one without the nested file.
    c.newGitFileGlobbing = false;
    c.listing
        = ApplicationSetExpander::RepositoryListing {{}, {QStringLiteral("envs/prod/config.json")}};
    expansion = ApplicationSetExpander::expand(YAML::Load(yaml.toStdString()), File, c);
    QVERIFY(expansion);
    QCOMPARE(summary(expansion->applications),
             QStringList {QStringLiteral("prod-eu s x envs/prod@main")});
}

void TestApplicationSetExpander::otherRepository()
{
    auto c = context();
    c.isThisRepository = [](const QString &url) {
        return url == u"https://git.example.com/deploy.git";
    };
    const auto expansion = ApplicationSetExpander::expand(YAML::Load(appSet(R"(
  generators:
    - git: {repoURL: https://git.example.com/other.git, revision: HEAD, directories: [{path: 'apps/*'}]}
    - git: {repoURL: https://git.example.com/deploy.git, revision: HEAD, directories: [{path: 'apps/web'}]}
  template:
    metadata: {name: '{{path.basename}}'}
    spec: {project: default, source: {repoURL: r, path: '{{path}}', targetRevision: main}, destination: {server: s, namespace: x}}
)")
                                                                         .toStdString()),
                                                          File, c);
    QVERIFY(expansion);
    QCOMPARE(summary(expansion->applications),
             QStringList {QStringLiteral("web s x apps/web@main")});
    QCOMPARE(expansion->warnings.size(), 1);
    QVERIFY(expansion->warnings.first().contains(
        QStringLiteral("https://git.example.com/other.git, another repository")));
}

void TestApplicationSetExpander::notAnApplicationSetAndOddShapes_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<bool>("isApplicationSet");
    QTest::addRow("application") << "{apiVersion: argoproj.io/v1alpha1, kind: Application}"
                                 << false;
    QTest::addRow("other group") << "{apiVersion: example.com/v1, kind: ApplicationSet}" << false;
    QTest::addRow("scalar") << "hello" << false;
    QTest::addRow("no spec") << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet}" << true;
    QTest::addRow("generators a map") << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, "
                                         "spec: {generators: {list: {}}}}"
                                      << true;
    QTest::addRow("generator a scalar")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [x, [1]]}}"
        << true;
    QTest::addRow("elements a map")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{list: "
           "{elements: {a: b}}}], template: {metadata: {name: x}}}}"
        << true;
    QTest::addRow("elements scalars")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{list: "
           "{elements: [1, [2]]}}], template: {metadata: {name: x}}}}"
        << true;
    QTest::addRow("elementsYaml broken")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{list: "
           "{elementsYaml: '[unclosed'}}]}}"
        << true;
    QTest::addRow("template a list")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{list: "
           "{elements: [{a: b}]}}], template: [1]}}"
        << true;
    QTest::addRow("git without entries")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{git: "
           "{repoURL: r, directories: x}}]}}"
        << true;
    QTest::addRow("git path a map")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{git: "
           "{repoURL: r, directories: [{path: {a: b}}, 3]}}]}}"
        << true;
    QTest::addRow("bad glob")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{git: "
           "{repoURL: r, directories: [{path: 'apps/[a'}], files: [{path: '['}]}}]}}"
        << true;
    QTest::addRow("selector a list")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: "
           "[{clusters: {selector: [1]}, selector: [2]}]}}"
        << true;
    QTest::addRow("matrix children scalars")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {generators: [{matrix: "
           "{generators: [1, 2]}}]}}"
        << true;
    QTest::addRow("templatePatch a list")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {goTemplate: true, "
           "templatePatch: '[1, 2]', generators: [{list: {elements: [{a: b}]}}], template: "
           "{metadata: {name: x}}}}"
        << true;
    QTest::addRow("templatePatch broken")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {goTemplate: true, "
           "templatePatch: '{{ .a }}: [', generators: [{list: {elements: [{a: b}]}}], template: "
           "{metadata: {name: x}}}}"
        << true;
    QTest::addRow("unclosed action")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {goTemplate: true, "
           "generators: [{list: {elements: [{a: b}]}}], template: {metadata: {name: '{{ .a'}}}}"
        << true;
    QTest::addRow("unbalanced end")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {goTemplate: true, "
           "generators: [{list: {elements: [{a: b}]}}], template: {metadata: {name: '{{ end }}{{ "
           "if .a }}'}}}}"
        << true;
    QTest::addRow("deep nesting")
        << "{apiVersion: argoproj.io/v1alpha1, kind: ApplicationSet, spec: {goTemplate: true, "
           "generators: [{list: {elements: [{a: "
           "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]"
           "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}]}}], template: {metadata: "
           "{name: '{{ .a }}'}}}}"
        << true;
}

void TestApplicationSetExpander::notAnApplicationSetAndOddShapes()
{
    QFETCH(QString, yaml);
    QFETCH(bool, isApplicationSet);
    const auto expansion
        = ApplicationSetExpander::expand(YAML::Load(yaml.toStdString()), File, context());
    QCOMPARE(expansion.has_value(), isApplicationSet);
}

QTEST_GUILESS_MAIN(TestApplicationSetExpander)
#include "tst_applicationsetexpander.moc"
