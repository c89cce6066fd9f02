#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Rows of the settings' endpoint form: one per cluster (Argo CD) or per registry host, with
// what promenade.yaml says and what the user sets instead. The url and insecure roles are
// editable from QML (`model.url = text`); problem says why a typed URL cannot be used.
class EndpointOverrideModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SettingsController")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // the cluster ("*": every cluster) or registry host
        LabelRole, // what the form shows for the key
        DetailRole, // e.g. the environments a cluster runs
        DeclaredRole, // what promenade.yaml says (empty: nothing)
        UrlRole, // the user's URL (empty: the declared one)
        InsecureRole, // skip TLS verification (Argo CD only)
        ProblemRole, // why url cannot be used (empty: fine)
    };
    Q_ENUM(Role)

    struct Row
    {
        QString key;
        QString label;
        QString detail;
        QString declared;
        QString url;
        bool insecure = false;
    };

    explicit EndpointOverrideModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    // True when some row's URL has a problem.
    [[nodiscard]] bool hasProblems() const;
    // Why text is not an endpoint URL ("" when it is, or is empty).
    [[nodiscard]] static QString problemWith(const QString &url);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void edited(); // a row's url or insecure flag changed through setData

private:
    QList<Row> m_rows;
};
