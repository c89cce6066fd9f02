#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

// Copy and open for what the views show (pull requests, commits, images, tags): one action
// each, from a context menu or a copy button.
class Clipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    Q_INVOKABLE void copy(const QString &text) const;
    // What the clipboard holds now (the tests read it back).
    Q_INVOKABLE QString text() const;
    // Opens http(s) addresses only: a link never starts a program or opens a local file.
    Q_INVOKABLE bool openLink(const QString &address) const;
    // The registry's web page for an image ("ghcr.io/owner/app" → its package page, Docker
    // Hub, Quay); empty when the registry has no known page.
    Q_INVOKABLE QString imageLink(const QString &image) const;
    // Whether the text is a web address that openLink would open.
    Q_INVOKABLE bool isLink(const QString &address) const;
};
