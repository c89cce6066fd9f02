#pragma once

#include "filecomparison.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class SyntaxHighlighter;

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

    // Replaces a fold by the lines it hides.
    Q_INVOKABLE void expand(int row);
    Q_INVOKABLE void expandAll();
    // The first row of the next (previous) block of changes after (before) row; -1 if none.
    Q_INVOKABLE int nextChange(int row) const;
    Q_INVOKABLE int previousChange(int row) const;
    // The row showing a line of a file (right side when rightLine > 0, else left side),
    // expanding a fold that hides it; -1 if there is none.
    Q_INVOKABLE int rowForLine(int file, int leftLine, int rightLine);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void darkChanged();
    void statsChanged();

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
    [[nodiscard]] QString lineHtml(int file, const Promenade::Diff::Row::Side &side,
                                   bool removedSide, bool changed) const;

    QList<Promenade::Diff::FileComparison> m_files;
    QList<QList<Promenade::Diff::Row>> m_rows; // per file, every row (whole-file diff)
    std::vector<std::unique_ptr<SyntaxHighlighter>> m_highlighters;
    QList<Item> m_items;
    bool m_dark = false;
    int m_added = 0;
    int m_removed = 0;
    int m_changedFiles = 0;
};
