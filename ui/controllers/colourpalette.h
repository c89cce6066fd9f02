#pragma once

#include <QColor>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The palette and the health → colour rule for QML (Theme.qml reads it): the same colours
// and the same rule the exported drawings use (Palette, in ui/palette).
class ColourPalette : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // Every colour of a look by role name ("window", "text", "danger", "addedLine", …).
    Q_INVOKABLE QVariantMap scheme(bool presentation, bool dark) const;
    // The colour of an app's status: "Synced"/"Healthy" and their alternatives from Argo CD.
    Q_INVOKABLE QColor statusColour(bool presentation, bool dark, bool known, const QString &sync,
                                    const QString &health) const;
    // "unknown", "good", "attention" or "bad": the same rule, as a word (filters, tests).
    Q_INVOKABLE QString statusTone(bool known, const QString &sync, const QString &health) const;
};
