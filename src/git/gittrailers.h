#pragma once

#include <QList>
#include <QString>

namespace Promenade::Git {

// One `Key: value` trailer of a commit message (e.g. "Promenade-App: signconnect").
struct Trailer
{
    QString key;
    QString value;

    friend bool operator==(const Trailer &, const Trailer &) = default;
};

// Reads and writes the trailers of a commit message: the `Key: value` lines of its last
// paragraph, as `git interpret-trailers` understands them. Promenade records every promotion
// in trailers, so that history can be rebuilt from `git log` alone. Stateless; thread-safe.
class Trailers
{
public:
    // The trailers of message, in order (libgit2's git_message_trailers). None when the last
    // paragraph is not a trailer block.
    static QList<Trailer> parse(const QString &message);
    // The first value for key (compared case-insensitively, as Git does), or an empty string.
    static QString value(const QList<Trailer> &trailers, const QString &key);
    // message (its trailing blank lines dropped) + a blank line + one "Key: value" line per
    // trailer + a final newline. Keys and values must be one line each; newlines in them are
    // replaced by spaces so that a value can never inject another trailer.
    static QString format(const QString &message, const QList<Trailer> &trailers);
};

} // namespace Promenade::Git
