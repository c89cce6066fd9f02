#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace Promenade::Diff {

// A UTF-8 text split into lines the way `diff` sees it (like TextLines, which holds UTF-16):
// lines end at '\n' (a '\r' before it stays part of the line), and a last line without '\n' is
// flagged. Holds the bytes and where each line starts (4 bytes a line), so that a large file is
// compared without converting it to UTF-16: only the lines shown are converted (lineText).
// A byte order mark at the start is not part of the first line, as QString::fromUtf8 drops it.
// Texts up to 4 GiB. Not thread-safe to mutate; const use is.
class Utf8Lines
{
public:
    Utf8Lines() = default;
    explicit Utf8Lines(QByteArray bytes);

    // The bytes, as given (with a byte order mark if there was one).
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    // Where the lines start in bytes(): after a byte order mark.
    [[nodiscard]] qsizetype textBegin() const { return m_begin; }
    [[nodiscard]] qsizetype count() const { return qsizetype(m_starts.size()) - 1; }
    // The line's bytes, without its '\n'.
    [[nodiscard]] QByteArrayView line(qsizetype index) const
    {
        const quint32 start = m_starts[size_t(index)];
        return QByteArrayView(m_bytes.constData() + start,
                              qsizetype(m_starts[size_t(index) + 1] - 1 - start));
    }
    // The line as QString::fromUtf8 of the whole text would have it (invalid sequences replaced
    // by U+FFFD, a byte order mark inside the text kept).
    [[nodiscard]] QString lineText(qsizetype index) const { return text(line(index)); }
    // True when the text is not empty and does not end with '\n'.
    [[nodiscard]] bool missingFinalNewline() const { return m_missingFinalNewline; }

    // Bytes from inside the text (not at its start) as QString::fromUtf8 of the whole text has
    // them: a leading byte order mark is kept (fromUtf8 drops it only at the start).
    [[nodiscard]] static QString text(QByteArrayView bytes);

private:
    QByteArray m_bytes;
    qsizetype m_begin = 0;
    // m_starts[i]: where line i starts; one more entry, one past the end of the last line's
    // terminator (size + 1 when the last line has none).
    std::vector<quint32> m_starts {0};
    bool m_missingFinalNewline = false;
};

} // namespace Promenade::Diff
