#pragma once

#include <QString>

namespace Promenade::Cli::ShellCompletion {

// Completion scripts for bash and zsh, written from the command table and the program's
// options: commands, each command's options, the choices of an option's value, and files or
// folders where a path is expected. The build runs `promenade --generate bash|zsh`.
[[nodiscard]] QString bash();
[[nodiscard]] QString zsh();

} // namespace Promenade::Cli::ShellCompletion
