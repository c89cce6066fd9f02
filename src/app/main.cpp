// The executable: a sub-command runs the command line (no window, no GUI libraries
// initialised); otherwise the Qt Quick window opens on a repository or the demo.
#include "cli/cli.h"
#include "startupprobe.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QTranslator>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTextStream>
#include <QUrl>

#include <memory>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Promenade_UiPlugin)
Q_IMPORT_QML_PLUGIN(PromenadePlugin)

namespace {

int runCommandLine(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promenade"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Promenade::Cli::run(arguments, out, err);
}

int runWindow(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("promenade"));
    QGuiApplication::setOrganizationName(QStringLiteral("Promenade"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Promenade"));
    QGuiApplication::setApplicationVersion(QString::fromLatin1(Promenade::versionString));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/promenade/icons/promenade.svg")));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // The interface follows the system language where a translation exists.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("promenade"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // QGuiApplication has removed its own options (-platform, …) from the arguments by now.
    const QStringList arguments = app.arguments().mid(1);
    const bool demo = arguments.contains(QStringLiteral("--demo"));
    QString repository;
    QString view;
    QString pipelineView; // "graph" or "matrix" (hidden; the benchmarks use it), else by size
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--view" && i + 1 < arguments.size())
            view = arguments[++i];
        else if (arg.startsWith(u"--view="))
            view = arg.mid(7);
        else if (arg.startsWith(u"--pipeline-view="))
            pipelineView = arg.mid(16);
        else if (!arg.startsWith(u'-'))
            repository = QDir(arg).absolutePath();
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("startupDemo"), demo},
                                 {QStringLiteral("startupRepository"), repository},
                                 {QStringLiteral("startupView"), view},
                                 {QStringLiteral("startupPipelineView"), pipelineView}});
    // The app exits if the root object fails to load, rather than showing nothing.
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Promenade/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    std::unique_ptr<StartupProbe> probe;
    if (StartupProbe::requested()) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first()))
            probe = std::make_unique<StartupProbe>(window);
    }
    return QGuiApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Promenade::Cli::wantsCommandLine(arguments))
        return runCommandLine(argc, argv, arguments);
    return runWindow(argc, argv);
}
