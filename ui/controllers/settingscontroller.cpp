#include "settingscontroller.h"

#include "credentialchoice.h"
#include "credentialresolver.h"
#include "credentialskeychain.h"
#include "servicetokens.h"
#include "statuscollector.h"

#include <QRegularExpression>

using Promenade::Clients::CredentialChoice;
using Promenade::Clients::CredentialService;
using Promenade::Clients::CredentialsKeychain;
using Promenade::Credentials::Credential;
using Promenade::Credentials::CredentialResolver;

namespace {
// The endpoints of a pipeline in one string, to tell whether they changed.
QString endpointSignature(const Promenade::Pipeline &pipeline)
{
    QStringList parts;
    for (const auto &argo : pipeline.argoCd)
        parts << argo.url + u'|' + argo.clusters.join(u',');
    for (auto it = pipeline.registries.cbegin(); it != pipeline.registries.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    parts << pipeline.github.url << pipeline.github.repository;
    return parts.join(u'\n');
}
} // namespace

SettingsController::SettingsController(QObject *parent)
    : QObject(parent)
    , m_argoCd(new EndpointOverrideModel(this))
    , m_registries(new EndpointOverrideModel(this))
    , m_credentials(new CredentialListModel(this))
    , m_trusted(new TrustedEndpointModel(this))
    , m_keychain(new CredentialsKeychain(QStringLiteral("Promenade"), this))
{
    connect(m_argoCd, &EndpointOverrideModel::edited, this, &SettingsController::endpointsChanged);
    connect(m_registries, &EndpointOverrideModel::edited, this,
            &SettingsController::endpointsChanged);
}

SettingsController::~SettingsController() = default;

void SettingsController::setPipeline(PipelineController *pipeline)
{
    if (!m_session.reset(this, pipeline))
        return;
    if (m_session) {
        using Promenade::RepositorySession;
        connect(m_session, &RepositorySession::repositoryChanged, this,
                &SettingsController::onRepositoryChanged);
        // The demo's services are known once its live status started.
        connect(m_session, &RepositorySession::statusChanged, this, [this] {
            if (!m_session->isDemo() || m_stale)
                return;
            if (!m_active) {
                m_stale = true; // compared when the form is asked for
                return;
            }
            if (endpointSignature(m_session->effectivePipeline()) != endpointSignature(m_shown)) {
                load();
                refreshCredentials();
            }
        });
    }
    onRepositoryChanged();
}

void SettingsController::onRepositoryChanged()
{
    if (m_active) {
        load();
        refreshCredentials();
    } else {
        m_stale = true;
    }
    Q_EMIT pipelineChanged();
}

void SettingsController::ensureLoaded() const
{
    if (!m_stale)
        return;
    auto *self = const_cast<SettingsController *>(this);
    self->load();
    self->refreshCredentials();
}

void SettingsController::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active; // who shows the form reads it afresh (load, refreshCredentials)
    Q_EMIT activeChanged();
}

bool SettingsController::editable() const
{
    return m_session && m_session->hasRepository() && !m_session->isDemo();
}

QString SettingsController::repositoryName() const
{
    return m_session ? m_session->repositoryName() : QString();
}

QString SettingsController::declaredGitHubUrl() const
{
    return m_shown.github.url.isEmpty() ? QStringLiteral("https://api.github.com")
                                        : m_shown.github.url;
}

QString SettingsController::declaredGitHubRepository() const
{
    return m_shown.root.isEmpty() ? QString()
                                  : Promenade::StatusCollector::gitHubRepository(m_shown);
}

void SettingsController::setGitHubUrl(const QString &url)
{
    ensureLoaded();
    if (url == m_gitHubUrl)
        return;
    m_gitHubUrl = url;
    Q_EMIT endpointsChanged();
}

void SettingsController::setGitHubRepository(const QString &repository)
{
    ensureLoaded();
    if (repository == m_gitHubRepository)
        return;
    m_gitHubRepository = repository;
    Q_EMIT endpointsChanged();
}

QString SettingsController::gitHubUrlProblem() const
{
    return EndpointOverrideModel::problemWith(m_gitHubUrl);
}

