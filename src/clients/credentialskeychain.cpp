#include "credentialskeychain.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace Promenade::Clients {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)
};

QString reason(const QKeychain::Job *job)
{
    const QString text = job->errorString();
    if (text.isEmpty() || text == u"Unknown error")
        return Tr::tr("no Secret Service, KWallet or platform keychain answered");
    return text;
}

bool noService(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}
} // namespace

CredentialsKeychain::CredentialsKeychain(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void CredentialsKeychain::read(const QString &key, QObject *context, ResultCallback<QString> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [this, key, done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError)
            return done(read->textData());
        if (read->error() == QKeychain::EntryNotFound)
            return done(Error(Error::Kind::NotFound,
                              Tr::tr("no token stored in the system keychain for %1").arg(key)));
        if (noService(read->error())) {
            m_available = false;
            m_reason = reason(read);
            qCInfo(lcClients) << "system keychain unavailable:" << m_reason;
            return done(Error(Error::Kind::Failed,
                              Tr::tr("no system keychain is available (%1); using "
                                     "environment variables and the tools' config files")
                                  .arg(m_reason)));
        }
        done(Error(Error::Kind::Refused,
                   Tr::tr("the system keychain refused access: %1").arg(read->errorString())));
    });
    job->start();
}

void CredentialsKeychain::lookup(const QString &key, std::function<DiscoveredSecret()> fallback,
                                 QObject *context, std::function<void(CredentialLookup)> done)
{
    read(key, context, [fallback = std::move(fallback), done = std::move(done)](Result<QString> r) {
        CredentialLookup out;
        if (r && !r->isEmpty()) {
            out.secret = {*r, QStringLiteral("system keychain"), {}};
            return done(out);
        }
        if (!r && r.error().kind() != Error::Kind::NotFound)
            out.keychainStatus = r.error().message();
        if (fallback)
            out.secret = fallback();
        done(out);
    });
}

void CredentialsKeychain::write(const QString &key, const QString &secret, QObject *context,
                                ResultCallback<void> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [this, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            return done(Status());
        if (noService(j->error())) {
            m_available = false;
            m_reason = reason(j);
            return done(
                Error(Error::Kind::Failed,
                      Tr::tr("no system keychain is available (%1): the token was not stored; "
                             "set it in the environment or the tool's own config instead")
                          .arg(m_reason)));
        }
        done(Error(
            Error::Kind::Refused,
            Tr::tr("the system keychain refused to store the token: %1").arg(j->errorString())));
    });
    job->start();
}

void CredentialsKeychain::remove(const QString &key, QObject *context, ResultCallback<void> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [this, done](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            return done(Status());
        if (noService(j->error())) {
            m_available = false;
            m_reason = reason(j);
        }
        done(Error(Error::Kind::Failed,
                   Tr::tr("the token could not be removed from the system keychain: %1")
                       .arg(j->errorString())));
    });
    job->start();
}

} // namespace Promenade::Clients
