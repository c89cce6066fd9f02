#pragma once

#include "credential.h"
#include "endpointtrust.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace Promenade::Clients {

// The credential actually sent to an endpoint: the first of the credentials component's
// candidates (in its one precedence, Credentials::CredentialResolver) that EndpointTrust lets
// go there — tied to the endpoint by the user's configuration, or trusted — and never over
// plain http except to loopback. When candidates were found but none may go, `withheld` says
// which one (the first) and why; it names the source, never the value.
// The status collection and Settings both choose with it, so Settings shows the source used.
struct CredentialChoice
{
    Credentials::Credential credential; // empty: nothing is sent
    std::optional<WithheldCredential> withheld;

    [[nodiscard]] static CredentialChoice choose(const EndpointTrust &trust,
                                                 CredentialService service, const QUrl &url,
                                                 const QList<Credentials::Credential> &candidates);
    // "your GitHub token (GH_TOKEN)": how a withheld credential is named.
    [[nodiscard]] static QString describe(CredentialService service,
                                          const Credentials::Credential &credential);
};

} // namespace Promenade::Clients
