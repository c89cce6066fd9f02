#include "diffrowmodel.h"

#include "highlighting/syntaxhighlighter.h"

using Promenade::Diff::FileComparison;
using Promenade::Diff::FileDiff;
using Promenade::Diff::Row;

namespace {

struct Palette
{
    const char *key, *string, *number, *keyword, *comment, *punctuation, *anchor, *marker;
    const char *removedChange, *addedChange;
};

const Palette lightPalette {"#0b5394", "#a31515", "#098658", "#7a3e9d", "#6a737d",
                            "#57606a", "#b35900", "#6a737d", "#ffb3ad", "#9be9a8"};
const Palette darkPalette {"#79b8ff", "#f3a683", "#85e89d", "#d2a8ff", "#8b949e",
                           "#8b949e", "#ffab70", "#8b949e", "#8e2f2c", "#1f6f3a"};

const char *colorFor(SyntaxHighlighter::Token token, const Palette &p)
{
    using Token = SyntaxHighlighter::Token;
    switch (token) {
    case Token::Key:
        return p.key;
    case Token::String:
        return p.string;
    case Token::Number:
        return p.number;
    case Token::Keyword:
        return p.keyword;
    case Token::Comment:
        return p.comment;
    case Token::Punctuation:
        return p.punctuation;
    case Token::Anchor:
        return p.anchor;
    case Token::Marker:
        return p.marker;
    case Token::Plain:
        break;
    }
    return nullptr;
}

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
    m_highlighters.clear();
    m_items.clear();
    m_added = m_removed = m_changedFiles = 0;
    for (int f = 0; f < m_files.size(); ++f) {
        const FileDiff &diff = m_files[f].text;
        QList<Row> rows;
        for (const auto &hunk : diff.hunks)
            rows += hunk.rows;
        m_rows.append(rows);
        m_highlighters.push_back(SyntaxHighlighter::forFile(diff.displayPath()));
        if (!diff.hasChanges())
            continue;
        ++m_changedFiles;
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
    endResetModel();
    Q_EMIT statsChanged();
}

void DiffRowModel::setDark(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
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

int DiffRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QString DiffRowModel::lineHtml(int file, const Row::Side &side, bool removedSide,
                               bool changed) const
{
    if (!side.present())
        return {};
    const Palette &palette = m_dark ? darkPalette : lightPalette;
    const QString &text = side.text;
    const QList<SyntaxHighlighter::Span> spans = m_highlighters[file]->highlight(text);
    // Cut the line where a token or an intra-line change starts or ends.
    QList<int> cuts {0, static_cast<int>(text.size())};
    for (const auto &s : spans)
        cuts << s.start << s.start + s.length;
    if (changed) {
        for (const auto &c : side.changes)
            cuts << c.start << c.start + c.length;
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QString out;
    out.reserve(text.size() * 2);
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        const int from = cuts[i];
        const int to = std::min(cuts[i + 1], static_cast<int>(text.size()));
        if (from >= to)
            continue;
        const char *color = nullptr;
        for (const auto &s : spans) {
            if (from >= s.start && from < s.start + s.length)
                color = colorFor(s.token, palette);
        }
        bool marked = false;
        if (changed) {
            for (const auto &c : side.changes)
                marked = marked || (from >= c.start && from < c.start + c.length);
        }
        QString style;
        if (color)
            style += QStringLiteral("color:%1;").arg(QLatin1String(color));
        if (marked)
            style += QStringLiteral("background-color:%1;")
                         .arg(QLatin1String(removedSide ? palette.removedChange
                                                        : palette.addedChange));
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
        switch (row.kind) {
        case Row::Kind::Equal:
            return QStringLiteral("equal");
        case Row::Kind::Added:
            return QStringLiteral("added");
        case Row::Kind::Removed:
            return QStringLiteral("removed");
        case Row::Kind::Modified:
            return QStringLiteral("modified");
        }
        return {};
    case LeftLineRole:
        return row.left.line;
    case RightLineRole:
        return row.right.line;
    case LeftTextRole:
        return lineHtml(item.file, row.left, true, row.kind == Row::Kind::Modified);
    case RightTextRole:
        return lineHtml(item.file, row.right, false, row.kind == Row::Kind::Modified);
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
