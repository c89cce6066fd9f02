#include "clonecontroller.h"

#include "gitnetworkoptions.h"
#include "gitremote.h"
#include "gitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

using Promenade::Error;
using Promenade::Git::TransferProgress;

namespace {
const auto parentFolderKey = QStringLiteral("clone/parentFolder");

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}
// Where a URL points, for "Connecting to …": its host, or the local folder.
QString serverOf(const QString &url)
{
    if (url.contains(u"://")) {
        const QUrl parsed(url);
        return parsed.host().isEmpty() ? QDir::toNativeSeparators(parsed.toLocalFile())
                                       : parsed.host();
    }
    if (QDir::isAbsolutePath(url))
        return QDir::toNativeSeparators(url);
    return url.section(u'@', 1).section(u':', 0, 0); // git@host:owner/repository
}
} // namespace

// The worker's latest report. The worker overwrites it; the GUI thread is woken at most once
// per report it has not read yet, so a fast transfer does not flood the event queue.
struct CloneController::Progress
{
    QMutex mutex;
    TransferProgress latest;
    std::atomic_bool scheduled = false;
};

CloneController::CloneController(QObject *parent)
    : QObject(parent)
{
    m_parentFolder = QSettings().value(parentFolderKey).toString();
    if (m_parentFolder.isEmpty() || !QFileInfo(m_parentFolder).isDir())
        m_parentFolder = QDir::homePath();
}

CloneController::~CloneController()
{
    if (m_clone.isRunning()) {
        m_cancel.cancel();
        m_clone.waitForFinished(); // the clone removes its staging folder before it returns
    }
}

void CloneController::setUrl(const QString &url)
{
    if (url == m_url)
        return;
    m_url = url;
    if (!m_folderNameEdited)
        m_folderName = Promenade::Git::Remote::cloneFolderName(url);
    Q_EMIT requestChanged();
    Q_EMIT stateChanged();
}

void CloneController::setParentFolder(const QString &folderOrUrl)
{
    const QString folder = QDir::cleanPath(localPath(folderOrUrl));
    if (folder == m_parentFolder)
        return;
    m_parentFolder = folder;
    Q_EMIT requestChanged();
    Q_EMIT stateChanged();
}

void CloneController::setFolderName(const QString &name)
{
    if (name == m_folderName)
        return;
    m_folderName = name;
    // Typed by the user: the URL no longer decides it (cleared: it does again).
    m_folderNameEdited = !name.isEmpty() && name != Promenade::Git::Remote::cloneFolderName(m_url);
    Q_EMIT requestChanged();
    Q_EMIT stateChanged();
}

QString CloneController::destination() const
{
    if (m_parentFolder.isEmpty() || m_folderName.trimmed().isEmpty())
        return {};
    return QDir(m_parentFolder).filePath(m_folderName.trimmed());
}

