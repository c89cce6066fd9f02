#include "documentchange.h"

namespace Promenade::Diff {

QString DocumentChange::identity() const
{
    QString id = apiVersion + u' ' + kind + u' ';
    if (!namespaceName.isEmpty())
        id += namespaceName + u'/';
    return id + name;
}

QString DocumentChange::statusName(Status status)
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
