#pragma once

#include "yamlnode.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Promenade::ImagePins {

// Every image scalar the walk has accounted for carries, instead of its source line, a negative
// number naming its pin in the pin table (-1 is pin 0): after a patch, a non-negative line is an
// image the patch wrote. Each container map carries a hidden key naming its slot (the base
// repository it started with), which strategic merges keep and whole-container replacements lose.
const QByteArray &slotKey();

// Where a container map sits in its document. Path segments are kept as a stack so that a field
// path is only spelled out when a pin needs it.
struct PathSegment
{
    const QByteArray *key = nullptr; // a map key, or null for a list item
    int index = 0;
    const Kustomize::YamlNode *item = nullptr; // the container map, for containers[name=...]
};

// "spec.template.spec.containers[name=web]": the path as a pin's key names it.
QString spellPath(const std::vector<PathSegment> &path);

QByteArray containerName(const Kustomize::YamlNode &container);

enum class ListKind { Containers, InitContainers, EphemeralContainers };

// Calls f(container, listKind, listKey, pathSegments) for every container map in a document,
// wherever a containers/initContainers/ephemeralContainers list sits.
template<typename Node, typename F>
void forEachContainer(Node &node, std::vector<PathSegment> &path, F &&f)
{
    if (node.isMap()) {
        for (auto &e : node.entries()) {
            if (!e.value.isMap() && !e.value.isSequence())
                continue;
            path.push_back({&e.key, 0, nullptr});
            const bool containers = e.key == "containers";
            const bool init = e.key == "initContainers";
            const bool ephemeral = e.key == "ephemeralContainers";
            if ((containers || init || ephemeral) && e.value.isSequence()) {
                const ListKind kind = containers ? ListKind::Containers
                    : init                       ? ListKind::InitContainers
                                                 : ListKind::EphemeralContainers;
                int i = 0;
                for (auto &item : e.value.items()) {
                    if (item.isMap()) {
                        path.push_back({nullptr, i, &item});
                        f(item, kind, e.key, path);
                        path.pop_back();
                    }
                    ++i;
                }
            } else {
                forEachContainer(e.value, path, f);
            }
            path.pop_back();
        }
    } else if (node.isSequence()) {
        int i = 0;
        for (auto &item : node.items()) {
            if (item.isMap() || item.isSequence()) {
                path.push_back({nullptr, i, nullptr});
                forEachContainer(item, path, f);
                path.pop_back();
            }
            ++i;
        }
    }
}

} // namespace Promenade::ImagePins
