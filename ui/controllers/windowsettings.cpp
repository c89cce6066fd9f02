#include "windowsettings.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
#include <QSettings>

namespace {
const auto geometryKey = QStringLiteral("window/geometry");
const auto maximizedKey = QStringLiteral("window/maximized");
const auto viewKey = QStringLiteral("window/view");
} // namespace

WindowSettings::WindowSettings(QObject *parent)
    : QObject(parent)
    , m_lastView(QSettings().value(viewKey).toString())
{
    connect(qApp, &QCoreApplication::aboutToQuit, this, &WindowSettings::save);
}

WindowSettings::~WindowSettings()
{
    save();
}

QRect WindowSettings::fitToScreens(const QRect &saved, const QList<QRect> &screens,
                                   const QMargins &frame)
{
    if (!saved.isValid() || screens.isEmpty())
        return {};
    // The window as the screen sees it: its contents and its frame.
    const QRect outer = saved.marginsAdded(frame);
    QRect screen = screens.constFirst();
    qint64 bestArea = 0;
    for (const QRect &candidate : screens) {
        const QRect overlap = candidate.intersected(outer);
        const qint64 area = overlap.isValid() ? qint64(overlap.width()) * overlap.height() : 0;
        if (area > bestArea) {
            bestArea = area;
            screen = candidate;
        }
    }
    QRect fitted = outer;
    fitted.setWidth(std::min(outer.width(), screen.width()));
    fitted.setHeight(std::min(outer.height(), screen.height()));
    // Wholly on that screen, the title bar included: a window can always be grabbed and moved.
    fitted.moveLeft(std::clamp(fitted.left(), screen.left(), screen.right() + 1 - fitted.width()));
    fitted.moveTop(std::clamp(fitted.top(), screen.top(), screen.bottom() + 1 - fitted.height()));
    return fitted.marginsRemoved(frame);
}

void WindowSettings::setWindow(QQuickWindow *window)
{
    if (m_window == window)
        return;
    if (m_window) {
        m_window->disconnect(this);
        m_window->removeEventFilter(this);
    }
    m_window = window;
    if (m_window) {
        if (m_completed)
            restore();
        for (auto signal : {&QWindow::xChanged, &QWindow::yChanged, &QWindow::widthChanged,
                            &QWindow::heightChanged})
            connect(m_window, signal, this, &WindowSettings::rememberNormalGeometry);
        m_window->installEventFilter(this); // to save when it closes
    }
    Q_EMIT windowChanged();
}

bool WindowSettings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

void WindowSettings::rememberNormalGeometry()
{
    if (m_window && m_window->visibility() == QWindow::Windowed)
        m_normalGeometry = m_window->geometry();
}

void WindowSettings::componentComplete()
{
    m_completed = true;
    if (m_window)
        restore();
}

void WindowSettings::restore()
{
    if (m_restored)
        return; // once: a window moved by the user since stays where it is
    m_restored = true;
    const QSettings settings;
    QList<QRect> screens;
    if (QScreen *primary = QGuiApplication::primaryScreen())
        screens << primary->availableGeometry();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != QGuiApplication::primaryScreen())
            screens << screen->availableGeometry();
    }
    // The frame is known once the window is shown; before, a title bar is assumed where the
    // platform draws frames at all (offscreen and minimal draw none).
    QMargins frame = m_window->frameMargins();
    const QString platform = QGuiApplication::platformName();
    if (frame.isNull() && platform != u"offscreen" && platform != u"minimal")
        frame = QMargins(4, 36, 4, 4);
    const QRect fitted = fitToScreens(settings.value(geometryKey).toRect(), screens, frame);
    if (fitted.isValid()) {
        m_window->setGeometry(fitted);
        // The minimum size of the window wins over a smaller saved one.
        m_window->resize(std::max(fitted.width(), m_window->minimumWidth()),
                         std::max(fitted.height(), m_window->minimumHeight()));
    }
    m_normalGeometry = m_window->geometry();
    if (!settings.value(maximizedKey).toBool())
        return;
    if (m_window->isVisible()) {
        m_window->showMaximized();
        return;
    }
    // Not shown yet: maximise once it is.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(m_window, &QWindow::visibleChanged, this, [this, connection](bool visible) {
              if (!visible || !m_window)
                  return;
              disconnect(*connection);
              m_window->showMaximized();
          });
}

void WindowSettings::save()
{
    // A closed (hidden) window has nothing to tell: what it had was saved when it closed.
    if (!m_window || !m_window->isVisible())
        return;
    QSettings settings;
    const bool maximized = m_window->visibility() == QWindow::Maximized;
    if (m_window->visibility() == QWindow::Windowed)
        m_normalGeometry = m_window->geometry();
    if (m_normalGeometry.isValid())
        settings.setValue(geometryKey, m_normalGeometry);
    settings.setValue(maximizedKey, maximized);
}

void WindowSettings::setLastView(const QString &view)
{
    if (view == m_lastView)
        return;
    m_lastView = view;
    QSettings().setValue(viewKey, view);
    Q_EMIT lastViewChanged();
}
