#include "filediff.h"

namespace Promenade::Diff {

QString FileDiff::statusName(Status status)
{
    switch (status) {
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::Modified:
        return QStringLiteral("modified");
    case Status::Added:
        return QStringLiteral("added");
    case Status::Removed:
        return QStringLiteral("removed");
    }
    return QString();
}

} // namespace Promenade::Diff
