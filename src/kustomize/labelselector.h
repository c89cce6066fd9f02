#pragma once

#include "kustomization.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace Promenade::Kustomize {

// A Kubernetes label selector in its string form ("app=web,tier!=db,env in (a,b),!legacy"),
// used by patch targets' labelSelector and annotationSelector. Plain data; thread-safe.
class LabelSelector
{
public:
    static Result<LabelSelector> parse(const QByteArray &text);
    // True when the labels (a YAML map, possibly null) satisfy every requirement.
    [[nodiscard]] bool matches(const class YamlNode *labels) const;

private:
    struct Requirement
    {
        enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist } op;
        QByteArray key;
        QList<QByteArray> values;
    };
    QList<Requirement> m_requirements;
};

} // namespace Promenade::Kustomize
