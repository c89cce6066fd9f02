// libFuzzer entry point: one input is up to four files separated by a line "---8<---":
// kustomization.yaml, resources.yaml, patch.yaml and base/kustomization.yaml. Each input is
// written to a scratch folder and rendered with a fresh Renderer; the YAML reader/writer round
// trip and the image editor run on the raw bytes too. A crash, a sanitizer report, a hang or a
// broken round trip (parse(write(parse(x))) != parse(x)) is a finding.
#include "kustomizationeditor.h"
#include "renderer.h"
#include "yamlreader.h"
#include "yamlwriter.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Promenade::Kustomize;

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/fuzz_render-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/fuzz_render-XXXXXX"));
    return dir;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The reader and writer on the raw bytes: a round trip must be stable. (Not checked for
    // text holding NEL, LS or PS: libyaml's emitter, which kustomize's yaml.v2 is a port of and
    // which the writer reproduces, prints them as raw line breaks that do not read back the same.)
    const bool unicodeBreaks = input.contains("\xC2\x85") || input.contains("\xE2\x80\xA8")
        || input.contains("\xE2\x80\xA9");
    if (auto docs = YamlReader::parseAll(input, QStringLiteral("input.yaml"));
        docs && !unicodeBreaks) {
        const QByteArray written = YamlWriter::writeAll(*docs);
        auto again = YamlReader::parseAll(written, QStringLiteral("written.yaml"));
        if (!again || again->size() != docs->size())
            std::abort();
        for (qsizetype i = 0; i < docs->size(); ++i) {
            if (docs->at(i) != again->at(i))
                std::abort();
        }
    }

    // The editor on the raw bytes.
    KustomizationEditor::ImageUpdate update;
    update.newTag = QStringLiteral("v2");
    update.digest = QStringLiteral("sha256:00");
    (void)KustomizationEditor::setImageInText(input, QStringLiteral("nginx"), update);

    // Loading and rendering a small tree.
    QTemporaryDir &dir = scratch();
    if (!dir.isValid())
        return 0;
    QList<QByteArray> files;
    qsizetype start = 0;
    const QByteArray marker("\n---8<---\n");
    while (files.size() < 3) {
        const qsizetype at = input.indexOf(marker, start);
        if (at < 0)
            break;
        files.append(input.mid(start, at - start));
        start = at + marker.size();
    }
    files.append(input.mid(start));
    while (files.size() < 4)
        files.append(QByteArray());
    const QDir root(dir.path());
    root.mkpath(QStringLiteral("base"));
    writeFile(root.filePath(QStringLiteral("kustomization.yaml")), files.at(0));
    writeFile(root.filePath(QStringLiteral("resources.yaml")), files.at(1));
    writeFile(root.filePath(QStringLiteral("patch.yaml")), files.at(2));
    writeFile(root.filePath(QStringLiteral("base/kustomization.yaml")), files.at(3));
    Renderer::Options options;
    options.repositoryRoot = dir.path();
    for (auto order : {Renderer::Reorder::Legacy, Renderer::Reorder::None}) {
        options.reorder = order;
        Renderer renderer(options);
        auto out = renderer.renderYaml(dir.path());
        (void)out;
    }
    return 0;
}
