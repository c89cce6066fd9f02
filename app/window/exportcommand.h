#pragma once

#include "command.h"

namespace Promenade::Cli {

// promenade export REPO --format svg|png --output FILE: a picture of the pipeline for slides
// and documents, without a window (it needs Qt Gui for fonts; the executable starts it on the
// offscreen platform). It draws, so it lives beside the drawing rather than in the core's
// command line; the window library (windowlibrary.h) adds it with Cli::addCommand() before
// running a command that needs Qt Gui.
Command exportCommand();

} // namespace Promenade::Cli
