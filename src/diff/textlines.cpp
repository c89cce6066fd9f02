#include "textlines.h"

#include <cstring>

namespace Promenade::Diff {

namespace {

// Four UTF-16 units at a time (SWAR): a word's lanes holding '\n' get their high bit set, exactly
// (no carry crosses a lane). A file is split in two such passes: count, then cut.
constexpr quint64 newlines = 0x000A000A000A000AULL;
constexpr quint64 lowBits = 0x7FFF7FFF7FFF7FFFULL;
constexpr quint64 highBits = 0x8000800080008000ULL;

quint64 newlineLanes(const char16_t *p)
{
    quint64 word = 0;
    std::memcpy(&word, p, sizeof word);
    const quint64 x = word ^ newlines; // a newline's lane is 0
    return ~(((x & lowBits) + lowBits) | x) & highBits;
}

qsizetype countNewlines(const char16_t *data, qsizetype size)
{
    qsizetype count = 0;
    qsizetype i = 0;
    while (i + 4 <= size) {
        // Lane counters (0 or 1 added per word) summed before a lane could pass 0xffff / 4.
        quint64 lanes = 0;
        for (int k = 0; k < 8191 && i + 4 <= size; ++k, i += 4)
            lanes += newlineLanes(data + i) >> 15;
        count += qsizetype((lanes * 0x0001000100010001ULL) >> 48);
    }
    for (; i < size; ++i)
        count += data[i] == u'\n';
    return count;
}

} // namespace

TextLines::TextLines(QString text)
    : m_text(std::move(text))
{
    const auto *data = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype size = m_text.size();
    const qsizetype count = countNewlines(data, size);
    m_missingFinalNewline = size > 0 && data[size - 1] != u'\n';
    // One allocation, filled in place.
    m_lines.resize(count + (m_missingFinalNewline ? 1 : 0));
    QStringView *out = m_lines.data();
    qsizetype start = 0;
    qsizetype i = 0;
    auto cut = [&](qsizetype at) {
        *out++ = QStringView(data + start, at - start);
        start = at + 1;
    };
    for (; i + 4 <= size; i += 4) {
        if (newlineLanes(data + i) == 0)
            continue;
        for (qsizetype k = i; k < i + 4; ++k) {
            if (data[k] == u'\n')
                cut(k);
        }
    }
    for (; i < size; ++i) {
        if (data[i] == u'\n')
            cut(i);
    }
    if (m_missingFinalNewline)
        *out = QStringView(data + start, size - start);
}

} // namespace Promenade::Diff
