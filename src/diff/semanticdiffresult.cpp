#include "semanticdiffresult.h"

#include "textdiff.h"
#include "unifieddiff.h"

namespace Promenade::Diff {

namespace {

// One value on one line: a multi-line scalar (a file in a ConfigMap) is summarised.
QString oneLine(const QString &value)
{
    if (!value.contains(u'\n'))
        return value;
    const qsizetype lines = value.count(u'\n') + (value.endsWith(u'\n') ? 0 : 1);
    return QStringLiteral("(%1 lines of text)").arg(lines);
}

QString indented(const QString &text)
{
    QString out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == lines.size() - 1 && lines[i].isEmpty())
            break;
        out += QStringLiteral("    ") + lines[i] + u'\n';
    }
    return out;
}

} // namespace

bool SemanticDiffResult::hasChanges() const
{
    for (const DocumentChange &d : documents) {
        if (d.status != DocumentChange::Status::Unchanged)
            return true;
    }
    return false;
}

int SemanticDiffResult::count(DocumentChange::Status status) const
{
    int n = 0;
    for (const DocumentChange &d : documents)
        n += d.status == status ? 1 : 0;
    return n;
}

QString SemanticDiffResult::toText(bool documentText) const
{
    QString out;
    for (const DocumentChange &d : documents) {
        switch (d.status) {
        case DocumentChange::Status::Unchanged:
            continue;
        case DocumentChange::Status::Added:
            out += u"+ " + d.identity() + u'\n' + (documentText ? indented(d.text) : QString());
            continue;
        case DocumentChange::Status::Removed:
            out += u"- " + d.identity() + u'\n' + (documentText ? indented(d.text) : QString());
            continue;
        case DocumentChange::Status::Modified:
            break;
        }
        QString header = u"~ " + d.apiVersion + u' ' + d.kind + u' ';
        if (!d.leftNamespace.isEmpty() || !d.rightNamespace.isEmpty()) {
            header += d.leftNamespace == d.rightNamespace
                ? d.rightNamespace
                : d.leftNamespace + QStringLiteral(" → ") + d.rightNamespace;
            header += u'/';
        }
        header += d.leftName == d.rightName ? d.rightName
                                            : d.leftName + QStringLiteral(" → ") + d.rightName;
        out += header + u'\n';
        for (const FieldChange &c : d.changes) {
            out += QStringLiteral("    ") + c.path + QStringLiteral(": ");
            switch (c.kind) {
            case FieldChange::Kind::Changed:
                out += oneLine(c.oldValue) + QStringLiteral(" → ") + oneLine(c.newValue);
                if (c.oldValue.contains(u'\n') || c.newValue.contains(u'\n')) {
                    // A text block (a file in a ConfigMap): show the lines that changed.
                    const FileDiff lines = TextDiff::compare(c.oldValue, c.newValue,
                                                             {1, IntraLineDiff::Granularity::None});
                    out += u'\n';
                    QString hunks = UnifiedDiff::hunks(lines);
                    if (hunks.endsWith(u'\n'))
                        hunks.chop(1);
                    for (const QString &line : hunks.split(u'\n'))
                        out += QStringLiteral("        ") + line + u'\n';
                    continue;
                }
                break;
            case FieldChange::Kind::Added:
                out += u"+ " + oneLine(c.newValue);
                break;
            case FieldChange::Kind::Removed:
                out += u"- " + oneLine(c.oldValue);
                break;
            }
            out += u'\n';
        }
    }
    return out;
}

} // namespace Promenade::Diff
