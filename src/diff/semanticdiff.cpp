#include "semanticdiff.h"

#include "linediff.h"
#include "yamldocument.h"
#include "yamltree.h"
#include "yamlvaluetext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Promenade::Diff {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

using Node = YamlTree::Ref;

QString scalarOf(const Node &node)
{
    return node.isScalar() ? node.scalar().toString() : QString();
}

using Document = YamlDocument;

// Parses one document (YamlTree: its fast reader, else yaml-cpp) and takes its identity from
// the parse.
Status parseDocument(Document &doc, const QString &label)
{
    doc.convert();
    auto tree = YamlTree::parse(doc.chunk, label, doc.lineOffset);
    if (!tree)
        return tree.error();
    doc.tree = std::make_shared<const YamlTree>(std::move(*tree));
    const Node root = doc.tree->root();
    if (root.isNull()) {
        doc.empty = true;
        return {};
    }
    doc.apiVersion.clear();
    doc.kind.clear();
    doc.name.clear();
    doc.namespaceName.clear();
    for (int k = 0; root.isMap() && k < root.size(); ++k) {
        const QString key = scalarOf(root.key(k));
        const Node value = root.value(k);
        if (key == u"apiVersion") {
            doc.apiVersion = scalarOf(value);
        } else if (key == u"kind") {
            doc.kind = scalarOf(value);
        } else if (key == u"metadata" && value.isMap()) {
            for (int m = 0; m < value.size(); ++m) {
                const QString field = scalarOf(value.key(m));
                if (field == u"name")
                    doc.name = scalarOf(value.value(m));
                else if (field == u"namespace")
                    doc.namespaceName = scalarOf(value.value(m));
            }
        }
    }
    return {};
}

// Whether one document parses, its tree not kept: a side whose result will be an error anyway
// needs only to know where its first invalid document is.
Status checkDocument(const Document &doc, const QString &label)
{
    if (!doc.fromBytes || !doc.converted.isNull()) {
        const auto tree = YamlTree::parse(doc.chunk, label, doc.lineOffset);
        return tree ? Status() : Status(tree.error());
    }
    // The chunk as convert() has it (the '\n' it may add after the chunk is not parsed).
    const QString chunk = Utf8Lines::text(doc.chunkBytes);
    const auto tree = YamlTree::parse(chunk, label, doc.lineOffset);
    return tree ? Status() : Status(tree.error());
}

// Parses the documents of both sides that are not identical to one on the other side. The
// error is the first invalid document of the left side, else of the right side. The right
// side is parsed first: when it has an invalid document the comparison fails whatever the
// left side holds, and the left side's documents are then only checked, their trees dropped
// as they come (no memory held for documents that are never compared).
Status parseChanged(QList<Document> &left, QList<Document> &right,
                    const SemanticDiff::Options &options)
{
    Status rightStatus;
    for (Document &d : right) {
        if (d.identical)
            continue;
        rightStatus = parseDocument(d, options.rightLabel);
        if (!rightStatus)
            break;
    }
    if (!rightStatus) {
        for (Document &d : right)
            d.tree.reset();
    }
    for (Document &d : left) {
        if (d.identical)
            continue;
        const Status parsed = rightStatus ? parseDocument(d, options.leftLabel)
                                          : checkDocument(d, options.leftLabel);
        if (!parsed)
            return parsed;
    }
    return rightStatus;
}

QString pathJoin(const QString &path, const QString &key)
{
    bool plain = !key.isEmpty();
    for (const QChar c : key)
        plain = plain
            && ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'_' || c == u'-');
    if (plain)
        return path.isEmpty() ? key : path + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return path + u"[\"" + quoted + u"\"]";
}

