#pragma once

#include "credential.h"
#include "result.h"

#include <QString>

namespace Promenade::Credentials {

// Docker's config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json) as `docker
// login` leaves it, for one registry host, in Docker's own order:
//  1. `credHelpers` naming the host: `docker-credential-<helper> get`;
//  2. `auths`: base64 user:password, `username`/`password`, or `identitytoken`;
//  3. `credsStore`, the default helper (Docker Hub asked by its legacy URL).
// A helper answering "<token>" as user gives an identity token. A helper runs up to 10 s: call
// from a worker thread in the window. Plain functions, callable from any thread.
class DockerConfig
{
public:
    [[nodiscard]] static QString path();
    // "https://index.docker.io/v1/" → "docker.io"; "https://ghcr.io" → "ghcr.io".
    [[nodiscard]] static QString normalizedHost(QString key);
    // NotFound when nothing is configured for the host; never a secret in the error.
    [[nodiscard]] static Result<Credential> credential(const QString &registryHost,
                                                       const QString &path = {});
};

} // namespace Promenade::Credentials
