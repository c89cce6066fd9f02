#include "yamldocument.h"

#include <algorithm>

namespace Promenade::Diff {

namespace {

bool isDocumentMarker(QStringView line)
{
    if (line.size() < 3 || (line[0] != u'-' && line[0] != u'.'))
        return false; // most lines: one look
    const bool start = line.startsWith(u"---") && (line.size() == 3 || line[3].isSpace());
    const bool end = line.startsWith(u"...") && (line.size() == 3 || line[3].isSpace());
    return start || end;
}

bool isBlankOrComment(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.isEmpty() || t.startsWith(u'#') || isDocumentMarker(t);
}

// The value of a "key: value" line, without quotes or a trailing comment.
QString lineValue(QStringView rest)
{
    QStringView v = rest.trimmed();
    if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
        return v.mid(1, v.size() - 2).toString();
    const qsizetype comment = v.indexOf(u" #");
    return (comment >= 0 ? v.left(comment) : v).trimmed().toString();
}

// YamlDocument::scanIdentity on the document's text.
void scanIdentityIn(YamlDocument &doc, const QStringView text)
{
    bool inMetadata = false;
    int metadataIndent = -1;
    for (qsizetype pos = 0, end = 0; pos <= text.size(); pos = end + 1) {
        end = pos; // lines are short: a plain loop beats a tokenizer
        while (end < text.size() && text[end] != u'\n')
            ++end;
        const QStringView line = text.sliced(pos, end - pos);
        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        if (indent == line.size() || line[indent] == u'#')
            continue; // blank or a comment
        if (line[indent].isSpace()) {
            const QStringView t = line.trimmed(); // a tab or other space first
            if (t.isEmpty() || t.startsWith(u'#'))
                continue;
        }
        if (indent == 0) {
            inMetadata = line.startsWith(u"metadata:") && lineValue(line.mid(9)).isEmpty();
            metadataIndent = -1;
            if (line.startsWith(u"apiVersion:"))
                doc.apiVersion = lineValue(line.mid(11));
            else if (line.startsWith(u"kind:"))
                doc.kind = lineValue(line.mid(5));
            continue;
        }
        if (!inMetadata)
            continue;
        if (metadataIndent < 0)
            metadataIndent = int(indent);
        if (indent != metadataIndent)
            continue;
        const QStringView field = line.mid(indent);
        if (field.startsWith(u"name:"))
            doc.name = lineValue(field.mid(5));
        else if (field.startsWith(u"namespace:"))
            doc.namespaceName = lineValue(field.mid(10));
    }
}

} // namespace

void YamlDocument::forEach(const QString &text, const TextLines *lines, const Visit &visit)
{
    struct LineSpan
    {
        qsizetype start = -1;
        qsizetype end = -1; // without the '\n'
        int number = -1; // 0-based
    };
    const QStringView all(text);
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    // The current chunk: where it starts and ends, and its first and last lines with content
    // (not blank, a comment or a marker); no list of its lines.
    qsizetype chunkBegin = -1;
    qsizetype chunkEnd = 0;
    LineSpan first;
    LineSpan last;
    int chunkStart = 0; // 0-based line of the current chunk's first line
    auto flush = [&]() -> bool {
        if (first.number < 0)
            return true;
        YamlDocument doc;
        doc.lineOffset = chunkStart;
        doc.firstLine = first.number + 1;
        doc.lastLine = last.number + 1;
        doc.chunk = all.mid(chunkBegin, chunkEnd - chunkBegin);
        const bool newline = last.end < size;
        doc.text = all.mid(first.start, last.end + (newline ? 1 : 0) - first.start);
        return visit(std::move(doc));
    };
    int lineNumber = 0;
    // One line [pos, end); false: stop.
    auto visitLine = [&](qsizetype pos, qsizetype end) -> bool {
        const QChar lead = pos < end ? data[pos] : QChar(u'\n');
        // Most lines start with a letter or a space: one look tells they are no marker.
        const bool maybeMarker = lead == u'-' || lead == u'.';
        const QStringView line(data + pos, end - pos);
        if (chunkBegin >= 0 && maybeMarker && isDocumentMarker(line)) {
            if (!flush())
                return false;
            chunkBegin = -1;
            first = last = LineSpan();
            chunkStart = lineNumber;
        }
        if (chunkBegin < 0)
            chunkBegin = pos;
        chunkEnd = end;
        // Content: not blank, a comment or a marker. One look past the indentation decides for
        // most lines; the rest (tabs, dashes, dots) take the full test.
        qsizetype firstChar = pos;
        while (firstChar < end && data[firstChar] == u' ')
            ++firstChar;
        const QChar c = firstChar < end ? data[firstChar] : QChar(u'#');
        const bool content = c == u'#'                               ? false
            : (c != u'-' && c != u'.' && c != u'\r' && !c.isSpace()) ? true
                                                                     : !isBlankOrComment(line);
        if (content) {
            if (first.number < 0)
                first = {pos, end, lineNumber};
            last = {pos, end, lineNumber};
        }
        ++lineNumber;
        return true;
    };
    if (lines) {
        // The views point into the same text (TextLines holds a shared copy of it).
        for (const QStringView l : lines->lines()) {
            const qsizetype pos = l.data() - data;
            if (!visitLine(pos, pos + l.size()))
                return;
        }
        // After a final '\n', the scan below sees one more, empty, line.
        if (!lines->missingFinalNewline() && !visitLine(size, size))
            return;
    } else {
        qsizetype pos = 0;
        for (;;) {
            qsizetype end = pos; // lines are short: a plain loop beats a call per line
            while (end < size && data[end] != u'\n')
                ++end;
            if (!visitLine(pos, end))
                return;
            if (end == size)
                break;
            pos = end + 1;
        }
    }
    flush();
}

namespace {

// What forEach(Utf8Lines) knows of a line by its first byte after the indentation: content,
// not content ('#', blank), or ask the QString test (a dash, dot, other space, non-ASCII).
enum class Look { Content, NotContent, Unsure };

Look look(const char *p, const char *end)
{
    if (p == end || *p == '#')
        return Look::NotContent;
    const auto c = quint8(*p);
    if (c >= 0x80 || c == '\r' || c == '\t' || (c >= 0x0b && c <= 0x0c))
        return Look::Unsure; // as QChar::isSpace decides (and \r, as the QString test)
    if (c == '-' || c == '.')
        // Blank or a marker only from "---" or "..." on.
        return p + 1 < end && quint8(p[1]) == c ? Look::Unsure : Look::Content;
    return Look::Content;
}

bool isAscii(QByteArrayView line)
{
    for (const char c : line) {
        if (quint8(c) >= 0x80)
            return false;
    }
    return true;
}

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r'); // QChar::isSpace below 0x80
}

// isDocumentMarker and isBlankOrComment on UTF-8: ASCII lines as bytes (the same answers),
// others converted.
bool isDocumentMarker(QByteArrayView line)
{
    // "---" or "...", then nothing or a space: inline, one character at a time.
    if (line.size() < 3)
        return false;
    const char c = line[0];
    if ((c != '-' && c != '.') || line[1] != c || line[2] != c)
        return false;
    if (line.size() == 3)
        return true;
    if (quint8(line[3]) >= 0x80)
        return isDocumentMarker(Utf8Lines::text(line)); // a space beyond ASCII, or not
    return isAsciiSpace(line[3]);
}

bool isBlankOrComment(QByteArrayView line)
{
    if (!isAscii(line))
        return isBlankOrComment(Utf8Lines::text(line));
    qsizetype b = 0;
    qsizetype e = line.size();
    while (b < e && isAsciiSpace(line[b]))
        ++b;
    while (e > b && isAsciiSpace(line[e - 1]))
        --e;
    const QByteArrayView t = line.sliced(b, e - b);
    return t.isEmpty() || t.startsWith('#') || isDocumentMarker(t);
}

} // namespace

