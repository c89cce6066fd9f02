#pragma once

#include <QString>

namespace Promenade::Credentials {

// A file under the home folder as people write it ("~/.docker/config.json"): the sources
// named in messages and in Settings stay short and do not spell out the user's home.
[[nodiscard]] QString tildePath(const QString &path);

} // namespace Promenade::Credentials
