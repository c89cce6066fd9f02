#pragma once

#include <QString>

namespace Promenade::Credentials {

// A file's path as the credentials' messages and sources show it: "~/.docker/config.json" for
// one in the home folder (shorter, and the same on every account), else the path as it is.
[[nodiscard]] QString homePath(const QString &path);

} // namespace Promenade::Credentials
