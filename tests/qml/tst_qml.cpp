// The Qt Quick Test runner: the app's QML modules are linked in statically, as in the app.
#include <QQmlEngine>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Promenade_UiPlugin)
Q_IMPORT_QML_PLUGIN(PromenadePlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QCoreApplication::setOrganizationName(QStringLiteral("PromenadeTests"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(promenade, Setup)

#include "tst_qml.moc"