QString SettingsController::gitHubRepositoryProblem() const
{
    static const QRegularExpression ownerName(
        QStringLiteral(R"(^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$)"));
    const QString text = m_gitHubRepository.trimmed();
    if (text.isEmpty() || ownerName.match(text).hasMatch())
        return {};
    return tr("Enter the repository as OWNER/NAME, e.g. howdiggy/homelab-gitops");
}

EndpointOverrides SettingsController::overrides() const
{
    ensureLoaded();
    EndpointOverrides out;
    for (const auto &row : m_argoCd->rows()) {
        if (!row.url.trimmed().isEmpty())
            out.argoCd.insert(row.key, {row.url.trimmed(), row.insecure});
    }
    for (const auto &row : m_registries->rows()) {
        if (!row.url.trimmed().isEmpty())
            out.registries.insert(row.key, row.url.trimmed());
    }
    out.gitHubUrl = m_gitHubUrl.trimmed();
    out.gitHubRepository = m_gitHubRepository.trimmed();
    return out;
}

bool SettingsController::modified() const
{
    return !(overrides() == m_stored);
}

bool SettingsController::canSave() const
{
    return editable() && modified() && !m_argoCd->hasProblems() && !m_registries->hasProblems()
        && gitHubUrlProblem().isEmpty() && gitHubRepositoryProblem().isEmpty();
}

void SettingsController::load()
{
    m_stale = false;
    const bool open = m_session && m_session->hasRepository();
    const Promenade::Pipeline pipeline = open ? m_session->pipeline() : Promenade::Pipeline {};
    // The demo shows the endpoints of its embedded services, read-only.
    const bool demo = open && m_session->isDemo();
    m_shown = demo ? m_session->effectivePipeline() : pipeline;
    const Promenade::Pipeline &shown = m_shown;
    m_stored = open && !demo ? EndpointOverrides::load(pipeline.root) : EndpointOverrides {};

    QList<EndpointOverrideModel::Row> argoRows;
    if (open) {
        QString everyCluster;
        for (const auto &argo : shown.argoCd) {
            if (argo.clusters.isEmpty())
                everyCluster = argo.url;
        }
        const auto stored = m_stored.argoCd.value(EndpointOverrides::allClusters.toString());
        argoRows.append({EndpointOverrides::allClusters.toString(), tr("All clusters"),
                         tr("unless set per cluster"), everyCluster, stored.url, stored.insecure});
        for (const QString &cluster : EndpointOverrides::clustersOf(pipeline)) {
            QStringList environments;
            for (const auto &env : pipeline.environments) {
                if (env.clusters.contains(cluster))
                    environments << env.name;
            }
            const auto own = m_stored.argoCd.value(cluster);
            argoRows.append({cluster, cluster, environments.join(QStringLiteral(", ")),
                             EndpointOverrides::declaredArgoCd(shown, cluster), own.url,
                             own.insecure});
        }
    }
    m_argoCd->setRows(argoRows);

    QList<EndpointOverrideModel::Row> registryRows;
    if (open) {
        for (const QString &host : EndpointOverrides::registryHostsOf(pipeline))
            registryRows.append({host,
                                 host,
                                 {},
                                 shown.registries.value(host),
                                 m_stored.registries.value(host),
                                 false});
    }
    m_registries->setRows(registryRows);
    m_gitHubUrl = m_stored.gitHubUrl;
    m_gitHubRepository = m_stored.gitHubRepository;
    loadTrustedEndpoints();
    Q_EMIT endpointsChanged();
    Q_EMIT pipelineChanged(); // what promenade.yaml (or the demo) says
}

void SettingsController::loadTrustedEndpoints()
{
    const bool open = m_session && m_session->hasRepository() && !m_session->isDemo();
    m_trusted->setEntries(open ? Promenade::Clients::EndpointTrustStore(m_trustStoreFile)
                                     .entriesFor(m_session->repositoryPath())
                               : QList<Promenade::Clients::EndpointTrustStore::Entry> {});
}