// The fields a list's items are matched by, as Kubernetes' strategic merge patch does; empty
// when the list is compared by position. The first field is required in every item.
QStringList mergeKeys(const QString &field, const Node &left, const Node &right)
{
    auto allMapsWith = [&](const QString &key) {
        for (const Node *list : {&left, &right}) {
            for (int k = 0; k < list->size(); ++k) {
                const Node item = list->item(k);
                if (!item.isMap() || (!key.isEmpty() && !item[key]))
                    return false;
            }
        }
        return true;
    };
    static const QHash<QString, QStringList> byField {
        {QStringLiteral("containers"), {QStringLiteral("name")}},
        {QStringLiteral("initContainers"), {QStringLiteral("name")}},
        {QStringLiteral("ephemeralContainers"), {QStringLiteral("name")}},
        {QStringLiteral("env"), {QStringLiteral("name")}},
        {QStringLiteral("volumes"), {QStringLiteral("name")}},
        {QStringLiteral("imagePullSecrets"), {QStringLiteral("name")}},
        {QStringLiteral("volumeMounts"), {QStringLiteral("mountPath")}},
        {QStringLiteral("volumeDevices"), {QStringLiteral("devicePath")}},
        {QStringLiteral("hostAliases"), {QStringLiteral("ip")}},
        {QStringLiteral("readinessGates"), {QStringLiteral("conditionType")}},
        {QStringLiteral("conditions"), {QStringLiteral("type")}},
        {QStringLiteral("topologySpreadConstraints"),
         {QStringLiteral("topologyKey"), QStringLiteral("whenUnsatisfiable")}},
    };
    if (field == u"ports") {
        if (allMapsWith(QStringLiteral("containerPort")))
            return {QStringLiteral("containerPort"), QStringLiteral("protocol")};
        if (allMapsWith(QStringLiteral("port")))
            return {QStringLiteral("port"), QStringLiteral("protocol")};
        return {};
    }
    if (field == u"tolerations")
        return allMapsWith(QString())
            ? QStringList {QStringLiteral("key"), QStringLiteral("effect")}
            : QStringList();
    const auto it = byField.constFind(field);
    const QStringList keys
        = it != byField.constEnd() ? it.value() : QStringList {QStringLiteral("name")};
    return allMapsWith(keys.first()) ? keys : QStringList();
}

// "name=web", "containerPort=8080", "containerPort=53,protocol=UDP" (TCP is the default).
QString itemKey(const Node &item, const QStringList &keys)
{
    QStringList parts;
    for (const QString &k : keys) {
        QString value = scalarOf(item[k]);
        if (k == u"protocol" && (value.isEmpty() || value == u"TCP"))
            continue;
        if (value.isEmpty() && k != keys.first())
            continue;
        parts << k + u'=' + value;
    }
    return parts.join(u',');
}

class FieldWalker
{
public:
    FieldWalker(int leftOffset, int rightOffset, QList<FieldChange> &out)
        : m_leftOffset(leftOffset)
        , m_rightOffset(rightOffset)
        , m_out(out)
    { }

    int leftLine(const Node &node) const { return lineOf(node, m_leftOffset); }
    int rightLine(const Node &node) const { return lineOf(node, m_rightOffset); }

    void compare(const QString &path, const QString &field, const Node &l, const Node &r, int lline,
                 int rline)
    {
        if (l.isMap() && r.isMap()) {
            compareMaps(path, l, r, lline, rline);
        } else if (l.isSequence() && r.isSequence()) {
            compareSequences(path, field, l, r, lline, rline);
        } else if (l.isScalar() && r.isScalar()) {
            if (l.scalar() != r.scalar())
                changed(path, l, r, lline, rline);
        } else if (!(l.isNull() && r.isNull())) {
            changed(path, l, r, lline, rline);
        }
    }

private:
    static int lineOf(const Node &node, int offset)
    {
        return node.line() < 0 ? 0 : node.line() + offset + 1;
    }

    void changed(const QString &path, const Node &l, const Node &r, int lline, int rline)
    {
        m_out.append({path, FieldChange::Kind::Changed, valueText(l), valueText(r), lline, rline});
    }
    void removed(const QString &path, const Node &l, int lline, int rline)
    {
        m_out.append({path, FieldChange::Kind::Removed, valueText(l), QString(), lline, rline});
    }
    void added(const QString &path, const Node &r, int lline, int rline)
    {
        m_out.append({path, FieldChange::Kind::Added, QString(), valueText(r), lline, rline});
    }

