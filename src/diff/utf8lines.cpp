#include "utf8lines.h"

#include <cstring>

namespace Promenade::Diff {

namespace {

constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

bool startsWithByteOrderMark(QByteArrayView bytes)
{
    return bytes.size() >= 3 && std::memcmp(bytes.data(), byteOrderMark, 3) == 0;
}

} // namespace

Utf8Lines::Utf8Lines(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    const char *data = m_bytes.constData();
    const auto size = qsizetype(m_bytes.size());
    m_begin = startsWithByteOrderMark(m_bytes) ? 3 : 0;
    m_starts.clear();
    // Lines are about 20 to 40 bytes: one guess, rarely grown.
    m_starts.reserve(size_t(size / 24) + 2);
    m_starts.push_back(quint32(m_begin));
    const char *p = data + m_begin;
    const char *end = data + size;
    while (p < end) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!newline)
            break;
        p = newline + 1;
        m_starts.push_back(quint32(p - data));
    }
    m_missingFinalNewline = p < end;
    if (m_missingFinalNewline)
        m_starts.push_back(quint32(size + 1));
}

QString Utf8Lines::text(QByteArrayView bytes)
{
    if (!startsWithByteOrderMark(bytes))
        return QString::fromUtf8(bytes);
    // fromUtf8 would drop it: keep each mark as the whole text's conversion does.
    QString out;
    while (startsWithByteOrderMark(bytes)) {
        out += QChar(0xFEFF);
        bytes = bytes.sliced(3);
    }
    return out + QString::fromUtf8(bytes);
}

} // namespace Promenade::Diff
