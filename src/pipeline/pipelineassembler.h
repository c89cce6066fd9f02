#pragma once

#include "deploymentgraph.h"
#include "pipeline.h"
#include "pipelineconfig.h"
#include "repositoryscan.h"

namespace Promenade {

// Turns the leaves of a deployment graph into a Pipeline: names each leaf's environment and app
// (promenade.yaml, then the path's conventions, Kargo stages, the App-of-Apps parent, the
// manifest's name, then the cluster), reads the versions each pins and where, builds the
// infrastructure lane and orders environments into stages of a DAG. Blocking file I/O.
class PipelineAssembler
{
public:
    PipelineAssembler(const RepositoryScan &scan, const PipelineConfig &config,
                      const DeploymentGraph &graph);
    ~PipelineAssembler();

    // leaves: the graph's, or the convention's where no manifest deploys anything.
    Pipeline assemble(const QList<LeafDeployment> &leaves);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Promenade
