#include "homepath.h"

#include <QDir>

namespace Promenade::Credentials {

QString homePath(const QString &path)
{
    const QString home = QDir::homePath();
    return path.startsWith(home + u'/') ? u"~" + path.mid(home.size()) : path;
}

} // namespace Promenade::Credentials
