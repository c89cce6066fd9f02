#pragma once

#include <QMargins>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QQuickWindow>
#include <QRect>
#include <QString>
#include <QtQml/qqmlregistration.h>

// Keeps the main window's size, place and maximised state, and the view last shown, across
// runs (QSettings "window/…"). The place is only restored where a screen still shows it: a
// window saved on a monitor that is gone, or larger than the screens now are, is moved and
// shrunk onto one.
//
//     WindowSettings { window: root }   // restores once created, saves when the window closes
// Created from QML, it restores when the component is complete, so that the window's own
// width and height are set first; set from C++, at once.
class WindowSettings : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged)
    Q_PROPERTY(QString lastView READ lastView WRITE setLastView NOTIFY lastViewChanged)

public:
    explicit WindowSettings(QObject *parent = nullptr);
    ~WindowSettings() override;

    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    [[nodiscard]] QString lastView() const { return m_lastView; }
    void setLastView(const QString &view);

    // Writes the window's normal (not maximised) geometry and its maximised state now.
    Q_INVOKABLE void save();

    // saved (the window's contents, without its frame) moved and shrunk so that it lies on one
    // of the screens' available areas with its frame — the title bar above it included: the
    // screen holding most of it, else the first (the primary). An invalid saved rectangle or
    // no screen at all gives an invalid rectangle (keep the default).
    [[nodiscard]] static QRect fitToScreens(const QRect &saved, const QList<QRect> &screens,
                                            const QMargins &frame = {});

    void classBegin() override { m_completed = false; }
    void componentComplete() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void windowChanged();
    void lastViewChanged();

private:
    void restore();
    void rememberNormalGeometry();

    QPointer<QQuickWindow> m_window;
    bool m_completed = true; // false while QML creates it
    bool m_restored = false;
    QRect m_normalGeometry;
    QString m_lastView;
};
