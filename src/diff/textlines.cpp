#include "textlines.h"

namespace Promenade::Diff {

TextLines::TextLines(QString text)
    : m_text(std::move(text))
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    qsizetype count = 1;
    for (qsizetype i = 0; i < size; ++i)
        count += data[i] == u'\n';
    m_lines.reserve(count); // one allocation, not a doubling series
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == u'\n') {
            m_lines.append(QStringView(data + start, i - start));
            start = i + 1;
        }
    }
    if (start < size) {
        m_lines.append(QStringView(data + start, size - start));
        m_missingFinalNewline = true;
    }
}

} // namespace Promenade::Diff
