#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Promenade::Diff {

// A text split into lines the way `diff` sees it: lines end at '\n' (a '\r' before it stays
// part of the line), and a last line without '\n' is flagged. Holds the text and views into it,
// so splitting a large file copies nothing. Not thread-safe to mutate; const use is.
class TextLines
{
public:
    TextLines() = default;
    explicit TextLines(QString text);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] qsizetype count() const { return m_lines.size(); }
    [[nodiscard]] QStringView line(qsizetype index) const { return m_lines.at(index); }
    [[nodiscard]] const QList<QStringView> &lines() const { return m_lines; }
    // True when the text is not empty and does not end with '\n'.
    [[nodiscard]] bool missingFinalNewline() const { return m_missingFinalNewline; }

private:
    QString m_text;
    QList<QStringView> m_lines;
    bool m_missingFinalNewline = false;
};

} // namespace Promenade::Diff