bool SettingsController::revokeTrust(int row)
{
    ensureLoaded();
    if (row < 0 || row >= m_trusted->rowCount())
        return false;
    const auto entry = m_trusted->entries().at(row);
    Promenade::Clients::EndpointTrustStore store(m_trustStoreFile);
    auto revoked = store.revoke(entry.repository, entry.service, QUrl(entry.url));
    loadTrustedEndpoints();
    if (!revoked || !*revoked)
        return false;
    if (m_session)
        m_session->applySettings(); // the clients holding the token go
    return true;
}

bool SettingsController::save()
{
    if (!canSave())
        return false;
    m_stored = overrides();
    m_stored.save(m_session->repositoryPath());
    // What the user typed here is theirs: trusted with the credentials for it while it is set.
    QList<Promenade::Clients::EndpointTrustStore::Entry> typed;
    for (const auto &argo : std::as_const(m_stored.argoCd))
        typed.append({{}, Promenade::Clients::CredentialService::ArgoCd, argo.url, {}, {}});
    if (!m_stored.gitHubUrl.isEmpty())
        typed.append(
            {{}, Promenade::Clients::CredentialService::GitHub, m_stored.gitHubUrl, {}, {}});
    (void)Promenade::Clients::EndpointTrustStore(m_trustStoreFile)
        .replaceOrigin(m_session->repositoryPath(),
                       Promenade::Clients::EndpointTrustStore::Origin::Settings, typed);
    loadTrustedEndpoints();
    Q_EMIT endpointsChanged();
    m_session->applySettings();
    refreshCredentials(); // another Argo CD or GitHub may need another token
    return true;
}

void SettingsController::setKeychainStatus(const QString &status)
{
    const bool available = status.isEmpty() && m_keychain->available();
    if (available == m_keychainAvailable && status == m_keychainStatus)
        return;
    m_keychainAvailable = available;
    m_keychainStatus = status;
    Q_EMIT keychainChanged();
}

void SettingsController::refreshCredentials()
{
    if (m_stale)
        load(); // the rows are those of the repository open now
    const int generation = ++m_generation;
    const bool demo = m_session && m_session->hasRepository() && m_session->isDemo();
    const Promenade::Pipeline pipeline
        = m_session ? m_session->effectivePipeline() : Promenade::Pipeline {};

    // Each row's service and endpoint, for the credentials component and EndpointTrust.
    QList<CredentialListModel::Row> rows;
    QList<std::pair<CredentialService, QUrl>> endpoints;
    QStringList argoUrls;
    for (const auto &argo : pipeline.argoCd) {
        if (argoUrls.contains(argo.url))
            continue;
        argoUrls << argo.url;
        CredentialListModel::Row row;
        row.service = tr("Argo CD");
        row.endpoint = argo.url;
        row.key = ServiceTokens::argoCdKey(argo.url);
        row.hint = tr("Without one here: ARGOCD_AUTH_TOKEN, or “argocd login %1”.")
                       .arg(QUrl(argo.url).authority());
        rows.append(row);
        endpoints.append({CredentialService::ArgoCd, QUrl(argo.url)});
    }
    CredentialListModel::Row github;
    github.service = tr("GitHub");
    github.endpoint
        = pipeline.github.url.isEmpty() ? ServiceTokens::gitHubHost(pipeline) : pipeline.github.url;
    github.key = ServiceTokens::gitHubKey(pipeline);
    github.hint = pipeline.github.url.isEmpty()
        ? tr("Without one here: GH_TOKEN or GITHUB_TOKEN, or “gh auth login”.")
        : tr("Without one here: GH_ENTERPRISE_TOKEN, or “gh auth login --hostname %1”.")
              .arg(ServiceTokens::gitHubHost(pipeline));
    rows.append(github);
    endpoints.append({CredentialService::GitHub, Promenade::StatusCollector::gitHubApi(pipeline)});

    // The outcome of a store or remove stays visible across the refresh it causes.
    for (auto &row : rows) {
        if (const int old = m_credentials->rowOf(row.key); old >= 0)
            row.message = m_credentials->rows().at(old).message;
    }
    if (demo) {
        for (auto &row : rows) {
            row.source = tr("the demo's control plane");
            row.hint.clear();
        }
        m_credentials->setRows(rows);
        Q_EMIT credentialsRefreshed();
        return;
    }
    for (auto &row : rows)
        row.busy = true;
    m_credentials->setRows(rows);
    m_lookupsPending = static_cast<int>(rows.size());
    // The trust the live status applies (EndpointTrust::forRepository of the repository).
    const Promenade::Clients::EndpointTrust trust
        = Promenade::Clients::EndpointTrust::forRepository(
            pipeline.root, Promenade::Clients::EndpointTrustStore(m_trustStoreFile));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = rows.at(i).key;
        const auto [service, url] = endpoints.at(i);
        m_keychain->read(key, this,
                         [this, key, service = service, url = url, trust,
                          generation](Promenade::Result<QString> read) {
                             if (generation != m_generation)
                                 return;
                             QHash<QString, QString> keychain;
                             QString keychainStatus;
                             if (read && !read->trimmed().isEmpty())
                                 keychain.insert(key, *read);
                             else if (!read
                                      && read.error().kind() != Promenade::Error::Kind::NotFound)
                                 keychainStatus = read.error().message();
                             showCredential(key, service, url, trust, keychain);
                             setKeychainStatus(keychainStatus);
                             if (--m_lookupsPending == 0)
                                 Q_EMIT credentialsRefreshed();
                         });
    }
}

