#include "clipboard.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>

void Clipboard::copy(const QString &text) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

QString Clipboard::text() const
{
    const auto *clipboard = QGuiApplication::clipboard();
    return clipboard ? clipboard->text() : QString();
}

bool Clipboard::isLink(const QString &address) const
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")
        && !url.host().isEmpty();
}

bool Clipboard::openLink(const QString &address) const
{
    return isLink(address) && QDesktopServices::openUrl(QUrl(address));
}

QString Clipboard::imageLink(const QString &image) const
{
    // Without a tag or digest: "ghcr.io/owner/app:sha-1@sha256:…" → "ghcr.io/owner/app".
    QString name = image.section(u'@', 0, 0);
    const qsizetype slash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > slash)
        name.truncate(colon);
    const QString host = name.section(u'/', 0, 0);
    const QString path = name.section(u'/', 1);
    if (host == u"ghcr.io" && path.contains(u'/'))
        return QStringLiteral("https://ghcr.io/") + path; // GitHub sends it on to the package
    if (host == u"quay.io" && !path.isEmpty())
        return QStringLiteral("https://quay.io/repository/") + path;
    if (host == u"docker.io" && !path.isEmpty())
        return path.startsWith(u"library/")
            ? QStringLiteral("https://hub.docker.com/_/") + path.mid(8)
            : QStringLiteral("https://hub.docker.com/r/") + path;
    // "nginx" or "owner/app": Docker Hub names without a registry host.
    if (!host.contains(u'.') && !host.contains(u':') && host != u"localhost" && !name.isEmpty())
        return name.contains(u'/') ? QStringLiteral("https://hub.docker.com/r/") + name
                                   : QStringLiteral("https://hub.docker.com/_/") + name;
    return {};
}
