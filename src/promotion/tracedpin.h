#pragma once

#include "versionpin.h"

#include <QString>
#include <QStringList>

namespace Promenade {

// One version an environment pins, to be traced through the Git history: which app (or
// infrastructure component) in which environment, and where the version is written. Built from
// a discovered Pipeline (PinHistory::pinsOf). Plain data; safe to pass between threads.
struct TracedPin
{
    QString app; // the app, or the infrastructure component (e.g. cert-manager)
    QString environment;
    QString image; // the image repository, or the chart's name for a chart version
    QStringList repositories; // the image repositories the pin may name (base and effective)
    QString chart; // ChartVersion pins: the chart's name
    QString version; // the version pinned at the start of the walk ("tag", "tag@digest")
    VersionPin pin; // pin.file is relative to the Git work tree
};

} // namespace Promenade