void SettingsController::showCredential(const QString &key, CredentialService service,
                                        const QUrl &url,
                                        const Promenade::Clients::EndpointTrust &trust,
                                        const QHash<QString, QString> &keychain)
{
    // The same precedence and the same trust as the live status: the source shown is the one
    // whose token is sent.
    const CredentialResolver resolver(keychain);
    const CredentialChoice choice = CredentialChoice::choose(
        trust, service, url,
        service == CredentialService::GitHub ? resolver.gitHub(url) : resolver.argoCd(url));
    m_credentials->update(key, [&](CredentialListModel::Row &row) {
        row.busy = false;
        row.stored = !keychain.isEmpty();
        row.source = choice.credential.origin == Credential::Origin::Keychain
            ? tr("system keychain")
            : choice.credential.source;
        if (choice.withheld)
            row.hint = choice.withheld->problem();
    });
}

void SettingsController::storeToken(int row, const QString &token)
{
    ensureLoaded();
    if (row < 0 || row >= m_credentials->rowCount() || !editable())
        return;
    const QString key = m_credentials->rows().at(row).key;
    if (token.trimmed().isEmpty()) {
        m_credentials->update(
            key, [this](CredentialListModel::Row &r) { r.message = tr("Paste a token first."); });
        return;
    }
    m_credentials->update(key, [](CredentialListModel::Row &r) {
        r.busy = true;
        r.message.clear();
    });
    m_keychain->write(key, token.trimmed(), this, [this, key](Promenade::Status written) {
        m_credentials->update(key, [&](CredentialListModel::Row &r) {
            r.busy = false;
            r.message = written ? tr("Stored in the system keychain.") : written.error().message();
        });
        if (!written) {
            setKeychainStatus(m_keychain->available() ? QString() : written.error().message());
            return;
        }
        setKeychainStatus({});
        refreshCredentials();
        if (m_session)
            m_session->applySettings();
    });
}

void SettingsController::removeToken(int row)
{
    ensureLoaded();
    if (row < 0 || row >= m_credentials->rowCount() || !editable())
        return;
    const QString key = m_credentials->rows().at(row).key;
    m_credentials->update(key, [](CredentialListModel::Row &r) { r.busy = true; });
    m_keychain->remove(key, this, [this, key](Promenade::Status removed) {
        m_credentials->update(key, [&](CredentialListModel::Row &r) {
            r.busy = false;
            r.message
                = removed ? tr("Removed from the system keychain.") : removed.error().message();
        });
        if (!removed)
            return;
        refreshCredentials();
        if (m_session)
            m_session->applySettings();
    });
}
