#pragma once

#include "sessionlink.h"

#include <QObject>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include "backgroundwork.h"
#include "result.h"

class PipelineController;

// Exports the open pipeline from the window: SVG drawn by PipelineSvgExporter from the
// controller's pipeline and the status it shows, PNG from an image the view grabbed of itself
// (Item.grabToImage). Encoding and writing run on a worker thread; finished() tells how it
// went, with the file's name (never its folder, which may show a user name).
class PipelineExporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(
        PipelineController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    explicit PipelineExporter(QObject *parent = nullptr);
    ~PipelineExporter() override;

    [[nodiscard]] PipelineController *controller() const { return m_session.pipeline(); }
    void setController(PipelineController *controller);
    [[nodiscard]] bool busy() const { return m_export.isRunning(); }

    // Draws the pipeline as SVG into a file (a path or a file:// URL).
    Q_INVOKABLE void exportSvg(const QString &pathOrUrl);
    // Writes an image (ItemGrabResult.image) as PNG.
    Q_INVOKABLE void savePng(const QVariant &image, const QString &pathOrUrl);
    // "png", "svg", or "" for a file name that is neither.
    Q_INVOKABLE static QString formatOf(const QString &pathOrUrl);
    // "homelab-gitops-pipeline-2024-06-03-1402.<extension>".
    Q_INVOKABLE QString suggestedFileName(const QString &extension) const;
    // That name in the user's pictures folder (else the home folder), as a file:// URL.
    Q_INVOKABLE QUrl suggestedLocation(const QString &extension) const;
    // The folder of a file URL, as a URL (for a file dialog's current folder).
    Q_INVOKABLE static QUrl folderOf(const QUrl &file);

Q_SIGNALS:
    void controllerChanged();
    void busyChanged();
    void finished(bool ok, const QString &fileName, const QString &message);

private:
    void run(const QString &path, std::function<Promenade::Result<void>()> work);

    SessionLink m_session; // what it works with, and the controller QML gave
    LatestBackgroundJob<Promenade::Result<void>> m_export {this};
};
