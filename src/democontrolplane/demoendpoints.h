#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QUrl>

namespace Promenade::Demo {

// Where the demo's fake services listen and the credentials they accept. Plain data.
struct DemoEndpoints
{
    QUrl argoCd;
    QUrl registry;
    QUrl github;
    QHash<QString, QUrl> kubernetes; // cluster → API server
    QString argoCdToken; // a bearer token the demo Argo CD accepts
    QString kubernetesToken;
    QString githubToken;
    QString argoCdUsername; // session login also works with these
    QString argoCdPassword;
};

// The requests the fake services served, for measurements: one count per request by service
// and kind ("registry manifests", "argocd list", …), and how many of them were answered 304
// (a conditional request whose answer had not changed) or 401 (a registry's challenge).
struct DemoRequestCounts
{
    QMap<QString, int> byKind;
    int notModified = 0;
    int unauthorized = 0;
    [[nodiscard]] int total() const;
    [[nodiscard]] int of(const QString &service) const; // "registry", "argocd", …
    void count(const QString &kind) { ++byKind[kind]; }
};

} // namespace Promenade::Demo
