#include "utf8lines.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Promenade::Diff {

namespace {

constexpr char byteOrderMark[] = "\xEF\xBB\xBF";

// Calls found(p) for each '\n' in [p, end), in order; returns how many. Sixteen bytes a step
// with SSE2 (every x86-64): lines are short, a call of memchr per line costs more.
template<typename Found>
qsizetype forEachNewline(const char *p, const char *end, Found &&found)
{
    qsizetype count = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    for (; end - p >= 16; p += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)));
        while (mask) {
            found(p + __builtin_ctz(mask));
            ++count;
            mask &= mask - 1;
        }
    }
#endif
    for (; p < end; ++p) {
        if (*p == '\n') {
            found(p);
            ++count;
        }
    }
    return count;
}

qsizetype countNewlines(const char *p, const char *end)
{
    qsizetype count = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        // Sixteen byte counters (a match subtracts -1), summed before one could overflow.
        __m128i lanes = _mm_setzero_si128();
        for (int k = 0; k < 255 && end - p >= 16; ++k, p += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(bytes, newline));
        }
        const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
        count += _mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4);
    }
#endif
    for (; p < end; ++p)
        count += *p == '\n';
    return count;
}

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
    const char *begin = data + m_begin;
    const char *end = data + size;
    // Two passes (count, then cut): one allocation of the right size, filled in place.
    m_starts.resize(size_t(countNewlines(begin, end)) + 2);
    quint32 *out = m_starts.data();
    *out++ = quint32(m_begin);
    forEachNewline(begin, end,
                   [&out, data](const char *newline) { *out++ = quint32(newline + 1 - data); });
    const char *p = out[-1] + data;
    m_missingFinalNewline = p < end;
    if (m_missingFinalNewline)
        *out++ = quint32(size + 1);
    m_starts.resize(size_t(out - m_starts.data()));
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
