#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Promenade {

// An Argo CD `Application` as written in a GitOps repository (clusters/<cluster>/*.yaml):
// which Git paths (or Helm charts) it deploys, and where. Single- and multi-source forms.
struct ArgoCdApplicationManifest
{
    struct Source
    {
        QString repoUrl;
        QString path;           // a Git folder, e.g. apps/overlays/production
        QString chart;          // a Helm chart, e.g. cert-manager
        QString targetRevision; // branch, tag, commit or chart version
    };

    QString name;
    QString nameSpace;
    QString file;               // the file it was read from (relative to the repository root)
    QList<Source> sources;
    QString destinationServer;
    QString destinationName;
    QString destinationNamespace;

    // Every Application document in a YAML file; other kinds are skipped.
    static Result<QList<ArgoCdApplicationManifest>> loadAll(const QString &path, const QString &relativeName);
};

} // namespace Promenade
