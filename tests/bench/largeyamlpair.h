#pragma once

// The pair of large Kubernetes YAML files that bench_diff and bench_clidiff compare: a stream
// of Deployments like a large rendered overlay, and a copy with about `percent` % of its lines
// edited in place (mostly), deleted or inserted. The same seed gives the same pair.

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace LargeYamlPair {

inline QList<QString> deployments(int count, std::mt19937 &rng)
{
    QList<QString> lines;
    lines.reserve(count);
    int doc = 0;
    while (lines.size() < count) {
        const QString name = QStringLiteral("service-%1").arg(doc);
        const QStringList block {
            QStringLiteral("---"),
            QStringLiteral("apiVersion: apps/v1"),
            QStringLiteral("kind: Deployment"),
            QStringLiteral("metadata:"),
            QStringLiteral("  name: ") + name,
            QStringLiteral("  namespace: team-%1").arg(doc % 17),
            QStringLiteral("  labels:"),
            QStringLiteral("    app.kubernetes.io/name: ") + name,
            QStringLiteral("spec:"),
            QStringLiteral("  replicas: %1").arg(1 + rng() % 5),
            QStringLiteral("  template:"),
            QStringLiteral("    spec:"),
            QStringLiteral("      containers:"),
            QStringLiteral("      - name: app"),
            QStringLiteral("        image: ghcr.io/example/%1:1.%2.%3")
                .arg(name)
                .arg(rng() % 30)
                .arg(rng() % 10),
            QStringLiteral("        ports:"),
            QStringLiteral("        - containerPort: 8080"),
            QStringLiteral("        env:"),
            QStringLiteral("        - name: LOG_LEVEL"),
            QStringLiteral("          value: info"),
            QStringLiteral("        resources:"),
            QStringLiteral("          limits:"),
            QStringLiteral("            memory: %1Mi").arg(128 * (1 + rng() % 8)),
        };
        for (const QString &l : block)
            lines.append(l);
        ++doc;
    }
    lines.resize(count);
    return lines;
}

// About `percent` % of the lines of `lines` touched: edited in place (3 in 5), deleted or
// inserted. The edits may break the YAML here and there, as a careless edit would.
inline QList<QString> edited(QList<QString> lines, double percent, std::mt19937 &rng)
{
    const int changes = int(lines.size() * percent / 100.0);
    for (int c = 0; c < changes; ++c) {
        const int at = int(rng() % unsigned(lines.size()));
        switch (rng() % 5) {
        case 0:
            lines.removeAt(at);
            break;
        case 1:
            lines.insert(at, QStringLiteral("        - name: FEATURE_%1").arg(c));
            break;
        default:
            lines[at] = lines[at] + QStringLiteral("-x%1").arg(c % 10);
            break;
        }
    }
    return lines;
}

inline QByteArray joined(const QList<QString> &lines)
{
    return (lines.join(u'\n') + u'\n').toUtf8();
}

} // namespace LargeYamlPair
