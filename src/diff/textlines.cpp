#include "textlines.h"

namespace Promenade::Diff {

TextLines::TextLines(QString text)
    : m_text(std::move(text))
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype count = 0;
    for (qsizetype i = 0; i < size; ++i)
        count += data[i] == u'\n';
    m_missingFinalNewline = size > 0 && data[size - 1] != u'\n';
    // One allocation, filled in place.
    m_lines.resize(count + (m_missingFinalNewline ? 1 : 0));
    QStringView *out = m_lines.data();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == u'\n') {
            *out++ = QStringView(data + start, i - start);
            start = i + 1;
        }
    }
    if (m_missingFinalNewline)
        *out = QStringView(data + start, size - start);
}

} // namespace Promenade::Diff
