#pragma once

#include <QDateTime>
#include <QString>

namespace Promenade::Git {

// Who made a commit, and when. An invalid `when` means "now".
struct Signature
{
    QString name;
    QString email;
    QDateTime when;
};

} // namespace Promenade::Git
