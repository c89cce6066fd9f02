#pragma once

#include "deploymentgraph.h"
#include "pipeline.h"
#include "pipelineconfig.h"

#include <QList>
#include <QMap>
#include <QString>

// Private to the pipeline folder: steps of PipelineAssembler::assemble.
namespace Promenade::PipelineStages {

// Orders the environments into pipeline.environments and pipeline.stages: upstreams from
// promenade.yaml, else Kargo's freight edges, else the rank of the names; a stage is the
// longest chain of upstreams before it.
void arrange(Pipeline &pipeline, const QMap<QString, Environment> &byName,
             const PipelineConfig &config, const QList<KargoStage> &kargoStages);
// A version pinned in a file that several environments share is not an environment's own pin.
void unpinSharedSources(QList<Environment> &environments);

} // namespace Promenade::PipelineStages
