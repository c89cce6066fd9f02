#include "pinnedversion.h"

#include "yamllimits.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

namespace Promenade {

namespace {

QString scalarOf(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

YAML::Node child(const YAML::Node &node, const char *key)
{
    if (!node.IsDefined() || !node.IsMap())
        return YAML::Node(YAML::NodeType::Undefined);
    const YAML::Node c = node[key];
    return c.IsDefined() ? c : YAML::Node(YAML::NodeType::Undefined);
}

int lineOf(const YAML::Node &node, int offset)
{
    return node.IsDefined() ? node.Mark().line + 1 + offset : 0;
}

// docker.io/library/nginx and nginx name the same repository.
QString normalizedRepository(QString repository)
{
    for (const QLatin1String prefix : {QLatin1String("index.docker.io/"),
                                       QLatin1String("docker.io/"), QLatin1String("library/")}) {
        if (repository.startsWith(prefix))
            repository = repository.mid(prefix.size());
    }
    return repository;
}

struct Reference
{
    QString repository;
    QString tag;
    QString digest;
};

// "[name=]repo[:tag][@digest]" (Argo CD's kustomize.images spelling included).
Reference splitReference(QString text)
{
    Reference r;
    text = text.trimmed();
    if (text.contains(u'=')) {
        const qsizetype eq = text.indexOf(u'=');
        text = text.mid(eq + 1);
    }
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        r.digest = text.mid(at + 1);
        text.truncate(at);
    }
    const qsizetype slash = text.lastIndexOf(u'/');
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon > slash) {
        r.tag = text.mid(colon + 1);
        text.truncate(colon);
    }
    r.repository = text;
    return r;
}

QString documentIdentity(const YAML::Node &document, std::size_t index)
{
    const QString kind = scalarOf(child(document, "kind"));
    const QString name = scalarOf(child(child(document, "metadata"), "name"));
    if (!kind.isEmpty() && !name.isEmpty())
        return kind + u'/' + name;
    return u'#' + QString::number(index);
}

class Walker
{
public:
    Walker(const TracedPin &pin, QList<PinnedVersion::Candidate> &out)
        : m_pin(pin)
        , m_out(out)
    {
        for (const QString &r : pin.repositories)
            m_repositories << normalizedRepository(r);
        if (!pin.image.isEmpty())
            m_repositories << normalizedRepository(pin.image);
    }

    Status document(const YAML::Node &document, const QString &identity, int lineOffset, int depth)
    {
        if (depth > 4)
            return {}; // patches inside patches inside patches: not a pin form
        if (auto s = Kustomize::YamlLimits::check(document, m_pin.pin.file); !s)
            return s;
        walk(document, identity + u':', {}, lineOffset, depth);
        return {};
    }

private:
    bool chartPin() const { return m_pin.pin.kind == VersionPin::Kind::ChartVersion; }

    void add(const QString &identity, const Reference &r, int line)
    {
        m_out.append({identity, r.repository, r.tag, r.digest, line});
    }

    void walk(const YAML::Node &node, const QString &path, const QString &key, int lineOffset,
              int depth)
    {
        if (!node.IsDefined())
            return;
        if (node.IsScalar()) {
            scalar(node, path, key, lineOffset, depth);
            return;
        }
        if (node.IsMap()) {
            mapping(node, path, lineOffset);
            for (const auto &entry : node) {
                const QString k = scalarOf(entry.first);
                walk(entry.second, path + u'.' + k, k, lineOffset, depth);
            }
            return;
        }
        if (node.IsSequence()) {
            std::size_t i = 0;
            for (const YAML::Node &item : node) {
                const QString name = scalarOf(child(item, "name"));
                const QString step = name.isEmpty() ? QStringLiteral("[%1]").arg(i)
                                                    : QStringLiteral("[name=%1]").arg(name);
                walk(item, path + step, key, lineOffset, depth);
                ++i;
            }
        }
    }

