#include "diffrowmodel.h"

#include "diffjson.h"
#include "syntaxhighlighter.h"

using Promenade::Diff::FileComparison;
using Promenade::Diff::FileDiff;
using Promenade::Diff::Row;

namespace {

// The diff's own marks: the changed words of a modified line, and what find found.
struct Palette
{
    const char *removedChange, *addedChange, *searchMatch;
};

const Palette lightPalette {"#ffb3ad", "#9be9a8", "#ffe066"};
const Palette darkPalette {"#8e2f2c", "#1f6f3a", "#7a6400"};

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case ' ':
            out += QLatin1String("&nbsp;");
            break;
        case '\t':
            out += QLatin1String("&nbsp;&nbsp;&nbsp;&nbsp;");
            break;
        case '\r':
            break;
        default:
            out += c;
        }
    }
}

QString statusName(FileDiff::Status status)
{
    return FileDiff::statusName(status);
}

int displayLength(const QString &text)
{
    return static_cast<int>(text.size() + 3 * text.count(u'\t'));
}

// Where the search text occurs in a line (case-insensitive), as cut points.
QList<Row::Range> occurrences(QStringView text, const QString &search)
{
    QList<Row::Range> out;
    if (search.isEmpty())
        return out;
    for (qsizetype at = text.indexOf(search, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(search, at + search.size(), Qt::CaseInsensitive))
        out.append({static_cast<int>(at), static_cast<int>(search.size())});
    return out;
}

} // namespace

DiffRowModel::DiffRowModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

DiffRowModel::~DiffRowModel() = default;

void DiffRowModel::setFiles(const QList<FileComparison> &files)
{
    beginResetModel();
    m_files = files;
    m_rows.clear();
    m_highlight.clear();
    m_items.clear();
    m_added = m_removed = m_changedFiles = m_changeCount = m_maxLineLength = 0;
    for (int f = 0; f < m_files.size(); ++f) {
        const FileDiff &diff = m_files[f].text;
        QList<Row> rows;
        for (const auto &hunk : diff.hunks)
            rows += hunk.rows;
        m_rows.append(rows);
        m_highlight.emplace_back();
        if (!diff.hasChanges())
            continue;
        ++m_changedFiles;
        for (const Row &row : std::as_const(rows))
            m_maxLineLength = std::max(
                {m_maxLineLength, displayLength(row.left.text), displayLength(row.right.text)});
        m_added += diff.addedLines;
        m_removed += diff.removedLines;
        m_items.append({Item::Type::File, f, 0, 0});
        // Fold runs of unchanged rows, keeping foldContext rows next to each change.
        int i = 0;
        const int n = static_cast<int>(rows.size());
        while (i < n) {
            if (rows[i].kind != Row::Kind::Equal) {
                m_items.append({Item::Type::Row, f, i, 0});
                ++i;
                continue;
            }
            int end = i;
            while (end < n && rows[end].kind == Row::Kind::Equal)
                ++end;
            const int keepBefore = i == 0 ? 0 : foldContext;
            const int keepAfter = end == n ? 0 : foldContext;
            const int hidden = (end - i) - keepBefore - keepAfter;
            if (hidden >= 4) {
                for (int k = i; k < i + keepBefore; ++k)
                    m_items.append({Item::Type::Row, f, k, 0});
                m_items.append({Item::Type::Fold, f, i + keepBefore, hidden});
                for (int k = end - keepAfter; k < end; ++k)
                    m_items.append({Item::Type::Row, f, k, 0});
            } else {
                for (int k = i; k < end; ++k)
                    m_items.append({Item::Type::Row, f, k, 0});
            }
            i = end;
        }
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (isChange(i) && (i == 0 || !isChange(i - 1)))
            ++m_changeCount;
    }
    findMatches();
    endResetModel();
    Q_EMIT statsChanged();
    Q_EMIT searchChanged();
}

QVariantList DiffRowModel::fileList() const
{
    QVariantList out;
    for (int f = 0; f < m_files.size(); ++f) {
        const FileDiff &diff = m_files[f].text;
        if (!diff.hasChanges())
            continue;
        out.append(QVariantMap {{QStringLiteral("file"), f},
                                {QStringLiteral("title"), diff.displayPath()},
                                {QStringLiteral("status"), statusName(diff.status)},
                                {QStringLiteral("added"), diff.addedLines},
                                {QStringLiteral("removed"), diff.removedLines}});
    }
    return out;
}

void DiffRowModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    findMatches();
    Q_EMIT searchChanged();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {LeftTextRole, RightTextRole});
}

