#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

// The services whose tokens the live status uses (each Argo CD, the GitHub API), with where
// the token in use comes from — the system keychain, an environment variable, a tool's config
// file, or nowhere — never the token itself.
class CredentialListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SettingsController")

public:
    enum Role {
        ServiceRole = Qt::UserRole + 1, // "Argo CD", "GitHub"
        EndpointRole, // the server it is for
        KeyRole, // the keychain key
        SourceRole, // "system keychain", "GH_TOKEN", … ("" : none found)
        StoredRole, // the keychain holds one (Remove makes sense)
        BusyRole, // the keychain is being asked
        MessageRole, // the outcome of the last store/remove
        HintRole, // where else a token may come from
    };
    Q_ENUM(Role)

    struct Row
    {
        QString service;
        QString endpoint;
        QString key;
        QString source;
        bool stored = false;
        bool busy = false;
        QString message;
        QString hint;
    };

    explicit CredentialListModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString &key) const; // -1: none
    // Changes one row (by key; a row that went meanwhile is ignored).
    void update(const QString &key, const std::function<void(Row &)> &change);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QList<Row> m_rows;
};
