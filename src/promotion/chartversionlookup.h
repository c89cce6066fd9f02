#pragma once

#include "chartversiongate.h"
#include "pipeline.h"

#include <chrono>

namespace Promenade {

// The chart repository lookup of ChartVersionGate: an OCI chart registry (oci://host/path, or
// Argo CD's host/path without a scheme) is asked for the tags of path/<chart> (Helm writes a
// version's '+' as '_'), with the host mapped as the pipeline says (endpoints.registries) and
// the Docker login for the host contacted (never over plain http, except to this computer);
// an HTTP(S) repository for its index.yaml. Anything else (a Git URL) is an Error: it cannot
// be asked. Blocking (a local event loop): call it off the GUI thread.
ChartVersionLookup chartVersionLookup(const Pipeline &pipeline,
                                      std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace Promenade
