#include "credentialchoice.h"

namespace Promenade::Clients {

QString CredentialChoice::describe(CredentialService service,
                                   const Credentials::Credential &credential)
{
    // English as the command line prints it; the window translates the whole problem line.
    switch (service) {
    case CredentialService::ArgoCd:
        return QStringLiteral("your Argo CD token (%1)").arg(credential.source);
    case CredentialService::GitHub:
        return QStringLiteral("your GitHub token (%1)").arg(credential.source);
    case CredentialService::Registry:
        return QStringLiteral("your registry login (%1)").arg(credential.source);
    }
    return credential.source;
}

CredentialChoice CredentialChoice::choose(const EndpointTrust &trust, CredentialService service,
                                          const QUrl &url,
                                          const QList<Credentials::Credential> &candidates)
{
    CredentialChoice out;
    for (const Credentials::Credential &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        WithheldCredential w {service, url, describe(service, candidate),
                              WithheldCredential::Reason::Untrusted};
        if (!EndpointTrust::allowsCredentials(url))
            w.reason = WithheldCredential::Reason::PlainHttp;
        else if (candidate.tied || trust.trusts(service, url)) {
            out.credential = candidate;
            out.withheld.reset();
            return out;
        }
        if (!out.withheld)
            out.withheld = w;
    }
    return out;
}

} // namespace Promenade::Clients
