#include "textlines.h"

#include <algorithm>

namespace Promenade::Diff {

TextLines::TextLines(QString text)
    : m_text(std::move(text))
{
    const auto *data = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype size = m_text.size();
    const qsizetype count = std::count(data, data + size, u'\n');
    m_missingFinalNewline = size > 0 && data[size - 1] != u'\n';
    // One allocation, filled in place.
    m_lines.resize(count + (m_missingFinalNewline ? 1 : 0));
    QStringView *out = m_lines.data();
    const QStringView all(data, size);
    qsizetype start = 0;
    // indexOf scans many characters at a time.
    for (qsizetype end = all.indexOf(u'\n'); end >= 0; end = all.indexOf(u'\n', start)) {
        *out++ = QStringView(data + start, end - start);
        start = end + 1;
    }
    if (m_missingFinalNewline)
        *out = QStringView(data + start, size - start);
}

} // namespace Promenade::Diff
