#include "labelselector.h"

#include "yamlnode.h"

namespace Promenade::Kustomize {

Result<LabelSelector> LabelSelector::parse(const QByteArray &text)
{
    LabelSelector s;
    // Split on commas outside parentheses.
    QList<QByteArray> parts;
    int depth = 0;
    QByteArray current;
    for (char c : text) {
        if (c == '(')
            ++depth;
        else if (c == ')')
            --depth;
        if (c == ',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    auto bad = [&]() {
        return Error(Error::Kind::BadInput,
                     QStringLiteral("invalid selector \"%1\"").arg(QString::fromUtf8(text)));
    };
    for (QByteArray part : parts) {
        part = part.trimmed();
        if (part.isEmpty()) {
            if (parts.size() == 1)
                break;
            return bad();
        }
        Requirement r;
        auto setList = [&](const QByteArray &rest) -> bool {
            const QByteArray t = rest.trimmed();
            if (!t.startsWith('(') || !t.endsWith(')'))
                return false;
            for (const QByteArray &v : t.mid(1, t.size() - 2).split(','))
                r.values.append(v.trimmed());
            return true;
        };
        int idx;
        if (part.startsWith('!')) {
            r.op = Requirement::Op::DoesNotExist;
            r.key = part.mid(1).trimmed();
        } else if ((idx = part.indexOf("!=")) > 0) {
            r.op = Requirement::Op::NotEquals;
            r.key = part.left(idx).trimmed();
            r.values.append(part.mid(idx + 2).trimmed());
        } else if ((idx = part.indexOf("==")) > 0) {
            r.op = Requirement::Op::Equals;
            r.key = part.left(idx).trimmed();
            r.values.append(part.mid(idx + 2).trimmed());
        } else if ((idx = part.indexOf('=')) > 0) {
            r.op = Requirement::Op::Equals;
            r.key = part.left(idx).trimmed();
            r.values.append(part.mid(idx + 1).trimmed());
        } else if ((idx = part.indexOf(" notin ")) > 0) {
            r.op = Requirement::Op::NotIn;
            r.key = part.left(idx).trimmed();
            if (!setList(part.mid(idx + 7)))
                return bad();
        } else if ((idx = part.indexOf(" in ")) > 0) {
            r.op = Requirement::Op::In;
            r.key = part.left(idx).trimmed();
            if (!setList(part.mid(idx + 4)))
                return bad();
        } else {
            r.op = Requirement::Op::Exists;
            r.key = part;
        }
        if (r.key.isEmpty() || r.key.contains(' '))
            return bad();
        s.m_requirements.append(r);
    }
    return s;
}

bool LabelSelector::matches(const YamlNode *labels) const
{
    for (const Requirement &r : m_requirements) {
        const YamlNode *v = labels && labels->isMap() ? labels->get(r.key) : nullptr;
        const bool has = v && v->isScalar();
        const QByteArray value = has ? v->text() : QByteArray();
        switch (r.op) {
        case Requirement::Op::Equals:
        case Requirement::Op::In:
            if (!has || !r.values.contains(value))
                return false;
            break;
        case Requirement::Op::NotEquals:
        case Requirement::Op::NotIn:
            if (has && r.values.contains(value))
                return false;
            break;
        case Requirement::Op::Exists:
            if (!has)
                return false;
            break;
        case Requirement::Op::DoesNotExist:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

} // namespace Promenade::Kustomize
