#pragma once

#include "releasechanges.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

// What a promotion ships, as the approval dialog's "Changes" section lists it: the release
// notes (pull requests and direct commits, grouped into breaking changes, features, fixes and
// the rest), then every commit between the two builds. `section` groups the rows for the
// view. While the changes are being found, `loading`; when they cannot be known, no rows and
// `errorString` says why.
class ReleaseChangesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PromotionController")
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString repository READ repository NOTIFY changed)
    Q_PROPERTY(QString compareUrl READ compareUrl NOTIFY changed)
    Q_PROPERTY(int commitCount READ commitCount NOTIFY changed)
    Q_PROPERTY(int pullRequestCount READ pullRequestCount NOTIFY changed)
    Q_PROPERTY(bool rollback READ rollback NOTIFY changed)

public:
    enum Role {
        KindRole = Qt::UserRole
            + 1, // "pullRequest", "commit" (a release-note line) or "log" (the commit list)
        SectionRole, // "Breaking changes", "Features", "Fixes", "Other changes", "Commits"
        TitleRole,
        ReferenceRole, // "#12" or a short commit id
        AuthorRole,
        LabelsRole, // "bug, performance"
        UrlRole,
        TypeRole, // conventional-commit type
        BreakingRole,
        DateRole, // the commit's author date, for the commit list
        SectionStartRole, // the first row of its section (the view shows the section's heading)
    };
    Q_ENUM(Role)

    explicit ReleaseChangesModel(QObject *parent = nullptr);

    void setLoading();
    void setChanges(const Promenade::ReleaseChanges &changes);
    void clear();
    [[nodiscard]] const std::optional<Promenade::ReleaseChanges> &changes() const
    {
        return m_changes;
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString repository() const
    {
        return m_changes ? m_changes->repository : QString();
    }
    [[nodiscard]] QString compareUrl() const
    {
        return m_changes ? m_changes->compareUrl : QString();
    }
    [[nodiscard]] int commitCount() const
    {
        return m_changes && m_changes->isKnown() ? m_changes->totalCommits : 0;
    }
    [[nodiscard]] int pullRequestCount() const
    {
        return m_changes ? int(m_changes->pullRequests.size()) : 0;
    }
    [[nodiscard]] bool rollback() const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString kind, section, title, reference, author, labels, url, type, date;
        bool breaking = false;
    };
    QList<Row> m_rows;
    std::optional<Promenade::ReleaseChanges> m_changes;
    bool m_loading = false;
};
