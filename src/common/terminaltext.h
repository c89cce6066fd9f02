#pragma once

#include <QString>
#include <QStringView>

namespace Promenade {

// Text from outside (app names, tags, commit authors and summaries, file names, a server's
// error body) made safe to print on a terminal: C0 and C1 control characters, DEL and the
// Unicode bidirectional overrides are written as visible escapes ("\e", "\x7f", "\u202e"), so
// that nothing a repository or a server says can move the cursor, retitle the window, hide a
// line or fake a row of a table. Tab and newline are escaped too ("\t", "\n") unless the text
// is multi-line (a diff body, a message of several lines). A backslash stays as it is: the
// escapes are for a person to read, not to be parsed back. JSON output never goes through
// this: it stays exact.
enum class TerminalLines { Single, Multi };

[[nodiscard]] QString terminalSafe(QStringView text, TerminalLines lines = TerminalLines::Single);
// Whether terminalSafe would change the text.
[[nodiscard]] bool needsTerminalEscape(QStringView text,
                                       TerminalLines lines = TerminalLines::Single);

} // namespace Promenade
