#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Promenade::Credentials {

// One context of the argocd CLI's config.
struct ArgoCdCliContext
{
    QString name;
    QString server; // host[:port][/path] as the CLI stores it
    QString user;
    QString authToken; // secret
    bool insecure = false; // skip TLS verification (reported to the UI)
    bool plainText = false; // http
    bool grpcWeb = false;
    [[nodiscard]] QUrl url() const;
};

// The argocd CLI's config (`argocd login` writes it). Read only; plain functions, callable from
// any thread.
struct ArgoCdCliConfig
{
    QString file;
    QString currentContext;
    QList<ArgoCdCliContext> contexts;

    // $ARGOCD_CONFIG_DIR/config, $XDG_CONFIG_HOME/argocd/config (~/.config), or the legacy
    // ~/.argocd/config when only that one exists.
    [[nodiscard]] static QString path();
    // NotFound when there is no file; BadInput (with the line, never the content) when it is
    // not YAML.
    [[nodiscard]] static Result<ArgoCdCliConfig> load(const QString &path = {});

    // By context name or by server (with or without scheme); nullptr when unknown.
    [[nodiscard]] const ArgoCdCliContext *find(const QString &nameOrServer) const;
};

} // namespace Promenade::Credentials
