#pragma once

#include <QString>

namespace Promenade::Diff {

// One changed field of a Kubernetes document, found by the semantic diff.
//
// path: where the field is, from the document root: map keys joined by '.', keys that are not
// plain identifiers quoted in brackets (metadata.annotations["argocd.argoproj.io/sync-wave"]),
// list items by the key Kubernetes merges them by (containers[name=web],
// ports[containerPort=8080], ports[containerPort=53,protocol=UDP]) or by position (args[2]).
// oldValue/newValue: scalars as their text, maps and lists as compact (flow) YAML, "null" for
// an explicit null; empty on the side where the field does not exist (Added/Removed).
// oldLine/newLine: 1-based line of the field in each input text (the key's line for a map
// field, the item's first line for a list item); for an added field oldLine is the line of the
// closest enclosing field that exists on the left (and the other way round); 0 if unknown.
struct FieldChange
{
    enum class Kind { Changed, Added, Removed };

    QString path;
    Kind kind = Kind::Changed;
    QString oldValue;
    QString newValue;
    int oldLine = 0;
    int newLine = 0;
};

} // namespace Promenade::Diff
