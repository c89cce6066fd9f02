#include "promotionlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace Promenade {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Promotion)
};

QString holder(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return {};
    return Tr::tr("process %1 on %2")
        .arg(pid)
        .arg(host.isEmpty() ? Tr::tr("an unknown host") : host);
}

} // namespace

PromotionLock::PromotionLock(PromotionLock &&) noexcept = default;
PromotionLock &PromotionLock::operator=(PromotionLock &&) noexcept = default;
PromotionLock::~PromotionLock() = default; // QLockFile's destructor removes the file

Result<PromotionLock> PromotionLock::acquire(const QString &gitDir)
{
    PromotionLock result;
    result.m_path = QDir(gitDir).filePath(QString::fromLatin1(fileName));
    result.m_lock = std::make_unique<QLockFile>(result.m_path);
    // Stale only when its process is gone (QLockFile checks the process on this host), never
    // by age: a promotion waiting on a slow push must keep its lock.
    result.m_lock->setStaleLockTime(0);
    const QString before = QFileInfo::exists(result.m_path) ? holder(*result.m_lock) : QString();
    if (result.m_lock->tryLock(0)) {
        result.m_tookOverFrom = before;
        return result;
    }
    switch (result.m_lock->error()) {
    case QLockFile::LockFailedError: {
        const QString who = holder(*result.m_lock);
        const QDateTime since = QFileInfo(result.m_path).lastModified().toUTC();
        return Error(Error::Kind::Refused,
                     Tr::tr("another promotion is running in this clone (%1, since %2 UTC): wait "
                            "for it to end; if no "
                            "promotion is running, remove %3")
                         .arg(who.isEmpty() ? Tr::tr("its process is unknown") : who,
                              since.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                              result.m_path));
    }
    case QLockFile::PermissionError:
        return Error(Error::Kind::Failed,
                     Tr::tr("cannot create the promotion lock: permission denied"))
            .at(result.m_path);
    default:
        return Error(Error::Kind::Failed, Tr::tr("cannot create the promotion lock"))
            .at(result.m_path);
    }
}

} // namespace Promenade