    void scalar(const YAML::Node &node, const QString &path, const QString &key, int lineOffset,
                int depth)
    {
        const QString text = scalarOf(node);
        if (text.contains(u'\n')) {
            // An inline patch (kustomization `patches: - patch: |`, patchesStrategicMerge).
            if (key != u"patch" && key != u"patchesStrategicMerge" && key != u"patchesJson6902")
                return;
            try {
                const std::vector<YAML::Node> docs = YAML::LoadAll(text.toStdString());
                for (std::size_t i = 0; i < docs.size(); ++i)
                    (void)document(docs[i],
                                   path + QStringLiteral("|") + documentIdentity(docs[i], i),
                                   lineOf(node, lineOffset), depth + 1);
            } catch (const YAML::Exception &) {
                // Not YAML: kustomize would refuse it; not a pin either.
            }
            return;
        }
        if (chartPin() || text.isEmpty())
            return;
        const Reference r = splitReference(text);
        if (!r.tag.isEmpty() || !r.digest.isEmpty()) {
            if (m_repositories.contains(normalizedRepository(r.repository)))
                add(path, r, lineOf(node, lineOffset));
        }
    }

    void mapping(const YAML::Node &node, const QString &path, int lineOffset)
    {
        if (chartPin()) {
            chartMapping(node, path, lineOffset);
            return;
        }
        if (m_pin.pin.kind == VersionPin::Kind::HelmValues) {
            helmValuesMapping(node, path, lineOffset);
            return;
        }
        // An images: entry {name, newName, newTag, digest} (a kustomization's in a patch, a Flux
        // Kustomization's spec.images).
        const QString name = scalarOf(child(node, "name"));
        const QString newName = scalarOf(child(node, "newName"));
        const YAML::Node newTag = child(node, "newTag");
        const YAML::Node digest = child(node, "digest");
        if (!name.isEmpty() && (newTag.IsScalar() || digest.IsScalar())
            && (m_repositories.contains(normalizedRepository(name))
                || (!newName.isEmpty()
                    && m_repositories.contains(normalizedRepository(newName))))) {
            add(path, {newName.isEmpty() ? name : newName, scalarOf(newTag), scalarOf(digest)},
                lineOf(newTag.IsScalar() ? newTag : digest, lineOffset));
        }
        if (m_pin.pin.kind == VersionPin::Kind::ImageUpdater
            || m_pin.pin.kind == VersionPin::Kind::ApplicationOverride) {
            // Helm parameters: {name: image.tag, value: "1.2.3"}.
            const QString name = scalarOf(child(node, "name"));
            const YAML::Node value = child(node, "value");
            if ((name.endsWith(QLatin1String(".tag")) || name == u"tag") && value.IsScalar())
                add(path + QStringLiteral(".value"), {{}, scalarOf(value), {}},
                    lineOf(value, lineOffset));
        }
    }

    // Helm values: an image block {repository, tag, digest} named `image` (at any depth, e.g.
    // spec.values.image of a HelmRelease, web.image) or an entry of an `images` mapping, or
    // the block at the pin's own key path (e.g. image of image.tag).
    void helmValuesMapping(const YAML::Node &node, const QString &path, int lineOffset)
    {
        const QString block = m_pin.pin.key.section(u'.', 0, -2);
        const bool imageBlock = path.endsWith(QLatin1String(".image"))
            || path.section(u'.', -2, -2) == u"images"
            || (!block.isEmpty() && path.endsWith(u'.' + block));
        if (!imageBlock)
            return;
        const YAML::Node tag = child(node, "tag");
        const YAML::Node digest = child(node, "digest");
        if (!tag.IsScalar() && !digest.IsScalar())
            return;
        add(path, {scalarOf(child(node, "repository")), scalarOf(tag), scalarOf(digest)},
            lineOf(tag.IsScalar() ? tag : digest, lineOffset));
    }

    void chartMapping(const YAML::Node &node, const QString &path, int lineOffset)
    {
        const QString chart = scalarOf(child(node, "chart"));
        const bool otherChart = !chart.isEmpty() && !m_pin.chart.isEmpty() && chart != m_pin.chart;
        // An Argo CD source: {repoURL, chart, targetRevision}; a patch of one may omit chart,
        // but a Git source (with a path) is not a chart.
        const YAML::Node revision = child(node, "targetRevision");
        if (revision.IsScalar() && !otherChart
            && (!chart.isEmpty() || !child(node, "path").IsDefined())) {
            add(path + QStringLiteral(".targetRevision"), {{}, scalarOf(revision), {}},
                lineOf(revision, lineOffset));
        }
        // A Flux HelmRelease: spec.chart.spec {chart, version} (a patch may omit chart); a
        // kustomize helmCharts entry: {name, version}.
        const YAML::Node version = child(node, "version");
        if (version.IsScalar() && !otherChart
            && (!chart.isEmpty() || path.endsWith(QLatin1String("chart.spec"))
                || (path.contains(QLatin1String("helmCharts"))
                    && scalarOf(child(node, "name")) == m_pin.chart))) {
            add(path + QStringLiteral(".version"), {{}, scalarOf(version), {}},
                lineOf(version, lineOffset));
        }
        // A JSON 6902 operation on either.
        const QString target = scalarOf(child(node, "path"));
        const YAML::Node value = child(node, "value");
        if (value.IsScalar()
            && (target.endsWith(QLatin1String("/targetRevision"))
                || target.endsWith(QLatin1String("/chart/spec/version")))) {
            add(path + u'.' + target, {{}, scalarOf(value), {}}, lineOf(value, lineOffset));
        }
    }

