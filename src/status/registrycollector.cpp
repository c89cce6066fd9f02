#include "registrycollector.h"

#include "credentialsdiscovery.h"
#include "imagetags.h"
#include "livestatuscache.h"
#include "registryclient.h"
#include "statuscollection.h"

namespace Promenade {

using namespace Promenade::Clients;

QString RegistryCollector::service()
{
    return QStringLiteral("Registry");
}

RegistryCollector::RegistryCollector(StatusCollection &collection)
    : c(collection)
{ }

void RegistryCollector::start(bool hold)
{
    QStringList repositories;
    QHash<QString, QStringList> declaredTags; // repository → the tags the environments pin
    for (const Environment &env : std::as_const(c.pipeline.environments)) {
        for (const DeclaredImage &image : env.images) {
            auto known = declaredTags.find(image.repository);
            if (known == declaredTags.end()) {
                repositories << image.repository;
                known = declaredTags.insert(image.repository, {});
            }
            if (!image.tag.isEmpty() && !known->contains(image.tag))
                known->append(image.tag);
        }
    }
    if (LiveStatusCache *cache = c.options.cache.get()) {
        Clients::RegistryCache::Policy policy = cache->registry()->policy();
        policy.tagListMaxAge = c.options.tagListInterval;
        policy.tagMaxAge = c.options.tagRecheckInterval;
        cache->registry()->setPolicy(policy);
    } else {
        c.registryCache = std::make_shared<RegistryCache>();
    }
    // Sending a request costs this thread a little: hundreds of repositories' first requests go
    // out a few dozen per turn of the event loop.
    auto work = std::make_shared<std::vector<std::function<void()>>>();
    for (const QString &repository : std::as_const(repositories))
        prepare(repository, declaredTags.value(repository), work.get());
    if (hold)
        m_held = work;
    else
        c.runInTurns(work);
}

void RegistryCollector::sendHeld()
{
    if (auto work = std::exchange(m_held, nullptr))
        c.runInTurns(work);
}

void RegistryCollector::prepare(const QString &repository, const QStringList &declared,
                                std::vector<std::function<void()>> *work)
{
    const auto reference = ImageReference::parse(repository + QStringLiteral(":latest"));
    if (!reference) {
        c.imageProblems[repository] << reference.error().toString();
        return;
    }
    auto r = std::make_shared<Repository>();
    r->repository = repository;
    r->name = reference->repository;
    r->declared = declared;
    r->endpoint = registryEndpoint(reference->registry);
    // The Docker login used is the one for the host actually contacted: an image's host
    // mapped elsewhere (endpoints.registries) gets the other host's login, if any.
    r->host = reference->registry;
    if (c.pipeline.registries.contains(r->host)) {
        r->endpoint.baseUrl = QUrl(c.pipeline.registries.value(r->host));
        const QUrl &url = r->endpoint.baseUrl;
        const QString mapped
            = url.port() >= 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
        if (mapped.compare(r->host, Qt::CaseInsensitive) != 0)
            r->mirror = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
        r->host = mapped;
    }
    // Problems name the registry the user knows (the image's, ghcr.io), the mirror after.
    r->label = r->endpoint.label();
    r->imageHost = reference->registry;
    r->waitLabel = r->mirror.isEmpty()
        ? r->label
        : ProblemTr::tr("Registry %1 (through the mirror %2)").arg(r->imageHost, r->mirror);
    // Nothing secret over plain http, except to this computer.
    r->credentialsAllowed = EndpointTrust::allowsCredentials(r->endpoint.baseUrl);
    c.applyLimits(r->endpoint);
    c.later.insert(r->waitLabel); // its facts may come after a first, partial status
    c.serviceOfLabel.insert(r->waitLabel, service());
    auto done = c.begin(r->waitLabel);
    // The client is made, and the first request sent, when its turn comes.
    work->push_back([this, r = std::shared_ptr<const Repository>(r), done] { ask(r, done); });
}

QString RegistryCollector::problem(const Repository &r, const QString &message)
{
    if (r.mirror.isEmpty())
        return message;
    QString what = message;
    if (what.startsWith(r.label + u": "))
        what = what.mid(r.label.size() + 2);
    return ProblemTr::tr("Registry %1: %2 (asked through the mirror %3)")
        .arg(r.imageHost, what, r.mirror);
}

RegistryClient *RegistryCollector::clientFor(const Repository &r)
{
    if (LiveStatusCache *cache = c.options.cache.get())
        return cache->registryClient(r.endpoint, r.credentialsAllowed ? r.host : QString());
    auto client = std::make_unique<RegistryClient>(r.endpoint);
    client->setCache(c.registryCache);
    if (!c.registryCredentials.contains(r.host)) {
        // A credential helper may take seconds: this runs on the collector's thread.
        const auto credential = CredentialsDiscovery::dockerCredential(r.host);
        c.registryCredentials.insert(r.host,
                                     credential ? std::optional(*credential) : std::nullopt);
    }
    if (const auto &credential = c.registryCredentials.value(r.host)) {
        if (r.credentialsAllowed) {
            client->setCredential(*credential);
        } else {
            const WithheldCredential withheld {
                CredentialService::Registry, r.endpoint.baseUrl,
                QStringLiteral("your Docker login for %1").arg(r.host),
                WithheldCredential::Reason::PlainHttp};
            if (!c.withheld.contains(withheld))
                c.withheld << withheld;
            if (!c.imageProblems[r.repository].contains(withheld.problem()))
                c.imageProblems[r.repository] << withheld.problem();
        }
    }
    RegistryClient *raw = client.get();
    c.clients.push_back(std::move(client));
    return raw;
}

void RegistryCollector::ask(const std::shared_ptr<const Repository> &r,
                            const std::function<void()> &done)
{
    RegistryClient *client = clientFor(*r);
    client->setMaxTagPages(c.options.maxTagPages);
    const int pageSize = std::max(1, c.options.tagPageSize);
    client->tags(
        r->name, pageSize, c.requests,
        [this, r, client, done](Result<QStringList> tags) {
            if (!tags) {
                const Error error(tags.error().kind(), problem(*r, tags.error().toString()));
                c.noteAnswer(service(), r->waitLabel, &error);
                c.imageProblems[r->repository] << error.message();
            } else {
                c.noteAnswer(service(), r->waitLabel);
                listed(r, client, *tags);
            }
            done();
        },
        r->declared);
}

void RegistryCollector::listed(const std::shared_ptr<const Repository> &r, RegistryClient *client,
                               const QStringList &tags)
{
    const QString &repository = r->repository;
    c.images[repository]; // known, even when empty
    c.listedTags[repository] = QSet<QString>(tags.cbegin(), tags.cend());
    const int pageSize = std::max(1, c.options.tagPageSize);
    const int most = c.options.maxTagPages * pageSize;
    if (tags.size() >= most)
        c.imageProblems[repository]
            << ProblemTr::tr("%1 has %2 tags or more: only the first %2 (%3 pages) were listed, "
                             "the newest build may be among the others")
                   .arg(repository)
                   .arg(most)
                   .arg(c.options.maxTagPages);
    const QStringList described
        = ImageTags::tagsToDescribe(tags, r->declared, c.options.maxTagsDescribed);
    c.tagsDescribed[repository] = int(described.size());
    auto asked = std::make_shared<QSet<QString>>(described.cbegin(), described.cend());
    for (const QString &tag : described)
        describe(r, client, tag, asked);
}

// Describes a tag; for a mutable alias (latest), also the immutable tag the build's labels
// name (its version, sha-<revision>) when the list holds it and it was not asked: the build is
// then named by it.
void RegistryCollector::describe(const std::shared_ptr<const Repository> &r, RegistryClient *client,
                                 const QString &tag, const std::shared_ptr<QSet<QString>> &asked)
{
    auto finished = c.begin(r->waitLabel);
    const bool isDeclared = r->declared.contains(tag);
    client->describe(
        r->name, tag, c.requests,
        [this, r, client, tag, finished, isDeclared, asked](Result<ImageDetails> details) {
            const QString &repository = r->repository;
            if (details) {
                c.images[repository].insert(tag, *details);
                if (!ImageTags::isImmutableTag(tag)) {
                    const QString revision = details->revision.left(7);
                    for (const QString &candidate :
                         QStringList {details->version, u"sha-"_qs + revision, revision}) {
                        if (candidate.isEmpty()
                            || (revision.size() < 7 && candidate != details->version)
                            || asked->contains(candidate)
                            || !c.listedTags[repository].contains(candidate)
                            || !ImageTags::isImmutableTag(candidate))
                            continue;
                        asked->insert(candidate);
                        ++c.tagsDescribed[repository];
                        describe(r, client, candidate, asked);
                        break;
                    }
                }
            } else if (isDeclared) {
                const Error error(details.error().kind(), problem(*r, details.error().toString()));
                c.noteAnswer(service(), r->waitLabel, &error);
                c.imageProblems[repository] << error.message();
            }
            finished();
        });
}

} // namespace Promenade
