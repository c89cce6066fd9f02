#pragma once

#include "filecomparison.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// The Kubernetes-aware summary beside the diff: one row per changed resource, followed by
// one row per changed field (path, old and new value), each knowing the lines it stands on
// so that the view can jump to them.
class SemanticSummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DiffController")

public:
    enum Role {
        TypeRole = Qt::UserRole + 1, // "resource" or "field"
        StatusRole, // resources: "added", "removed", "modified"; fields: "changed", "added",
                    // "removed"
        TitleRole, // resource identity, or field path
        OldValueRole,
        NewValueRole,
        FileIndexRole,
        LeftLineRole,
        RightLineRole,
    };
    Q_ENUM(Role)

    explicit SemanticSummaryModel(QObject *parent = nullptr);

    void setFiles(const QList<Promenade::Diff::FileComparison> &files);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Entry
    {
        bool resource = true;
        QString status;
        QString title;
        QString oldValue;
        QString newValue;
        int file = 0;
        int leftLine = 0;
        int rightLine = 0;
    };
    QList<Entry> m_entries;
};