    const TracedPin &m_pin;
    QList<PinnedVersion::Candidate> &m_out;
    QStringList m_repositories;
};

// "images[name=ghcr.io/acme/web].newTag" → "ghcr.io/acme/web".
QString imageNameOfKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^images\\[name=(.*)\\]\\.[A-Za-z]+$"));
    const QRegularExpressionMatch m = pattern.match(key);
    return m.hasMatch() ? m.captured(1) : QString();
}

void kustomizeImages(const YAML::Node &document, const TracedPin &pin,
                     QList<PinnedVersion::Candidate> &out)
{
    const YAML::Node images = child(document, "images");
    if (!images.IsSequence())
        return;
    const QString wanted = imageNameOfKey(pin.pin.key);
    QStringList repositories;
    for (const QString &r : pin.repositories)
        repositories << normalizedRepository(r);
    for (const YAML::Node &entry : images) {
        const QString name = scalarOf(child(entry, "name"));
        const QString newName = scalarOf(child(entry, "newName"));
        const bool match = wanted.isEmpty() ? repositories.contains(normalizedRepository(name))
                || (!newName.isEmpty() && repositories.contains(normalizedRepository(newName)))
                                            : name == wanted;
        if (!match || name.isEmpty())
            continue;
        PinnedVersion::Candidate c;
        c.identity = QStringLiteral("images[name=%1]").arg(name);
        c.repository = newName.isEmpty() ? name : newName;
        c.tag = scalarOf(child(entry, "newTag"));
        c.digest = scalarOf(child(entry, "digest"));
        c.line = lineOf(entry, 0);
        out.append(c);
    }
}

} // namespace

QString PinnedVersion::Candidate::version() const
{
    if (digest.isEmpty())
        return tag;
    return tag + u'@' + digest;
}

Result<QList<PinnedVersion::Candidate>> PinnedVersion::candidates(const QByteArray &bytes,
                                                                  const TracedPin &pin)
{
    QList<Candidate> out;
    if (auto s = Kustomize::YamlLimits::checkSize(bytes.size(), pin.pin.file); !s)
        return s.error();
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        for (std::size_t i = 0; i < documents.size(); ++i) {
            const YAML::Node &document = documents[i];
            if (auto s = Kustomize::YamlLimits::check(document, pin.pin.file); !s)
                return s.error();
            switch (pin.pin.kind) {
            case VersionPin::Kind::KustomizeImages:
                kustomizeImages(document, pin, out);
                break;
            case VersionPin::Kind::None:
                break;
            default: {
                Walker walker(pin, out);
                if (auto s = walker.document(document, documentIdentity(document, i), 0, 0); !s)
                    return s.error();
                break;
            }
            }
        }
    } catch (const YAML::Exception &e) {
        return Error(Error::Kind::BadInput, QString::fromStdString(e.msg))
            .at(pin.pin.file, e.mark.line + 1, e.mark.column + 1);
    }
    return out;
}

qsizetype PinnedVersion::select(const QList<Candidate> &candidates, const TracedPin &pin)
{
    if (candidates.isEmpty())
        return -1;
    if (pin.pin.line > 0) {
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            if (candidates.at(i).line == pin.pin.line)
                return i;
        }
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        if (!pin.version.isEmpty()
            && (c.version() == pin.version || c.tag == pin.version || c.digest == pin.version))
            return i;
    }
    return 0;
}

qsizetype PinnedVersion::follow(const QList<Candidate> &candidates, const QString &identity)
{
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (candidates.at(i).identity == identity)
            return i;
    }
    return candidates.size() == 1 ? 0 : -1;
}

} // namespace Promenade