    void compareMaps(const QString &path, const Node &l, const Node &r, int lline, int rline)
    {
        QHash<QString, std::pair<Node, Node>> rightFields; // key → (key node, value)
        QStringList rightOrder;
        for (int k = 0; k < r.size(); ++k) {
            const QString key = valueText(r.key(k));
            rightFields.insert(key, {r.key(k), r.value(k)});
            rightOrder << key;
        }
        QSet<QString> seen;
        for (int k = 0; k < l.size(); ++k) {
            const Node keyNode = l.key(k);
            const QString key = valueText(keyNode);
            seen.insert(key);
            const QString child = pathJoin(path, key);
            const auto it = rightFields.constFind(key);
            if (it == rightFields.constEnd())
                removed(child, l.value(k), leftLine(keyNode), rline);
            else
                compare(child, key, l.value(k), it->second, leftLine(keyNode),
                        rightLine(it->first));
        }
        for (const QString &key : rightOrder) {
            if (seen.contains(key))
                continue;
            const auto &[keyNode, value] = rightFields[key];
            added(pathJoin(path, key), value, lline, rightLine(keyNode));
        }
    }

    void compareSequences(const QString &path, const QString &field, const Node &l, const Node &r,
                          int lline, int rline)
    {
        const QStringList keys = mergeKeys(field, l, r);
        if (!keys.isEmpty() && compareKeyed(path, keys, l, r, lline, rline))
            return;
        bool scalars = true;
        for (const Node *list : {&l, &r}) {
            for (int k = 0; k < list->size(); ++k)
                scalars = scalars && list->item(k).isScalar();
        }
        if (scalars) {
            compareScalarLists(path, l, r, lline, rline);
            return;
        }
        const int common = std::min(l.size(), r.size());
        for (int i = 0; i < common; ++i)
            compare(path + u'[' + QString::number(i) + u']', field, l.item(i), r.item(i),
                    leftLine(l.item(i)), rightLine(r.item(i)));
        for (int i = common; i < l.size(); ++i)
            removed(path + u'[' + QString::number(i) + u']', l.item(i), leftLine(l.item(i)), rline);
        for (int i = common; i < r.size(); ++i)
            added(path + u'[' + QString::number(i) + u']', r.item(i), lline, rightLine(r.item(i)));
    }

    // Matches items by their merge key; false (nothing reported) when keys repeat on a side.
    bool compareKeyed(const QString &path, const QStringList &keys, const Node &l, const Node &r,
                      int lline, int rline)
    {
        QHash<QString, Node> rightItems;
        QStringList rightOrder;
        for (int k = 0; k < r.size(); ++k) {
            const QString key = itemKey(r.item(k), keys);
            if (rightItems.contains(key))
                return false;
            rightItems.insert(key, r.item(k));
            rightOrder << key;
        }
        QSet<QString> leftKeys;
        for (int k = 0; k < l.size(); ++k) {
            const QString key = itemKey(l.item(k), keys);
            if (leftKeys.contains(key))
                return false;
            leftKeys.insert(key);
        }
        for (int k = 0; k < l.size(); ++k) {
            const Node item = l.item(k);
            const QString key = itemKey(item, keys);
            const QString child = path + u'[' + key + u']';
            const auto it = rightItems.constFind(key);
            if (it == rightItems.constEnd())
                removed(child, item, leftLine(item), rline);
            else
                compare(child, QString(), item, it.value(), leftLine(item), rightLine(it.value()));
        }
        for (const QString &key : rightOrder) {
            if (!leftKeys.contains(key))
                added(path + u'[' + key + u']', rightItems[key], lline, rightLine(rightItems[key]));
        }
        return true;
    }

    // Lists of scalars (args, command, finalizers...): a minimal diff of the items, so that one
    // inserted argument is one change, not a shift of every argument after it.
    void compareScalarLists(const QString &path, const Node &l, const Node &r, int lline, int rline)
    {
        QHash<QString, int> ids;
        std::vector<int> a;
        std::vector<int> b;
        auto idOf = [&ids](const QString &s) {
            auto it = ids.find(s);
            if (it == ids.end())
                it = ids.insert(s, int(ids.size()));
            return it.value();
        };
        for (int k = 0; k < l.size(); ++k)
            a.push_back(idOf(valueText(l.item(k))));
        for (int k = 0; k < r.size(); ++k)
            b.push_back(idOf(valueText(r.item(k))));
        for (const LineDiff::Edit &e : LineDiff::compute(a, b)) {
            const int paired = std::min(e.leftLength, e.rightLength);
            for (int k = 0; k < paired; ++k) {
                const Node li = l.item(e.leftStart + k);
                const Node ri = r.item(e.rightStart + k);
                changed(path + u'[' + QString::number(e.rightStart + k) + u']', li, ri,
                        leftLine(li), rightLine(ri));
            }
            for (int k = paired; k < e.leftLength; ++k) {
                const Node li = l.item(e.leftStart + k);
                removed(path + u'[' + QString::number(e.leftStart + k) + u']', li, leftLine(li),
                        rline);
            }
            for (int k = paired; k < e.rightLength; ++k) {
                const Node ri = r.item(e.rightStart + k);
                added(path + u'[' + QString::number(e.rightStart + k) + u']', ri, lline,
                      rightLine(ri));
            }
        }
    }

