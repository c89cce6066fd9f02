// The window library's entry points (see windowlibrary.h): the Qt Quick window, and the
// commands that draw.
#include "windowlibrary.h"

#include "cli.h"
#include "exportcommand.h"
#include "incubationcontroller.h"
#include "startupprobe.h"
#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>

#include <QtQml/QQmlExtensionPlugin>
#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(Promenade_UiPlugin)
Q_IMPORT_QML_PLUGIN(PromenadePlugin)

namespace {

// The settings key of the interface language: "" follows the system, else "en", "de" or "es".
// Read once at start: a change applies from the next start.
const auto languageKey = QStringLiteral("ui/language");

QLocale interfaceLocale()
{
    const QString language = QSettings().value(languageKey).toString();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

int runWindow(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("promenade"));
    QGuiApplication::setOrganizationName(QStringLiteral("Promenade"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Promenade"));
    QGuiApplication::setApplicationVersion(QString::fromLatin1(Promenade::versionString));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(Promenade::applicationId));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/promenade/icons/promenade.svg")));
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    // The interface language: the settings' choice, else the system's; Qt's own strings (dialog
    // buttons, the folder dialog) follow it where Qt's translations are installed.
    const QLocale locale = interfaceLocale();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("promenade"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // QGuiApplication has removed its own options (-platform, …) from the arguments by now.
    const QStringList arguments = app.arguments().mid(1);
    const bool demo = arguments.contains(QStringLiteral("--demo"));
    const bool present = arguments.contains(QStringLiteral("--present"));
    QString repository;
    QString view;
    QString pipelineView; // "graph" or "matrix" (hidden; the benchmarks use it), else by size
    int demoApps = 2; // --demo --apps N: a large demo repository
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--view" && i + 1 < arguments.size())
            view = arguments[++i];
        else if (arg == u"--apps" && i + 1 < arguments.size())
            demoApps = std::clamp(arguments[++i].toInt(), 2, 5000);
        else if (arg.startsWith(u"--apps="))
            demoApps = std::clamp(arg.mid(7).toInt(), 2, 5000);
        else if (arg.startsWith(u"--view="))
            view = arg.mid(7);
        else if (arg.startsWith(u"--pipeline-view="))
            pipelineView = arg.mid(16);
        else if (!arg.startsWith(u'-'))
            repository = QDir(arg).absolutePath();
    }

    // Set before the window is made: Qt Quick installs its own (which incubates only after
    // frames) where the engine has none. Made first, it outlives the engine.
    IncubationController incubation;
    QQmlApplicationEngine engine;
    engine.setIncubationController(&incubation);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("startupDemo"), demo},
                                 {QStringLiteral("startupDemoApps"), demoApps},
                                 {QStringLiteral("startupRepository"), repository},
                                 {QStringLiteral("startupView"), view},
                                 {QStringLiteral("startupPresentation"), present},
                                 {QStringLiteral("startupPipelineView"), pipelineView}});
    // The app exits if the root object fails to load, rather than showing nothing.
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    const double loadStartMs = StartupProbe::requested() ? StartupProbe::sinceProcessStart() : 0;
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Promenade/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    std::unique_ptr<StartupProbe> probe;
    if (StartupProbe::requested()) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first())) {
            probe = std::make_unique<StartupProbe>(window);
            probe->setQmlLoad(loadStartMs, StartupProbe::sinceProcessStart());
        }
    }
    return QGuiApplication::exec();
}

} // namespace

int promenadeRunWindow(int argc, char *argv[])
{
    return runWindow(argc, argv);
}

int promenadeRunGuiCommand(int argc, char *argv[])
{
    // A command that draws (export) needs fonts, hence Qt Gui; offscreen, as it opens no
    // window and must run where there is no display.
    Promenade::Cli::addCommand(Promenade::Cli::exportCommand());
    QStringList arguments; // as given: QGuiApplication takes its own options out of argv
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("promenade"));
    // As the window: both share the status cache under the same name.
    QCoreApplication::setOrganizationName(QStringLiteral("Promenade"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Promenade::Cli::run(arguments, out, err);
}
