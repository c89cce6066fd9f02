// The Qt Quick Test runner: the app's QML modules are linked in statically, as in the app.
#include "demoimages.h"
#include "localregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Promenade_UiPlugin)
Q_IMPORT_QML_PLUGIN(PromenadePlugin)

// Saves what a window shows, overlays (dialogs) included: tests keep pictures with it when
// PROMENADE_SCREENSHOTS names a folder.
class Screenshots : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE bool save(QQuickWindow *window, const QString &name) const
    {
        const QString folder = qEnvironmentVariable("PROMENADE_SCREENSHOTS");
        if (folder.isEmpty() || !window)
            return false;
        return window->grabWindow().save(folder + u'/' + name + QStringLiteral(".png"));
    }
};

// Repositories and servers a Quick Test needs besides the embedded demo, made on request.
class Fixtures : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString problem MEMBER m_problem CONSTANT)
    Q_PROPERTY(QString digest MEMBER m_digest CONSTANT)

public:
    // tests/data/pin-forms/images-entry as a scratch Git repository whose development pins web
    // at `latest` (a mutable tag), with Debian's docker-registry on loopback holding
    // ghcr.io/acme/web:1.3.0 and :latest (the same image, whose digest is `digest`); empty
    // (and `problem` says why) when it cannot be made.
    Q_INVOKABLE QString mutableTagRepository()
    {
        if (TestSupport::LocalRegistry::binary().isEmpty())
            return fail(QStringLiteral("docker-registry is not installed"));
        m_registry = std::make_unique<TestSupport::LocalRegistry>();
        if (!m_registry->start())
            return fail(QStringLiteral("docker-registry did not start: ") + m_registry->log());
        const Promenade::Demo::DemoImages::Release release {
            QStringLiteral("web"),
            QStringLiteral("1.3.0"),
            QString(40, u'a'),
            QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC),
            {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}};
        const auto content = Promenade::Demo::DemoImages::content(release);
        const QString repository = QStringLiteral("acme/web");
        for (const auto &blob : content.blobs)
            m_registry->pushBlob(repository, blob.bytes);
        for (const auto &manifest : content.manifests)
            m_registry->pushManifest(repository, manifest.digest, manifest.mediaType,
                                     manifest.bytes);
        for (const QString &tag : {QStringLiteral("1.3.0"), QStringLiteral("latest")}) {
            if (m_registry->pushManifest(repository, tag, content.index.mediaType,
                                         content.index.bytes)
                != content.index.digest)
                return fail(QStringLiteral("the registry did not take %1").arg(tag));
        }
        m_digest = content.index.digest;

        const QString from = TestSupport::dataPath(QStringLiteral("pin-forms/images-entry/repo"));
        const QString repo = m_scratch.filePath(QStringLiteral("mutable-tag"));
        QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!TestSupport::writeFile(QDir(repo).filePath(QDir(from).relativeFilePath(file)),
                                        TestSupport::readFile(file)))
                return fail(QStringLiteral("cannot copy ") + file);
        }
        const QString development
            = repo + QStringLiteral("/apps/web/overlays/development/kustomization.yaml");
        QByteArray text = TestSupport::readFile(development);
        if (!text.contains("newTag: 1.3.0"))
            return fail(QStringLiteral("the fixture changed: development pins no 1.3.0"));
        TestSupport::writeFile(development, text.replace("newTag: 1.3.0", "newTag: latest"));
        TestSupport::writeFile(repo + QStringLiteral("/promenade.yaml"),
                               "endpoints:\n  registries:\n    ghcr.io: "
                                   + m_registry->url().toString().toUtf8() + '\n');
        for (const QStringList &arguments :
             {QStringList {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                           QStringLiteral("main")},
              QStringList {QStringLiteral("config"), QStringLiteral("user.name"),
                           QStringLiteral("Release Manager")},
              QStringList {QStringLiteral("config"), QStringLiteral("user.email"),
                           QStringLiteral("rm@example.invalid")},
              QStringList {QStringLiteral("add"), QStringLiteral("-A")},
              QStringList {QStringLiteral("commit"), QStringLiteral("-qm"),
                           QStringLiteral("The fixture")}}) {
            const auto r = TestSupport::git(repo, arguments);
            if (r.exitCode != 0)
                return fail(QStringLiteral("git failed: ") + QString::fromUtf8(r.err));
        }
        return repo;
    }

    // A file's text (for checking what a promotion wrote).
    Q_INVOKABLE QString readFile(const QString &path) const
    {
        return QString::fromUtf8(TestSupport::readFile(path));
    }

private:
    QString fail(const QString &problem)
    {
        m_problem = problem;
        return {};
    }

    QTemporaryDir m_scratch;
    std::unique_ptr<TestSupport::LocalRegistry> m_registry;
    QString m_problem;
    QString m_digest;
};

class Setup : public QObject
{
    Q_OBJECT

private:
    Screenshots m_screenshots;
    Fixtures m_fixtures;

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // PROMENADE_SCREENSHOTS=<folder>: tests that show something worth a look keep a picture.
        engine->rootContext()->setContextProperty(QStringLiteral("testScreenshots"),
                                                  &m_screenshots);
        engine->rootContext()->setContextProperty(QStringLiteral("testFixtures"), &m_fixtures);
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(promenade, Setup)

#include "tst_qml.moc"