void DiffRowModel::findMatches()
{
    m_matches.clear();
    if (m_search.isEmpty())
        return;
    for (int f = 0; f < m_rows.size(); ++f) {
        if (!m_files[f].text.hasChanges())
            continue;
        const QList<Row> &rows = m_rows[f];
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].left.text.contains(m_search, Qt::CaseInsensitive)
                || rows[r].right.text.contains(m_search, Qt::CaseInsensitive))
                m_matches.append({f, r});
        }
    }
}

int DiffRowModel::matchRow(int match)
{
    if (match < 0 || match >= m_matches.size())
        return -1;
    return itemFor(m_matches[match].first, m_matches[match].second);
}

int DiffRowModel::matchColumn(int match) const
{
    if (match < 0 || match >= m_matches.size())
        return -1;
    const Row &row = m_rows[m_matches[match].first][m_matches[match].second];
    const qsizetype right = row.right.text.indexOf(m_search, 0, Qt::CaseInsensitive);
    if (right >= 0)
        return static_cast<int>(right);
    return static_cast<int>(row.left.text.indexOf(m_search, 0, Qt::CaseInsensitive));
}

int DiffRowModel::matchAtOrAfter(int row) const
{
    if (m_matches.isEmpty())
        return -1;
    // The item at row, as (file, row in file): the first match not before it.
    if (row >= 0 && row < m_items.size()) {
        const Item &it = m_items[row];
        const std::pair<int, int> at {it.file, it.type == Item::Type::File ? -1 : it.first};
        for (int m = 0; m < m_matches.size(); ++m) {
            if (m_matches[m] >= at)
                return m;
        }
    }
    return 0;
}

int DiffRowModel::changeIndex(int row) const
{
    int n = 0;
    for (int i = 0; i <= row && i < m_items.size(); ++i) {
        if (isChange(i) && (i == 0 || !isChange(i - 1)))
            ++n;
    }
    return n;
}

int DiffRowModel::rowForFile(int file) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].type == Item::Type::File && m_items[i].file == file)
            return i;
    }
    return -1;
}

void DiffRowModel::unifiedLines(QStringList &out, int file, int first, int last) const
{
    // Runs of changed rows as unified diff: the removed lines of a run, then its added ones.
    QStringList added;
    for (int r = first; r <= last; ++r) {
        const Row &row = m_rows[file][r];
        if (row.kind == Row::Kind::Equal) {
            out += added;
            added.clear();
            out << u' ' + row.right.text;
            continue;
        }
        if (row.left.present())
            out << u'-' + row.left.text;
        if (row.right.present())
            added << u'+' + row.right.text;
    }
    out += added;
}

QString DiffRowModel::copyText(int from, int to, const QString &side) const
{
    from = std::max(from, 0);
    to = std::min(to, static_cast<int>(m_items.size()) - 1);
    const bool both = side == u"both";
    const bool right = side == u"right";
    QStringList lines;
    for (int i = from; i <= to; ++i) {
        const Item &it = m_items[i];
        if (it.type == Item::Type::File) {
            if (both)
                lines << data(index(i), TitleRole).toString();
            continue;
        }
        const int last = it.type == Item::Type::Fold ? it.first + it.count - 1 : it.first;
        if (both) {
            unifiedLines(lines, it.file, it.first, last);
            continue;
        }
        for (int r = it.first; r <= last; ++r) {
            const Row::Side &s = right ? m_rows[it.file][r].right : m_rows[it.file][r].left;
            if (s.present())
                lines << s.text;
        }
    }
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QString DiffRowModel::changeText(int row) const
{
    if (row < 0 || row >= m_items.size() || !isChange(row))
        return {};
    int first = row;
    while (first > 0 && isChange(first - 1))
        --first;
    int last = row;
    while (last + 1 < m_items.size() && isChange(last + 1))
        ++last;
    return copyText(first, last, QStringLiteral("both"));
}

void DiffRowModel::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    // Highlighted again in the other look, as the rows are shown.
    for (auto &sides : m_highlight) {
        for (SideHighlight &side : sides) {
            side.highlighter.reset();
            side.lines.clear();
            side.next = 0;
        }
    }
    Q_EMIT darkChanged();
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {LeftTextRole, RightTextRole});
}