void YamlDocument::forEach(const Utf8Lines &lines, const Visit &visit)
{
    // The same cut as forEach(QString), without visiting every line: only a line starting
    // with '-' or '.' can be a marker, and a chunk's first and last lines with content are
    // looked for from its two ends. A line that one look cannot decide is asked the same
    // questions (converted when it is not ASCII).
    const QByteArrayView all(lines.bytes());
    const char *data = all.data();
    const qsizetype size = all.size();
    const qsizetype count = lines.count();
    // After a final '\n' (or in an empty text), the QString scan sees one more, empty, line.
    const qsizetype total = count + (lines.missingFinalNewline() ? 0 : 1);
    auto line = [&](qsizetype i) {
        return i < count ? lines.line(i) : QByteArrayView(data + size, 0);
    };
    auto isContent = [&](qsizetype i) {
        const QByteArrayView l = line(i);
        const char *p = l.data();
        const char *end = p + l.size();
        while (p < end && *p == ' ')
            ++p;
        const Look kind = look(p, end);
        return kind == Look::Content || (kind == Look::Unsure && !isBlankOrComment(l));
    };
    // The chunk of lines [begin, end): a document when it has a line with content.
    // A chunk after the first starts with its marker, which has no content.
    auto chunk = [&](qsizetype begin, qsizetype end) -> bool {
        qsizetype first = begin > 0 ? begin + 1 : begin;
        while (first < end && !isContent(first))
            ++first;
        if (first == end)
            return true;
        qsizetype last = end - 1;
        while (!isContent(last))
            --last;
        YamlDocument doc;
        doc.fromBytes = true;
        doc.lineOffset = int(begin);
        doc.firstLine = int(first) + 1;
        doc.lastLine = int(last) + 1;
        const QByteArrayView lastLine = line(last);
        const qsizetype chunkBegin = line(begin).data() - data;
        const QByteArrayView endLine = line(end - 1);
        doc.chunkBytes
            = all.sliced(chunkBegin, endLine.data() + endLine.size() - data - chunkBegin);
        const qsizetype textBegin = line(first).data() - data;
        const qsizetype textEnd = lastLine.data() + lastLine.size() - data;
        doc.textBytes = all.sliced(textBegin, textEnd + (textEnd < size ? 1 : 0) - textBegin);
        return visit(std::move(doc));
    };
    qsizetype begin = 0;
    for (qsizetype i = 1; i < count; ++i) {
        const QByteArrayView l = lines.line(i);
        if (l.isEmpty() || (l.front() != '-' && l.front() != '.') || !isDocumentMarker(l))
            continue;
        if (!chunk(begin, i))
            return;
        begin = i;
    }
    if (total > 0)
        chunk(begin, total);
}

