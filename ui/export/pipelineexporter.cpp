#include "pipelineexporter.h"

#include "pipelinecontroller.h"
#include "pipelinedrawing.h"
#include "pipelinesvgexporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QStandardPaths>
#include <QUrl>

namespace {

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

} // namespace

PipelineExporter::PipelineExporter(QObject *parent)
    : QObject(parent)
{ }

PipelineExporter::~PipelineExporter()
{
    m_export.waitForFinished();
}

void PipelineExporter::setController(PipelineController *controller)
{
    if (!m_session.reset(this, controller))
        return;
    Q_EMIT controllerChanged();
}

QString PipelineExporter::formatOf(const QString &pathOrUrl)
{
    const QString suffix = QFileInfo(localPath(pathOrUrl)).suffix().toLower();
    return suffix == u"png" || suffix == u"svg" ? suffix : QString();
}

QString PipelineExporter::suggestedFileName(const QString &extension) const
{
    const QString name = m_session && m_session->hasRepository() ? m_session->repositoryName()
                                                                 : QStringLiteral("pipeline");
    return QStringLiteral("%1-pipeline-%2.%3")
        .arg(name, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")),
             extension);
}

QUrl PipelineExporter::suggestedLocation(const QString &extension) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(suggestedFileName(extension)));
}

QUrl PipelineExporter::folderOf(const QUrl &file)
{
    return QUrl::fromLocalFile(QFileInfo(file.toLocalFile()).absolutePath());
}

void PipelineExporter::exportSvg(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (!m_session || !m_session->hasRepository()) {
        Q_EMIT finished(false, QFileInfo(path).fileName(),
                        tr("Open a repository first: there is no pipeline to export."));
        return;
    }
    // Plain data, copied for the worker.
    const Promenade::Pipeline pipeline = m_session->pipeline();
    std::optional<Promenade::PipelineStatus> status;
    if (m_session->status().fetchedAt.isValid())
        status = m_session->status();
    const Promenade::Export::AsOf asOf {m_session->status().fetchedAt, m_session->statusIsCached(),
                                        m_session->statusProblem()};
    run(path, [pipeline, status, asOf, path] {
        const Promenade::Export::PipelineDrawing drawing(pipeline, status, asOf);
        return Promenade::Export::PipelineSvgExporter(drawing).writeSvg(path);
    });
}

void PipelineExporter::savePng(const QVariant &image, const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    const QImage picture = image.value<QImage>();
    if (picture.isNull()) {
        Q_EMIT finished(false, QFileInfo(path).fileName(),
                        tr("The pipeline could not be captured as an image."));
        return;
    }
    run(path, [picture, path]() -> Promenade::Result<void> {
        const QByteArray png = Promenade::Export::PipelineSvgExporter::pngBytes(picture);
        if (png.isEmpty())
            return Promenade::Error(Promenade::Error::Kind::Failed,
                                    QCoreApplication::translate("PipelineSvgExporter",
                                                                "the PNG could not be encoded"))
                .at(path);
        return Promenade::Export::PipelineSvgExporter::writeFile(path, png);
    });
}

void PipelineExporter::run(const QString &path, std::function<Promenade::Result<void>()> work)
{
    if (busy()) {
        Q_EMIT finished(false, QFileInfo(path).fileName(),
                        tr("An export is still being written; try again in a moment."));
        return;
    }
    m_export.start(std::move(work), [this, path](const Promenade::Result<void> &result) {
        Q_EMIT busyChanged();
        const QString fileName = QFileInfo(path).fileName();
        if (result)
            Q_EMIT finished(true, fileName, tr("Saved %1").arg(fileName));
        else
            Q_EMIT finished(false, fileName,
                            tr("%1 was not saved: %2").arg(fileName, result.error().message()));
    });
    Q_EMIT busyChanged();
}