void DiffRowModel::expand(int row)
{
    if (row < 0 || row >= m_items.size() || m_items[row].type != Item::Type::Fold)
        return;
    const Item fold = m_items[row];
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    beginInsertRows({}, row, row + fold.count - 1);
    QList<Item> lines;
    lines.reserve(fold.count);
    for (int k = 0; k < fold.count; ++k)
        lines.append({Item::Type::Row, fold.file, fold.first + k, 0});
    m_items.insert(row, fold.count, Item {});
    std::copy(lines.cbegin(), lines.cend(), m_items.begin() + row);
    endInsertRows();
}

void DiffRowModel::expandAll()
{
    // One reset instead of an insertion per fold: expanding 100,000 lines stays instant.
    QList<Item> items;
    items.reserve(m_items.size());
    for (const Item &item : std::as_const(m_items)) {
        if (item.type != Item::Type::Fold) {
            items.append(item);
            continue;
        }
        for (int k = 0; k < item.count; ++k)
            items.append({Item::Type::Row, item.file, item.first + k, 0});
    }
    if (items.size() == m_items.size())
        return;
    beginResetModel();
    m_items = items;
    endResetModel();
}

bool DiffRowModel::isChange(int item) const
{
    const Item &it = m_items[item];
    return it.type == Item::Type::Row && m_rows[it.file][it.first].kind != Row::Kind::Equal;
}

int DiffRowModel::nextChange(int row) const
{
    for (int i = std::max(row + 1, 0); i < m_items.size(); ++i) {
        if (isChange(i) && (i == 0 || !isChange(i - 1)))
            return i;
    }
    return -1;
}

int DiffRowModel::previousChange(int row) const
{
    for (int i = std::min<int>(row - 1, static_cast<int>(m_items.size()) - 1); i >= 0; --i) {
        if (isChange(i) && (i == 0 || !isChange(i - 1)))
            return i;
    }
    return -1;
}

int DiffRowModel::rowForLine(int file, int leftLine, int rightLine)
{
    for (int i = 0; i < m_items.size(); ++i) {
        const Item it = m_items[i]; // a copy: expand() below changes m_items
        if (it.file != file || it.type == Item::Type::File)
            continue;
        const int last = it.type == Item::Type::Fold ? it.first + it.count - 1 : it.first;
        for (int r = it.first; r <= last; ++r) {
            const Row &row = m_rows[file][r];
            const bool hit = rightLine > 0 ? row.right.line == rightLine
                                           : (leftLine > 0 && row.left.line == leftLine);
            if (!hit)
                continue;
            if (it.type == Item::Type::Fold) {
                expand(i);
                return i + (r - it.first);
            }
            return i;
        }
    }
    return -1;
}

int DiffRowModel::itemFor(int file, int r)
{
    for (int i = 0; i < m_items.size(); ++i) {
        const Item it = m_items[i]; // a copy: expand() below changes m_items
        if (it.file != file || it.type == Item::Type::File)
            continue;
        const int last = it.type == Item::Type::Fold ? it.first + it.count - 1 : it.first;
        if (r < it.first || r > last)
            continue;
        if (it.type == Item::Type::Fold) {
            expand(i);
            return i + (r - it.first);
        }
        return i;
    }
    return -1;
}

int DiffRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

const QList<SyntaxHighlighter::Span> &DiffRowModel::spans(int file, int row, bool left) const
{
    SideHighlight &h = m_highlight[file][left ? 0 : 1];
    const QList<Row> &rows = m_rows[file];
    if (h.lineOfRow.isEmpty()) {
        h.lineOfRow.fill(-1, rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            if ((left ? rows[r].left : rows[r].right).present()) {
                h.lineOfRow[r] = static_cast<int>(h.rowOfLine.size());
                h.rowOfLine.append(r);
            }
        }
    }
    if (!h.highlighter) {
        const FileDiff &diff = m_files[file].text;
        const QString &path = left ? diff.leftPath : diff.rightPath;
        h.highlighter
            = SyntaxHighlighter::forFile(path.isEmpty() ? diff.displayPath() : path, m_dark);
        h.lines.clear();
        h.next = 0;
    }
    const int line = h.lineOfRow.value(row, -1);
    static const QList<SyntaxHighlighter::Span> none;
    if (line < 0)
        return none;
    if (const auto it = h.lines.constFind(line); it != h.lines.cend())
        return *it;
    // Far from where the highlighter stands (or behind it): start afresh a little before.
    if (line < h.next || line - h.next > highlightJump) {
        h.highlighter->reset();
        h.next = std::max(0, line - highlightWarmUp);
    }
    while (h.next <= line) {
        const Row &next = rows[h.rowOfLine[h.next]];
        QList<SyntaxHighlighter::Span> spans
            = h.highlighter->highlightNext(left ? next.left.text : next.right.text);
        // Lines highlighted from a fresh start keep the first result they got (from the
        // beginning of the file, when there was one).
        if (!h.lines.contains(h.next))
            h.lines.insert(h.next, std::move(spans));
        ++h.next;
    }
    return h.lines[line];
}