QByteArrayView YamlDocument::textKey() const
{
    if (fromBytes)
        return textBytes;
    return QByteArrayView(reinterpret_cast<const char *>(text.data()),
                          text.size() * qsizetype(sizeof(QChar)));
}

void YamlDocument::convert()
{
    if (!fromBytes || !converted.isNull())
        return;
    converted = Utf8Lines::text(chunkBytes);
    chunk = converted;
    // The text may end with the '\n' after the chunk's last line: converted, not in chunk.
    if (textBytes.data() + textBytes.size() > chunkBytes.data() + chunkBytes.size()) {
        converted += u'\n';
        chunk = QStringView(converted).chopped(1);
    }
    // The text starts and ends at line boundaries inside the chunk: its place in the
    // converted chunk is the length of what precedes it, converted.
    const qsizetype before = textBytes.data() - chunkBytes.data();
    const qsizetype start = before ? Utf8Lines::text(chunkBytes.first(before)).size() : 0;
    text = QStringView(converted).sliced(start, Utf8Lines::text(textBytes).size());
}

void YamlDocument::scanIdentity()
{
    if (fromBytes && converted.isNull()) {
        // Read once, not kept: most such documents are never read again.
        const QString t = Utf8Lines::text(textBytes);
        scanIdentityIn(*this, t);
        return;
    }
    scanIdentityIn(*this, text);
}

QString YamlDocument::documentText() const
{
    QString t = fromBytes && converted.isNull() ? Utf8Lines::text(textBytes) : text.toString();
    if (!t.endsWith(u'\n'))
        t += u'\n';
    return t;
}

QList<YamlDocument> YamlDocument::split(const QString &text, const TextLines *lines)
{
    QList<YamlDocument> documents;
    forEach(text, lines, [&documents](YamlDocument &&doc) {
        documents.append(std::move(doc));
        return true;
    });
    return documents;
}

QList<YamlDocument> YamlDocument::split(const Utf8Lines &lines)
{
    QList<YamlDocument> documents;
    documents.reserve(lines.count() / 16 + 1); // a guess: Kubernetes documents are longer
    forEach(lines, [&documents](YamlDocument &&doc) {
        documents.append(std::move(doc));
        return true;
    });
    return documents;
}

} // namespace Promenade::Diff
