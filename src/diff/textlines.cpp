#include "textlines.h"

namespace Promenade::Diff {

TextLines::TextLines(QString text)
    : m_text(std::move(text))
{
    const QChar *data = m_text.constData();
    const qsizetype size = m_text.size();
    m_lines.reserve(size / 32 + 1);
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