QString CloneController::problem() const
{
    if (m_url.trimmed().isEmpty())
        return tr("Enter the URL of the repository to clone.");
    if (!Promenade::Git::Remote::isCloneUrl(m_url))
        return tr("This is not a Git URL: use https://host/owner/repository.git, "
                  "git@host:owner/repository.git or ssh://…");
    const QString name = m_folderName.trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the new folder.");
    if (name.contains(u'/') || name.contains(u'\\') || name == u"." || name == u"..")
        return tr("The folder name cannot contain “/” or “\\”.");
    if (m_parentFolder.isEmpty())
        return tr("Choose the folder to clone into.");
    const QFileInfo target(destination());
    if (target.exists() && !target.isDir())
        return tr("%1 exists and is not a folder: choose another name.")
            .arg(QDir::toNativeSeparators(target.filePath()));
    if (target.isDir()
        && !QDir(target.filePath())
                .isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return tr("%1 already exists and is not empty: choose another name.")
            .arg(QDir::toNativeSeparators(target.filePath()));
    return {};
}

void CloneController::start()
{
    if (busy())
        return;
    m_error.clear();
    m_hint.clear();
    m_cancelled = false;
    m_clonedPath.clear();
    if (const QString why = problem(); !why.isEmpty()) {
        m_error = why;
        m_hint = tr("Correct it, then clone again.");
        Q_EMIT stateChanged();
        return;
    }
    m_cancel = {};
    m_latest = std::make_shared<Progress>();
    Promenade::Git::NetworkOptions options;
    options.cancel = m_cancel;
    // Called on the worker thread.
    options.progress = [this, latest = m_latest](const TransferProgress &p) {
        {
            QMutexLocker lock(&latest->mutex);
            latest->latest = p;
        }
        if (!latest->scheduled.exchange(true))
            QMetaObject::invokeMethod(this, &CloneController::applyProgress, Qt::QueuedConnection);
    };
    const QString url = m_url.trimmed();
    const QString path = destination();
    m_clone.start(
        [url, path, options]() -> Promenade::Status {
            auto repo = Promenade::Git::Remote::clone(url, path, options);
            if (!repo)
                return repo.error();
            return {};
        },
        [this](const Promenade::Status &result) { finish(result); });
    setProgress(-1, tr("Connecting to %1…").arg(serverOf(url)));
    Q_EMIT stateChanged();
}

void CloneController::applyProgress()
{
    if (!m_latest || !busy())
        return;
    TransferProgress p;
    {
        QMutexLocker lock(&m_latest->mutex);
        p = m_latest->latest;
        m_latest->scheduled = false;
    }
    // Receiving is most of the time; resolving deltas and checking files out the rest.
    const double fraction = p.total > 0 ? double(p.current) / double(p.total) : 0;
    switch (p.stage) {
    case TransferProgress::Stage::Connecting:
        if (!p.message.isEmpty())
            setProgress(-1, p.message);
        break;
    case TransferProgress::Stage::Receiving:
        setProgress(0.8 * fraction, tr("Receiving objects %1/%2").arg(p.current).arg(p.total));
        break;
    case TransferProgress::Stage::Indexing:
        setProgress(0.8 + 0.1 * fraction, tr("Indexing objects %1/%2").arg(p.current).arg(p.total));
        break;
    case TransferProgress::Stage::CheckingOut:
        setProgress(0.9 + 0.1 * fraction,
                    tr("Checking out files %1/%2").arg(p.current).arg(p.total));
        break;
    case TransferProgress::Stage::Done:
        setProgress(1, tr("Done"));
        break;
    case TransferProgress::Stage::Packing:
    case TransferProgress::Stage::Sending:
        break; // a clone does not send
    }
}

void CloneController::cancel()
{
    if (!busy())
        return;
    m_cancel.cancel();
    setProgress(m_progress, tr("Cancelling…"));
}

void CloneController::reset()
{
    if (busy())
        return;
    m_url.clear();
    m_folderName.clear();
    m_folderNameEdited = false;
    m_error.clear();
    m_hint.clear();
    m_cancelled = false;
    m_clonedPath.clear();
    setProgress(0, {});
    Q_EMIT requestChanged();
    Q_EMIT stateChanged();
}

void CloneController::finish(const Promenade::Status &result)
{
    m_latest.reset();
    if (result) {
        m_clonedPath = destination();
        QSettings().setValue(parentFolderKey, m_parentFolder);
        setProgress(1, tr("Cloned into %1").arg(QDir::toNativeSeparators(m_clonedPath)));
        Q_EMIT stateChanged();
        Q_EMIT cloned(m_clonedPath);
        return;
    }
    if (result.error().kind() == Error::Kind::Cancelled) {
        m_cancelled = true;
        setProgress(0, tr("Cancelled: nothing was written."));
    } else {
        setError(result.error());
        setProgress(0, {});
    }
    Q_EMIT stateChanged();
}

void CloneController::setError(const Error &error)
{
    // The core's sentences start in lower case (they follow "error: " on the command line).
    m_error = error.message();
    if (!m_error.isEmpty())
        m_error[0] = m_error[0].toUpper();
    switch (error.kind()) {
    case Error::Kind::AuthenticationFailed:
        m_hint = tr("Promenade tried %1. Sign in with “gh auth login”, set GITHUB_TOKEN, put the "
                    "credentials in a Git credential helper, or use an SSH URL with a key in your "
                    "ssh-agent; then clone again.")
                     .arg(error.detail().section(QStringLiteral("tried: "), 1).isEmpty()
                              ? tr("no credentials")
                              : error.detail().section(QStringLiteral("tried: "), 1));
        break;
    case Error::Kind::NotFound:
        m_hint = tr("Copy the URL from the repository's “Code” button, and make sure your account "
                    "can see the repository.");
        break;
    case Error::Kind::BadInput:
        m_hint = tr("Use a URL such as https://github.com/owner/repository.git or "
                    "git@github.com:owner/repository.git.");
        break;
    case Error::Kind::Refused:
        m_hint = tr("Choose another folder name, or an empty folder.");
        break;
    default:
        m_hint = tr(
            "Check the network connection and the URL, then clone again. Nothing was written.");
        break;
    }
}

void CloneController::setProgress(double progress, const QString &text)
{
    if (qFuzzyCompare(progress + 2, m_progress + 2) && text == m_progressText)
        return;
    m_progress = progress;
    m_progressText = text;
    Q_EMIT progressChanged();
}
