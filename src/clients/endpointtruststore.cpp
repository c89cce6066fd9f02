#include "endpointtruststore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Promenade::Clients {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EndpointTrust)
};

QString originName(EndpointTrustStore::Origin origin)
{
    return origin == EndpointTrustStore::Origin::Settings ? QStringLiteral("settings")
                                                          : QStringLiteral("confirmed");
}

} // namespace

QString toString(CredentialService service)
{
    switch (service) {
    case CredentialService::ArgoCd:
        return QStringLiteral("argocd");
    case CredentialService::Registry:
        return QStringLiteral("registry");
    case CredentialService::GitHub:
        return QStringLiteral("github");
    }
    return {};
}

std::optional<CredentialService> credentialServiceFromString(QStringView name)
{
    if (name == u"argocd")
        return CredentialService::ArgoCd;
    if (name == u"registry")
        return CredentialService::Registry;
    if (name == u"github")
        return CredentialService::GitHub;
    return std::nullopt;
}

EndpointTrustStore::EndpointTrustStore(QString file)
    : m_file(file.isEmpty() ? defaultFile() : std::move(file))
{ }

QString EndpointTrustStore::defaultFile()
{
    const QString overridden = qEnvironmentVariable("PROMENADE_TRUST_FILE");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Promenade/trusted-endpoints.conf");
}

QString EndpointTrustStore::normalized(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return {};
    QUrl clean;
    clean.setScheme(scheme);
    clean.setHost(url.host().toLower());
    const int defaultPort = scheme == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        clean.setPort(url.port());
    QString path = QDir::cleanPath(url.path().isEmpty() ? QStringLiteral("/") : url.path());
    while (path.endsWith(u'/'))
        path.chop(1);
    clean.setPath(path);
    return clean.toString(QUrl::FullyEncoded);
}

QString EndpointTrustStore::normalizedRepository(const QString &root)
{
    if (root == everyRepository)
        return root;
    const QFileInfo info(root);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

QList<EndpointTrustStore::Entry> EndpointTrustStore::entries() const
{
    QList<Entry> out;
    if (!QFileInfo::exists(m_file))
        return out;
    QSettings settings(m_file, QSettings::IniFormat);
    const int size = settings.beginReadArray(QStringLiteral("endpoints"));
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        const auto service
            = credentialServiceFromString(settings.value(QStringLiteral("service")).toString());
        const QString url = normalized(QUrl(settings.value(QStringLiteral("url")).toString()));
        const QString repository = settings.value(QStringLiteral("repository")).toString();
        if (!service || url.isEmpty() || repository.isEmpty())
            continue; // a hand-edited line that means nothing: ignored, never widened
        Entry e;
        e.repository = repository;
        e.service = *service;
        e.url = url;
        e.origin = settings.value(QStringLiteral("origin")).toString() == u"settings"
            ? Origin::Settings
            : Origin::Confirmed;
        e.trustedAt = settings.value(QStringLiteral("trustedAt")).toDateTime();
        out.append(e);
    }
    settings.endArray();
    return out;
}

QList<EndpointTrustStore::Entry> EndpointTrustStore::entriesFor(const QString &repository) const
{
    const QString root = normalizedRepository(repository);
    QList<Entry> out;
    for (const Entry &e : entries()) {
        if (e.repository == everyRepository || e.repository == root)
            out.append(e);
    }
    return out;
}

bool EndpointTrustStore::isTrusted(const QString &repository, CredentialService service,
                                   const QUrl &url) const
{
    const QString wanted = normalized(url);
    if (wanted.isEmpty())
        return false;
    for (const Entry &e : entriesFor(repository)) {
        if (e.service == service && e.url == wanted)
            return true;
    }
    return false;
}

Result<void> EndpointTrustStore::write(const QList<Entry> &entries) const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(QStringLiteral("endpoints"));
    settings.beginWriteArray(QStringLiteral("endpoints"), int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("repository"), e.repository);
        settings.setValue(QStringLiteral("service"), toString(e.service));
        settings.setValue(QStringLiteral("url"), e.url);
        settings.setValue(QStringLiteral("origin"), originName(e.origin));
        settings.setValue(QStringLiteral("trustedAt"), e.trustedAt);
    }
    settings.endArray();
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error(Error::Kind::Failed,
                     Tr::tr("the trusted endpoints could not be saved in %1").arg(m_file));
    return {};
}

Result<void> EndpointTrustStore::trust(const QString &repository, CredentialService service,
                                       const QUrl &url, Origin origin)
{
    Entry entry;
    entry.repository = normalizedRepository(repository);
    entry.service = service;
    entry.url = normalized(url);
    entry.origin = origin;
    entry.trustedAt = QDateTime::currentDateTimeUtc();
    if (entry.url.isEmpty())
        return Error(Error::Kind::BadInput,
                     Tr::tr("'%1' is not an http or https URL")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    QList<Entry> all = entries();
    if (all.contains(entry))
        return {};
    all.append(entry);
    return write(all);
}

Result<bool> EndpointTrustStore::revoke(const QString &repository, CredentialService service,
                                        const QUrl &url)
{
    Entry wanted;
    wanted.repository = normalizedRepository(repository);
    wanted.service = service;
    wanted.url = normalized(url);
    QList<Entry> all = entries();
    const qsizetype removed = all.removeAll(wanted);
    if (removed == 0)
        return false;
    if (auto written = write(all); !written)
        return written.error();
    return true;
}

Result<void> EndpointTrustStore::replaceOrigin(const QString &repository, Origin origin,
                                               const QList<Entry> &replacement)
{
    const QString root = normalizedRepository(repository);
    QList<Entry> all = entries();
    const QList<Entry> before = all;
    all.removeIf([&](const Entry &e) { return e.repository == root && e.origin == origin; });
    for (Entry e : replacement) {
        e.repository = root;
        e.origin = origin;
        e.url = normalized(QUrl(e.url));
        if (!e.trustedAt.isValid())
            e.trustedAt = QDateTime::currentDateTimeUtc();
        if (!e.url.isEmpty() && !all.contains(e))
            all.append(e);
    }
    if (all == before && QFileInfo::exists(m_file))
        return {};
    return write(all);
}

} // namespace Promenade::Clients