    int m_leftOffset;
    int m_rightOffset;
    QList<FieldChange> &m_out;
};

QString identityKey(const Document &doc, const SemanticDiff::Options &options, bool normalized)
{
    const QChar sep(0x1f);
    const QString ns = normalized && options.ignoreNamespace ? QString() : doc.namespaceName;
    const QString name = normalized ? SemanticDiff::normalizedName(doc.name, options) : doc.name;
    return doc.group() + sep + doc.kind + sep + ns + sep + name;
}

void matchDocuments(QList<Document> &left, QList<Document> &right,
                    const SemanticDiff::Options &options)
{
    for (const bool normalized : {false, true}) {
        QHash<QString, QList<int>> candidates;
        for (int j = 0; j < right.size(); ++j) {
            if (right[j].match < 0 && !right[j].empty && right[j].isResource())
                candidates[identityKey(right[j], options, normalized)].append(j);
        }
        for (int i = 0; i < left.size(); ++i) {
            if (left[i].match >= 0 || left[i].empty || !left[i].isResource())
                continue;
            auto it = candidates.find(identityKey(left[i], options, normalized));
            if (it == candidates.end() || it->isEmpty())
                continue;
            const int j = it->takeFirst();
            left[i].match = j;
            right[j].match = i;
        }
    }
    // Documents that are not resources (no apiVersion, kind or name): by position.
    int j = 0;
    for (int i = 0; i < left.size(); ++i) {
        if (left[i].match >= 0 || left[i].empty || left[i].isResource())
            continue;
        while (j < right.size() && (right[j].match >= 0 || right[j].empty || right[j].isResource()))
            ++j;
        if (j == right.size())
            break;
        left[i].match = j;
        right[j].match = i;
        ++j;
    }
}

DocumentChange describe(const Document *l, const Document *r)
{
    const Document &main = r ? *r : *l;
    DocumentChange change;
    change.apiVersion = main.apiVersion;
    change.kind = main.kind;
    change.namespaceName = main.namespaceName;
    change.name = main.name;
    if (l) {
        change.leftName = l->name;
        change.leftNamespace = l->namespaceName;
        change.leftFirstLine = l->firstLine;
        change.leftLastLine = l->lastLine;
    }
    if (r) {
        change.rightName = r->name;
        change.rightNamespace = r->namespaceName;
        change.rightFirstLine = r->firstLine;
        change.rightLastLine = r->lastLine;
    }
    return change;
}

} // namespace

QString SemanticDiff::normalizedName(const QString &name, const Options &options)
{
    QString n = name;
    // kustomize appends the hash after nameSuffix, and nameSuffix after the name.
    if (options.ignoreHashSuffix && hasHashSuffix(n))
        n.chop(11);
    for (const QString &suffix : options.nameSuffixes) {
        if (!suffix.isEmpty() && n.endsWith(suffix) && n.size() > suffix.size()) {
            n.chop(suffix.size());
            break;
        }
    }
    for (const QString &prefix : options.namePrefixes) {
        if (!prefix.isEmpty() && n.startsWith(prefix) && n.size() > prefix.size()) {
            n.remove(0, prefix.size());
            break;
        }
    }
    return n;
}

bool SemanticDiff::hasHashSuffix(const QString &name)
{
    // kustomize's hasher: the first 10 hex digits of a SHA-256 with 0,1,3,a,e → g,h,k,m,t.
    constexpr int length = 10;
    if (name.size() <= length + 1 || name[name.size() - length - 1] != u'-')
        return false;
    for (qsizetype i = name.size() - length; i < name.size(); ++i) {
        if (!QStringView(u"2456789bcdfghkmt").contains(name[i]))
            return false;
    }
    return true;
}

