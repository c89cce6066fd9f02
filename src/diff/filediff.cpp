#include "filediff.h"

#include "documentchange.h"

namespace Promenade::Diff {

// A file's status and a document's are spelled alike: DocumentChange owns the words.
static_assert(int(FileDiff::Status::Unchanged) == int(DocumentChange::Status::Unchanged)
              && int(FileDiff::Status::Modified) == int(DocumentChange::Status::Modified)
              && int(FileDiff::Status::Added) == int(DocumentChange::Status::Added)
              && int(FileDiff::Status::Removed) == int(DocumentChange::Status::Removed));

QString FileDiff::statusName(Status status)
{
    return DocumentChange::statusName(DocumentChange::Status(int(status)));
}

} // namespace Promenade::Diff
