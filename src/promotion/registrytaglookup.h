#pragma once

#include "imageplatformsgate.h"
#include "pipeline.h"

#include <chrono>

namespace Promenade {

// The registry lookup of ImagePlatformsGate as the live status would ask: the registry host
// mapped as the pipeline says (endpoints.registries), the Docker login for the host contacted
// (never sent over plain http, except to this computer), one describe of image:tag. A tag the
// registry does not know is `exists = false`; any other failure is an Error.
// Blocking (a local event loop, perhaps a credential helper): call it off the GUI thread.
RegistryTagLookup registryTagLookup(const Pipeline &pipeline,
                                    std::chrono::milliseconds timeout = std::chrono::seconds(10));

} // namespace Promenade
