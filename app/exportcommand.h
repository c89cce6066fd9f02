#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade export REPO --format svg|png --output FILE: a picture of the pipeline for slides
// and documents, without a window (it needs Qt Gui for fonts; the executable starts it on the
// offscreen platform). It draws, so it lives beside the drawing rather than in the core's
// command line; the executable adds it with Cli::addCommand().
Command exportCommand();

} // namespace Promenade::Cli