QString DiffRowModel::lineHtml(int file, int row, bool left, bool changed) const
{
    const Row::Side &side = left ? m_rows[file][row].left : m_rows[file][row].right;
    if (!side.present())
        return {};
    const Palette &palette = m_dark ? darkPalette : lightPalette;
    const QString &text = side.text;
    const QList<SyntaxHighlighter::Span> &found_spans = spans(file, row, left);
    // Cut the line where a token, an intra-line change or a match starts or ends.
    QList<int> cuts {0, static_cast<int>(text.size())};
    for (const auto &s : found_spans)
        cuts << s.start << s.start + s.length;
    if (changed) {
        for (const auto &c : side.changes)
            cuts << c.start << c.start + c.length;
    }
    const QList<Row::Range> found = occurrences(text, m_search);
    for (const auto &c : found)
        cuts << c.start << c.start + c.length;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString out;
    out.reserve(text.size() * 2);
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts[i];
        const int to = std::min(cuts[i + 1], static_cast<int>(text.size()));
        if (from >= to)
            continue;
        const SyntaxHighlighter::Span *span = nullptr;
        for (const auto &s : found_spans) {
            if (from >= s.start && from < s.start + s.length)
                span = &s;
        }
        bool marked = false;
        if (changed) {
            for (const auto &c : side.changes)
                marked = marked || (from >= c.start && from < c.start + c.length);
        }
        bool match = false;
        for (const auto &c : found)
            match = match || (from >= c.start && from < c.start + c.length);
        QString style;
        if (match)
            style += QStringLiteral("background-color:%1;").arg(QLatin1String(palette.searchMatch));
        else if (marked)
            style += QStringLiteral("background-color:%1;")
                         .arg(QLatin1String(left ? palette.removedChange : palette.addedChange));
        if (span && span->color.isValid())
            style += QStringLiteral("color:%1;").arg(span->color.name());
        if (span && span->bold)
            style += QStringLiteral("font-weight:bold;");
        if (span && span->italic)
            style += QStringLiteral("font-style:italic;");
        if (!style.isEmpty())
            out += QStringLiteral("<span style=\"%1\">").arg(style);
        appendEscaped(out, QStringView(text).mid(from, to - from));
        if (!style.isEmpty())
            out += QLatin1String("</span>");
    }
    return out;
}

QVariant DiffRowModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Item &item = m_items.at(index.row());
    const FileDiff &diff = m_files[item.file].text;
    switch (role) {
    case TypeRole:
        return item.type == Item::Type::File ? QStringLiteral("file")
            : item.type == Item::Type::Fold  ? QStringLiteral("fold")
                                             : QStringLiteral("row");
    case FileIndexRole:
        return item.file;
    case FoldCountRole:
        return item.type == Item::Type::Fold ? item.count : 0;
    case TitleRole:
        if (diff.leftPath.isEmpty() || diff.rightPath.isEmpty() || diff.leftPath == diff.rightPath)
            return diff.displayPath();
        return QString(diff.leftPath + QStringLiteral(" → ") + diff.rightPath);
    case StatusRole:
        return statusName(diff.status);
    default:
        break;
    }
    if (item.type != Item::Type::Row)
        return {};
    const Row &row = m_rows[item.file][item.first];
    switch (role) {
    case Qt::DisplayRole:
        return row.right.present() ? row.right.text : row.left.text;
    case KindRole:
        return Promenade::Diff::DiffJson::kindName(row.kind);
    case LeftLineRole:
        return row.left.line;
    case RightLineRole:
        return row.right.line;
    case LeftTextRole:
        return lineHtml(item.file, item.first, true, row.kind == Row::Kind::Modified);
    case RightTextRole:
        return lineHtml(item.file, item.first, false, row.kind == Row::Kind::Modified);
    default:
        return {};
    }
}

QHash<int, QByteArray> DiffRowModel::roleNames() const
{
    return {{TypeRole, "type"},           {KindRole, "kind"},         {LeftLineRole, "leftLine"},
            {RightLineRole, "rightLine"}, {LeftTextRole, "leftText"}, {RightTextRole, "rightText"},
            {FoldCountRole, "foldCount"}, {TitleRole, "title"},       {StatusRole, "status"},
            {FileIndexRole, "fileIndex"}};
}