bool SemanticDiff::looksLikeKubernetes(const QString &yaml)
{
    // The first document that has both decides: no need to read the rest of a large file.
    bool found = false;
    Document::forEach(yaml, nullptr, [&found](Document &&d) {
        d.scanIdentity();
        found = !d.apiVersion.isEmpty() && !d.kind.isEmpty();
        return !found;
    });
    return found;
}

bool SemanticDiff::looksLikeKubernetes(const Utf8Lines &yaml)
{
    bool found = false;
    Document::forEach(yaml, [&found](Document &&d) {
        d.scanIdentity();
        found = !d.apiVersion.isEmpty() && !d.kind.isEmpty();
        return !found;
    });
    return found;
}

namespace {

Result<SemanticDiffResult> compareDocuments(QList<Document> left, QList<Document> right,
                                            const SemanticDiff::Options &options)
{
    // Documents with the same text on both sides are the same resource, unchanged: pair them
    // without parsing (most of a rendered environment is unchanged, and yaml-cpp is slow).
    // Text → the first unpaired right document with it; further ones with the same text chain
    // on in `sameText` (no list per text).
    QHash<QByteArrayView, int> rightByText;
    rightByText.reserve(right.size());
    std::vector<int> sameText(size_t(right.size()), -1);
    for (int j = int(right.size()) - 1; j >= 0; --j) {
        int &head = rightByText[right[j].textKey()];
        if (head != 0)
            sameText[size_t(j)] = head - 1;
        head = j + 1; // 0: none (a new entry's value)
    }
    for (int i = 0; i < left.size(); ++i) {
        auto it = rightByText.find(left[i].textKey());
        if (it == rightByText.end() || it.value() == 0)
            continue;
        const int j = it.value() - 1;
        it.value() = sameText[size_t(j)] + 1;
        left[i].match = j;
        right[j].match = i;
        left[i].identical = right[j].identical = true;
    }
    if (const Status parsed = parseChanged(left, right, options); !parsed)
        return parsed.error();
    // Identical documents: the same text, the same identity, read once from the text (a parsed
    // document takes its identity from the parse). After the parse, which may fail.
    for (Document &l : left) {
        if (!l.identical)
            continue;
        l.scanIdentity();
        Document &r = right[l.match];
        r.apiVersion = l.apiVersion;
        r.kind = l.kind;
        r.namespaceName = l.namespaceName;
        r.name = l.name;
    }
    matchDocuments(left, right, options);

    SemanticDiffResult result;
    for (const Document &l : left) {
        if (l.empty)
            continue;
        if (l.match < 0) {
            DocumentChange change = describe(&l, nullptr);
            change.status = DocumentChange::Status::Removed;
            change.text = l.documentText();
            result.documents.append(change);
            continue;
        }
        const Document &r = right.at(l.match);
        DocumentChange change = describe(&l, &r);
        if (!l.identical) {
            FieldWalker walker(l.lineOffset, r.lineOffset, change.changes);
            const Node lroot = l.tree->root();
            const Node rroot = r.tree->root();
            walker.compare(QString(), QString(), lroot, rroot, walker.leftLine(lroot),
                           walker.rightLine(rroot));
        }
        change.status = change.changes.isEmpty() ? DocumentChange::Status::Unchanged
                                                 : DocumentChange::Status::Modified;
        result.documents.append(change);
    }
    for (const Document &r : right) {
        if (r.match >= 0 || r.empty)
            continue;
        DocumentChange change = describe(nullptr, &r);
        change.status = DocumentChange::Status::Added;
        change.text = r.documentText();
        result.documents.append(change);
    }
    return result;
}

} // namespace

Result<SemanticDiffResult> SemanticDiff::compare(const QString &leftYaml, const QString &rightYaml,
                                                 const Options &options)
{
    return compareDocuments(Document::split(leftYaml, nullptr), Document::split(rightYaml, nullptr),
                            options);
}

Result<SemanticDiffResult> SemanticDiff::compare(const TextLines &left, const TextLines &right,
                                                 const Options &options)
{
    return compareDocuments(Document::split(left.text(), &left),
                            Document::split(right.text(), &right), options);
}

Result<SemanticDiffResult> SemanticDiff::compare(const Utf8Lines &left, const Utf8Lines &right,
                                                 const Options &options)
{
    return compareDocuments(Document::split(left), Document::split(right), options);
}

} // namespace Promenade::Diff
