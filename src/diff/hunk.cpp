#include "hunk.h"

namespace Promenade::Diff {

namespace {

QString range(int start, int count)
{
    return count == 1 ? QString::number(start)
                      : QString::number(start) + u',' + QString::number(count);
}

} // namespace

QString Hunk::header() const
{
    return u"@@ -" + range(leftStart, leftCount) + u" +" + range(rightStart, rightCount) + u" @@";
}

} // namespace Promenade::Diff
