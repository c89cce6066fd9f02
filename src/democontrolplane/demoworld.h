#pragma once

#include "pipeline.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace Promenade::Demo {

// The simulated world behind the embedded demo control plane: what Argo CD runs on each
// cluster, the certificates and issuers there, and the pull requests on GitHub. It follows
// the demo repository: when the origin's main moves, the environments whose overlays changed
// go OutOfSync, then Progressing, then Synced and Healthy on the new images, as Argo CD with
// automated sync would. Lives on the GUI thread (QTimer-driven).
class DemoWorld : public QObject
{
    Q_OBJECT

public:
    struct Deployment
    {
        int id = 0;
        QString revision;
        QDateTime startedAt;
        QDateTime deployedAt;
        bool automated = true;
    };

    // One Argo CD Application: apps-<env> (the shared apps overlay, for the apps without an
    // overlay of their own), <app>-<env> (an app's own overlay, as the synthetic services of
    // a large demo have: clusters/<cluster>/services.yaml), infrastructure-<env>, or
    // <chart>-<env> (an infrastructure Helm chart such as cert-manager, whose source is the
    // chart at the version the environment pins: it syncs when that version changes).
    struct Application
    {
        QString name;
        QString environment;
        QString cluster;
        QString path; // the overlay it deploys
        QMap<QString, QString> declared; // app → image reference the overlay pins
        QMap<QString, QString> running; // app → image reference running
        QMap<QString, int> replicas; // app → replicas
        QString targetRevision; // the commit Argo CD compares against
        QString syncedRevision;
        QString syncStatus = QStringLiteral("Synced");
        QString health = QStringLiteral("Healthy");
        QString healthMessage;
        QString phase = QStringLiteral("Succeeded");
        QString operationMessage = QStringLiteral("successfully synced (all tasks run)");
        QDateTime operationStartedAt;
        QDateTime operationFinishedAt;
        QDateTime healthChangedAt;
        QDateTime reconciledAt;
        QList<Deployment> history;
        qint64 resourceVersion = 0;
        QList<InfrastructureComponent> infrastructure; // infrastructure apps only
        QString chart; // chart applications: the chart, its repository and pinned version
        QString chartRepository;
        QString chartVersion;
        bool withIngress = true; // its apps are reached through an Ingress (with a certificate)
    };

    struct Certificate
    {
        QString cluster;
        QString nameSpace;
        QString name;
        QStringList dnsNames;
        QString issuer;
        QDateTime notBefore;
        QDateTime notAfter;
        QDateTime renewalTime;
        bool ready = true;
        QString issuingFailure; // non-empty: the last renewal attempt failed with this message
    };

    struct Issuer
    {
        QString cluster;
        QString name;
        QString type; // acme, selfSigned
        QString server; // ACME directory
        bool ready = true;
    };

    struct PullRequest
    {
        int number = 0;
        QString title;
        QString body;
        QString head;
        QString base;
        QString headSha;
        QString state = QStringLiteral("open");
        bool merged = false;
        QString mergeCommitSha;
        QDateTime createdAt;
        QDateTime updatedAt;
        QDateTime mergedAt;
        QString checks = QStringLiteral("success"); // success, pending, failure
    };

    // Starts with every environment synced and healthy on what the pipeline declares.
    DemoWorld(const Pipeline &pipeline, const QString &revision, const QDateTime &now,
              QObject *parent = nullptr);

    // A new commit on the origin's main: each application whose overlay now declares other
    // images goes through a sync. Unchanged ones just compare against the new revision.
    void setDeclared(const Pipeline &pipeline, const QString &revision);
    // The time each step of a sync takes (OutOfSync → Progressing → Synced/Healthy).
    void setStepDelay(int milliseconds) { m_stepDelay = milliseconds; }

    [[nodiscard]] const QList<Application> &applications() const { return m_applications; }
    [[nodiscard]] const Application *application(const QString &name) const;
    [[nodiscard]] const QList<Certificate> &certificates() const { return m_certificates; }
    [[nodiscard]] const QList<Issuer> &issuers() const { return m_issuers; }
    [[nodiscard]] QStringList clusters() const;
    [[nodiscard]] qint64 resourceVersion() const { return m_resourceVersion; }

    // Argo CD's sync: starts an operation now (a no-op when one is running).
    Result<QString> sync(const QString &application);

    [[nodiscard]] const QList<PullRequest> &pullRequests() const { return m_pullRequests; }
    [[nodiscard]] const PullRequest *pullRequest(int number) const;
    Result<PullRequest> createPullRequest(const QString &title, const QString &body,
                                          const QString &head, const QString &base,
                                          const QString &headSha);
    // Marks a pull request merged; the Git side of the merge is done by the control plane.
    Result<PullRequest> markMerged(int number, const QString &mergeCommitSha);

Q_SIGNALS:
    // An Application changed (for the watch stream).
    void applicationChanged(const QString &name);

private:
    void beginSync(Application &app, bool automated);
    void advance(const QString &name, qint64 generation);
    void touch(Application &app);
    Application *find(const QString &name);
    void add(const Application &app);
    // The chart applications of an environment's Helm chart components (cert-manager-<env>).
    void addChartApplications(const Environment &env, const QString &cluster, const QDateTime &now,
                              int daysAgo);
    void followChartVersions(const Environment &env);

    QList<Application> m_applications;
    QHash<QString, qsizetype> m_index; // name → position in m_applications
    QList<Certificate> m_certificates;
    QList<Issuer> m_issuers;
    QList<PullRequest> m_pullRequests;
    QMap<QString, qint64> m_syncGeneration; // invalidates timers of superseded syncs
    qint64 m_resourceVersion = 48210000;
    int m_stepDelay = 2500;
    int m_nextHistoryId = 40;
};

} // namespace Promenade::Demo
