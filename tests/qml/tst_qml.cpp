// The Qt Quick Test runner: the app's QML modules are linked in statically, as in the app.
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

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

class Setup : public QObject
{
    Q_OBJECT

private:
    Screenshots m_screenshots;

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // PROMENADE_SCREENSHOTS=<folder>: tests that show something worth a look keep a picture.
        engine->rootContext()->setContextProperty(QStringLiteral("testScreenshots"),
                                                  &m_screenshots);
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(promenade, Setup)

#include "tst_qml.moc"
