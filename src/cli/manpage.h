#pragma once

#include <QString>

namespace Promenade::Cli::ManPage {

// promenade(1) in man(7) markup, written from the command table and the program's options, so
// that it says what --help says. The build runs `promenade --generate man` to install it.
[[nodiscard]] QString generate();

} // namespace Promenade::Cli::ManPage
