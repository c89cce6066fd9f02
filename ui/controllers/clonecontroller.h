#pragma once

#include "backgroundwork.h"
#include "cancellationtoken.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <memory>

// Clones a repository from a URL for the clone dialog: the URL, where to put it (a parent
// folder and a folder name that follows the URL until the user changes it), progress as a
// fraction and a sentence ("Receiving objects 120/300"), cancel, and a clear error with what to
// do next. The clone runs on a worker thread (Git::Remote::clone), which never leaves a
// half-written folder behind. cloned(path) says where the finished clone is.
class CloneController : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY requestChanged)
    Q_PROPERTY(QString parentFolder READ parentFolder WRITE setParentFolder NOTIFY requestChanged)
    Q_PROPERTY(QString folderName READ folderName WRITE setFolderName NOTIFY requestChanged)
    Q_PROPERTY(QString destination READ destination NOTIFY requestChanged)
    // Why the request cannot start yet (empty: it can), checked as the user types.
    Q_PROPERTY(QString problem READ problem NOTIFY requestChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged) // 0..1; -1 while unknown
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
    Q_PROPERTY(QString errorHint READ errorHint NOTIFY stateChanged)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY stateChanged)
    Q_PROPERTY(QString clonedPath READ clonedPath NOTIFY stateChanged)

public:
    explicit CloneController(QObject *parent = nullptr);
    ~CloneController() override;

    [[nodiscard]] QString url() const { return m_url; }
    void setUrl(const QString &url);
    [[nodiscard]] QString parentFolder() const { return m_parentFolder; }
    void setParentFolder(const QString &folderOrUrl); // a path or a file:// URL (folder dialog)
    [[nodiscard]] QString folderName() const { return m_folderName; }
    void setFolderName(const QString &name);
    [[nodiscard]] QString destination() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool canStart() const { return !busy() && problem().isEmpty(); }
    [[nodiscard]] bool busy() const { return m_clone.isRunning(); }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString progressText() const { return m_progressText; }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString errorHint() const { return m_hint; }
    [[nodiscard]] bool cancelled() const { return m_cancelled; }
    [[nodiscard]] QString clonedPath() const { return m_clonedPath; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    // Forgets the last outcome (the dialog opens afresh); keeps the parent folder.
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void requestChanged();
    void stateChanged();
    void progressChanged();
    void cloned(const QString &path);

private:
    struct Progress; // shared with the worker: its latest report
    void finish(const Promenade::Status &result);
    void applyProgress();
    void setProgress(double progress, const QString &text);
    void setError(const Promenade::Error &error);

    QString m_url;
    QString m_parentFolder;
    QString m_folderName;
    bool m_folderNameEdited = false;
    double m_progress = 0;
    QString m_progressText;
    QString m_error;
    QString m_hint;
    bool m_cancelled = false;
    QString m_clonedPath;
    Promenade::CancellationToken m_cancel;
    std::shared_ptr<Progress> m_latest;
    LatestBackgroundJob<Promenade::Status> m_clone {this};
};
