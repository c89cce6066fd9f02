#include "pinhistory.h"

#include "gitrepository.h"
#include "logging.h"
#include "pipeline.h"

#include <QDir>
#include <QSet>

namespace Promenade {

namespace {

QString joined(const QString &prefix, const QString &file)
{
    return prefix.isEmpty() ? file : QDir::cleanPath(prefix + u'/' + file);
}

void append(QList<TracedPin> &pins, QSet<QString> &seen, TracedPin pin)
{
    const QString key = pin.app + u'\n' + pin.environment + u'\n' + pin.pin.file + u'\n'
        + pin.pin.key + u'\n' + QString::number(pin.pin.line);
    if (seen.contains(key))
        return;
    seen.insert(key);
    pins.append(std::move(pin));
}

// A chart's version pin (an app's chart, or an infrastructure component), as traced: the
// chart stands for the image.
TracedPin tracedChartPin(const QString &app, const QString &environment, const QString &chart,
                         const QString &version, const VersionPin &pin, const QString &prefix)
{
    TracedPin out;
    out.app = app;
    out.environment = environment;
    out.image = chart;
    out.chart = chart;
    out.version = version;
    out.pin = pin;
    out.pin.file = joined(prefix, pin.file);
    return out;
}

} // namespace

QList<TracedPin> PinHistory::pinsOf(const Pipeline &pipeline, const QString &prefix)
{
    QList<TracedPin> pins;
    QSet<QString> seen;
    for (const Environment &env : pipeline.environments) {
        for (const DeclaredImage &image : env.images) {
            const App *app = pipeline.app(image.app);
            if (image.pin.isSet() && image.pin.kind == VersionPin::Kind::ChartVersion) {
                append(pins, seen,
                       tracedChartPin(image.app, env.name, image.chart,
                                      image.chartVersion.isEmpty() ? image.tag : image.chartVersion,
                                      image.pin, prefix));
            } else if (image.pin.isSet()) {
                TracedPin pin;
                pin.app = image.app;
                pin.environment = env.name;
                pin.pin = image.pin;
                pin.pin.file = joined(prefix, image.pin.file);
                pin.image = image.repository;
                pin.repositories << image.repository;
                if (app && !app->repository.isEmpty() && app->repository != image.repository)
                    pin.repositories << app->repository;
                pin.version = image.version();
                append(pins, seen, pin);
            }
            if (image.chartPin.isSet() && image.pin.kind != VersionPin::Kind::ChartVersion)
                append(pins, seen,
                       tracedChartPin(image.app, env.name, image.chart, image.chartVersion,
                                      image.chartPin, prefix));
        }
        for (const InfrastructureComponent &component : env.infrastructure) {
            if (!component.pin.isSet() || component.pin.kind != VersionPin::Kind::ChartVersion)
                continue;
            append(pins, seen,
                   tracedChartPin(component.name, env.name, component.name, component.version,
                                  component.pin, prefix));
        }
    }
    return pins;
}

PinHistory::PinHistory(const Git::Repository &repository, const QList<TracedPin> &pins,
                       const QString &start)
    : m_repository(repository)
    , m_pins(pins)
{
    m_identities.resize(pins.size());
    for (qsizetype i = 0; i < pins.size(); ++i) {
        const TracedPin &pin = pins.at(i);
        auto bytes = repository.readFile(start, pin.pin.file);
        if (!bytes)
            continue; // not committed yet: nothing to trace
        auto candidates = PinnedVersion::candidates(*bytes, pin);
        if (!candidates) {
            qCWarning(lcPromotion)
                << "history: cannot read" << pin.pin.file << ':' << candidates.error().toString();
            continue;
        }
        const qsizetype chosen = PinnedVersion::select(*candidates, pin);
        if (chosen < 0)
            continue;
        m_identities[i] = candidates->at(chosen).identity;
        m_pinsByFile[pin.pin.file].append(i);
    }
}

PinHistory::Reading PinHistory::read(const QString &revision, qsizetype pinIndex)
{
    const TracedPin &pin = m_pins.at(pinIndex);
    auto bytes = m_repository.readFile(revision, pin.pin.file);
    if (!bytes)
        return {}; // absent at that revision
    auto candidates = PinnedVersion::candidates(*bytes, pin);
    if (!candidates) {
        qCWarning(lcPromotion) << "history: skipping" << pin.pin.file << "at" << revision.left(7)
                               << ':' << candidates.error().toString();
        return {};
    }
    const qsizetype i = PinnedVersion::follow(*candidates, m_identities.at(pinIndex));
    if (i < 0)
        return {};
    return {true, candidates->at(i)};
}

QList<PinHistory::Change> PinHistory::changes(const Git::CommitInfo &commit)
{
    QList<Change> out;
    if (m_pinsByFile.isEmpty())
        return out;
    for (const QString &file : commit.changedFiles) {
        const auto it = m_pinsByFile.constFind(file);
        if (it == m_pinsByFile.cend())
            continue;
        for (const qsizetype index : *it) {
            const Reading now = read(commit.id, index);
            if (!now.found)
                continue; // the pin's place is gone: nothing runs from it at this commit
            Reading before;
            bool sameAsAParent = false;
            for (qsizetype p = 0; p < commit.parents.size(); ++p) {
                const Reading parent = read(commit.parents.at(p), index);
                if (p == 0)
                    before = parent;
                if (parent.found && parent.candidate.version() == now.candidate.version())
                    sameAsAParent = true;
            }
            if (sameAsAParent)
                continue;
            Change change;
            change.pin = &m_pins.at(index);
            change.tag = now.candidate.tag;
            change.digest = now.candidate.digest;
            if (before.found) {
                change.previousTag = before.candidate.tag;
                change.previousDigest = before.candidate.digest;
            }
            out.append(change);
        }
    }
    return out;
}

} // namespace Promenade
