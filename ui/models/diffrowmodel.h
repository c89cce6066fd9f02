#pragma once

#include "filecomparison.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "syntaxhighlighter.h"

#include <array>
#include <memory>
#include <vector>

// The rows of the side-by-side diff view: for each compared file a header, then its lines
// side by side (left and right line numbers and text, syntax-highlighted, with intra-line
// changes marked), where long runs of unchanged lines are folded into one "N unchanged lines"
// row that expands on request. Only what is on screen is turned into text for QML (data()
// builds it on demand), so a diff of 100,000 lines costs one small item per row.
class DiffRowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiffController")

    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(int addedLines READ addedLines NOTIFY statsChanged)
    Q_PROPERTY(int removedLines READ removedLines NOTIFY statsChanged)
    Q_PROPERTY(int changedFiles READ changedFiles NOTIFY statsChanged)
    // Blocks of changed lines (what n / p walk through).
    Q_PROPERTY(int changeCount READ changeCount NOTIFY statsChanged)
    // The longest line, in characters (a tab counts 4): how far the panes scroll sideways.
    Q_PROPERTY(int maxLineLength READ maxLineLength NOTIFY statsChanged)
    // The changed files for the file list: {file, title, status, added, removed} each.
    Q_PROPERTY(QVariantList fileList READ fileList NOTIFY statsChanged)
    // Find: lines (either side) containing the text, case-insensitive; they are also marked.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchChanged)
    Q_PROPERTY(int matchCount READ matchCount NOTIFY searchChanged)

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // "file", "row" or "fold"
        KindRole, // "equal", "added", "removed", "modified" (rows)
        LeftLineRole,
        RightLineRole,
        LeftTextRole, // rich text (highlighted, intra-line changes marked)
        RightTextRole,
        FoldCountRole, // hidden unchanged lines (folds)
        TitleRole, // file headers: "left → right"
        StatusRole, // file headers: "modified", "added", ...
        FileIndexRole,
    };
    Q_ENUM(Role)

    explicit DiffRowModel(QObject *parent = nullptr);
    ~DiffRowModel() override;

    // Unchanged lines kept around each change when folding.
    static constexpr int foldContext = 3;

    void setFiles(const QList<Promenade::Diff::FileComparison> &files);
    [[nodiscard]] const QList<Promenade::Diff::FileComparison> &files() const { return m_files; }

    [[nodiscard]] bool dark() const { return m_dark; }
    void setDark(bool dark);
    [[nodiscard]] int addedLines() const { return m_added; }
    [[nodiscard]] int removedLines() const { return m_removed; }
    [[nodiscard]] int changedFiles() const { return m_changedFiles; }
    [[nodiscard]] int changeCount() const { return m_changeCount; }
    [[nodiscard]] int maxLineLength() const { return m_maxLineLength; }
    [[nodiscard]] QVariantList fileList() const;
    [[nodiscard]] QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    [[nodiscard]] int matchCount() const { return static_cast<int>(m_matches.size()); }

    // Replaces a fold by the lines it hides.
    Q_INVOKABLE void expand(int row);
    Q_INVOKABLE void expandAll();
    // The first row of the next (previous) block of changes after (before) row; -1 if none.
    Q_INVOKABLE int nextChange(int row) const;
    Q_INVOKABLE int previousChange(int row) const;
    // The row showing a line of a file (right side when rightLine > 0, else left side),
    // expanding a fold that hides it; -1 if there is none.
    Q_INVOKABLE int rowForLine(int file, int leftLine, int rightLine);
    // Which change (1-based) row is in or after the last one before it; 0 before the first.
    Q_INVOKABLE int changeIndex(int row) const;
    // The row of a file's header; -1 if the file is not shown.
    Q_INVOKABLE int rowForFile(int file) const;
    // The row of the match'th line found (0-based), expanding a fold that hides it; -1 if none.
    Q_INVOKABLE int matchRow(int match);
    // Where the match'th line found has the text first (a character index; the right side's
    // text when it has it there, else the left's), so that the view can scroll to it; -1 if none.
    Q_INVOKABLE int matchColumn(int match) const;
    // The first match on or after row (wrapping to 0); -1 without matches.
    Q_INVOKABLE int matchAtOrAfter(int row) const;
    // Plain text for the clipboard. side: "left", "right", or "both" (unified: " ", "-", "+"
    // before each line). Rows from..to inclusive; a fold gives the lines it hides, a file
    // header its title (both) or nothing.
    Q_INVOKABLE QString copyText(int from, int to, const QString &side) const;
    // The block of changes row belongs to, as unified diff lines (removed lines, then added).
    Q_INVOKABLE QString changeText(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void darkChanged();
    void statsChanged();
    void searchChanged();

private:
    struct Item
    {
        enum class Type { File, Row, Fold };
        Type type = Type::Row;
        int file = 0;
        int first = 0; // row index in the file (Row), first hidden row (Fold)
        int count = 0; // hidden rows (Fold)
    };

    [[nodiscard]] bool isChange(int item) const;
    // The row showing row r of a file, expanding a fold that hides it; -1 if none.
    int itemFor(int file, int r);
    void findMatches();
    void unifiedLines(QStringList &out, int file, int first, int last) const;
    [[nodiscard]] QString lineHtml(int file, int row, bool left, bool changed) const;
    // The syntax highlighting of one side of a row: each side of a file is highlighted from its
    // first line on, as far as asked for (state crosses lines), and kept.
    [[nodiscard]] const QList<SyntaxHighlighter::Span> &spans(int file, int row, bool left) const;

    QList<Promenade::Diff::FileComparison> m_files;
    QList<QList<Promenade::Diff::Row>> m_rows; // per file, every row (whole-file diff)
    struct SideHighlight
    {
        std::unique_ptr<SyntaxHighlighter> highlighter;
        QList<int> rowOfLine; // the file's row of each line of this side, in order
        QList<int> lineOfRow; // and back (-1: the side has no line on that row)
        QHash<int, QList<SyntaxHighlighter::Span>> lines; // highlighted so far, by line
        int next = 0; // the line the highlighter's state is at
    };
    // A line further than this beyond the highlighted ones is highlighted after a fresh start
    // this many lines before it (a jump to the end of 100,000 lines stays instant, and a block
    // scalar or string longer than the warm-up is the only thing it can get wrong).
    static constexpr int highlightJump = 2000;
    static constexpr int highlightWarmUp = 200;
    mutable std::vector<std::array<SideHighlight, 2>> m_highlight; // per file: left, right
    QList<Item> m_items;
    bool m_dark = false;
    int m_added = 0;
    int m_removed = 0;
    int m_changedFiles = 0;
    int m_changeCount = 0;
    int m_maxLineLength = 0;
    QString m_search;
    QList<std::pair<int, int>> m_matches; // (file, row in file), in order
};
