#include "textlines.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Promenade::Diff {

namespace {

// A file is split in two passes over its UTF-16 text, many units at a time: count the '\n's
// (one allocation for the views), then cut. With SSE2 (every x86-64) eight units a step;
// elsewhere four (SWAR: a word's lanes holding '\n' get their high bit set, exactly, no carry
// crossing a lane).
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
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi16(u'\n');
    while (i + 8 <= size) {
        // Eight lane counters (a match subtracts -1), summed before one could overflow.
        __m128i lanes = _mm_setzero_si128();
        for (int k = 0; k < 32767 && i + 8 <= size; ++k, i += 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            lanes = _mm_sub_epi16(lanes, _mm_cmpeq_epi16(units, newline));
        }
        alignas(16) quint16 sums[8];
        _mm_store_si128(reinterpret_cast<__m128i *>(sums), lanes);
        for (const quint16 s : sums)
            count += s;
    }
#endif
    while (i + 4 <= size) {
        quint64 lanes = 0; // four counters, summed before one could pass 0xffff / 4
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
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi16(u'\n');
    for (; i + 8 <= size; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // Two mask bits a unit: the low one of each pair says where a '\n' is.
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(units, newline))) & 0x5555U;
        while (mask) {
            cut(i + __builtin_ctz(mask) / 2);
            mask &= mask - 1;
        }
    }
#endif
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
