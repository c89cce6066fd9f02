// libFuzzer entry point over repository discovery: one input is a small repository tree, up to
// 64 entries separated by lines "---8<---". An entry's first line names it:
//   - a path ("apps/overlays/staging/kustomization.yaml"): the rest is the file's content. A
//     path must be relative, plain ([a-z0-9._/-], no "..", at most 6 levels) and end in .yaml or
//     .yml; any other first line picks a path from the dictionary below instead;
//   - "link <path> <n>": a symbolic link at <path> to one of a few hostile or harmless targets
//     (/dev/zero, /dev/stdin, /etc/passwd, ../outside.yaml, a file of the tree).
// The tree is written into a fresh scratch folder (on /dev/shm where there is one) beside an
// "outside.yaml" that must never be read, then RepositoryDiscovery::discover runs on it. A crash,
// a sanitizer report or a hang (a link to /dev/stdin blocks a careless reader) is a finding.
#include "repositorydiscovery.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <array>

using namespace Promenade;

namespace {

// Where discovery looks: layouts, Argo CD Applications, promenade.yaml, bases and overlays.
const std::array<const char *, 20> pathDictionary = {
    "promenade.yaml",
    "apps/base/web/kustomization.yaml",
    "apps/base/web/deployment.yaml",
    "apps/base/api/kustomization.yaml",
    "apps/base/api/deployment.yaml",
    "apps/overlays/development/kustomization.yaml",
    "apps/overlays/staging/kustomization.yaml",
    "apps/overlays/production/kustomization.yaml",
    "apps/web/base/kustomization.yaml",
    "apps/web/overlays/staging/kustomization.yaml",
    "apps/web/overlays/production/kustomization.yaml",
    "clusters/development/app.yaml",
    "clusters/staging/app.yaml",
    "clusters/production/app.yaml",
    "clusters/production/apps.yaml",
    "infrastructure/base/kustomization.yaml",
    "infrastructure/overlays/production/kustomization.yaml",
    "environments/staging/kustomization.yaml",
    "argocd/applicationset.yaml",
    "kustomization.yaml",
};

const std::array<const char *, 6> linkTargets = {
    "/dev/zero",
    "/dev/stdin",
    "/etc/passwd",
    "../outside.yaml",
    "../../../outside.yaml",
    "apps/base/web/deployment.yaml",
};

QString pathFor(const QByteArray &line)
{
    static const QRegularExpression plain(
        QStringLiteral("\\A[a-z0-9][a-z0-9._/-]{0,120}\\.ya?ml\\z"));
    const QString path = QString::fromLatin1(line.trimmed());
    if (plain.match(path).hasMatch() && !path.contains(QStringLiteral(".."))
        && !path.contains(QStringLiteral("//")) && path.count(u'/') <= 6) {
        return path;
    }
    return QString::fromLatin1(pathDictionary[size_t(qHash(line)) % pathDictionary.size()]);
}

void writeFile(const QDir &root, const QString &relative, const QByteArray &bytes)
{
    root.mkpath(QFileInfo(root.filePath(relative)).path());
    QFile f(root.filePath(relative));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(bytes);
}

} // namespace

// Discovery logs every file it refuses: quiet, so that the run is not spent printing.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString base
        = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir scratch(base + QStringLiteral("/fuzz_discovery-XXXXXX"));
    if (!scratch.isValid())
        return 0;
    const QDir outer(scratch.path());
    outer.mkpath(QStringLiteral("repo"));
    // A file beside the repository: discovery must never read it (a link out is refused).
    writeFile(outer, QStringLiteral("outside.yaml"),
              QByteArrayLiteral("apiVersion: v1\nkind: Secret\n"));
    const QDir root(outer.filePath(QStringLiteral("repo")));

    const QByteArray marker("\n---8<---\n");
    qsizetype start = 0;
    for (int entry = 0; entry < 64 && start <= input.size(); ++entry) {
        qsizetype end = input.indexOf(marker, start);
        if (end < 0)
            end = input.size();
        const QByteArray chunk = input.mid(start, end - start);
        start = end + marker.size();
        const qsizetype newline = chunk.indexOf('\n');
        const QByteArray header = newline < 0 ? chunk : chunk.left(newline);
        const QByteArray content = newline < 0 ? QByteArray() : chunk.mid(newline + 1);
        if (header.startsWith("link ")) {
            const QList<QByteArray> words = header.split(' ');
            const QString at = pathFor(words.value(1));
            const QByteArray which = words.value(2);
            const QString target = QString::fromLatin1(
                linkTargets[size_t(which.isEmpty() ? 0 : which.at(0)) % linkTargets.size()]);
            root.mkpath(QFileInfo(root.filePath(at)).path());
            QFile::link(target, root.filePath(at));
            continue;
        }
        writeFile(root, pathFor(header), content);
    }
    auto pipeline = RepositoryDiscovery::discover(root.path());
    (void)pipeline;
    return 0;
}
