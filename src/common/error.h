#pragma once

#include <QString>

namespace Promenade {

// An error as a value: what went wrong, in one sentence a person understands, and where
// (a file with its line and column, or a server). The detail for the log is kept apart so
// that the user-facing message stays short. Neither may ever carry a secret.
class Error
{
public:
    enum class Kind {
        BadInput, // malformed file, unknown field, bad usage: exit code 2
        NotFound, // a missing file, repository, environment or app: exit code 2
        Refused, // a gate failed, a dirty tree, a rejected push: exit code 1
        Failed, // an I/O, Git or server failure: exit code 1
        Cancelled,
        PushRejected, // the remote moved (non-fast-forward) or refused the update: fetch, re-plan,
                      // retry; exit 1
        AuthenticationFailed, // every credential source was tried and refused: exit code 1
    };

    Error() = default;
    Error(Kind kind, QString message);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] int line() const { return m_line; }
    [[nodiscard]] int column() const { return m_column; }
    [[nodiscard]] const QString &detail() const { return m_detail; }

    // Builders, so that call sites read as one sentence.
    Error &at(const QString &file, int line = 0, int column = 0);
    Error &withDetail(const QString &detail);

    // "file:line:column: message" (or just the message when no place is known).
    [[nodiscard]] QString toString() const;
    // The command line's exit code for this error (1 refused/failed, 2 bad input).
    [[nodiscard]] int exitCode() const;

private:
    Kind m_kind = Kind::Failed;
    QString m_message;
    QString m_file;
    int m_line = 0;
    int m_column = 0;
    QString m_detail;
};

} // namespace Promenade
