#include "diffjson.h"

#include <QJsonArray>

namespace Promenade::Diff {

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue lineOrNull(int line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue(QJsonValue::Null);
}

QString changeName(FieldChange::Kind kind)
{
    switch (kind) {
    case FieldChange::Kind::Changed:
        return QStringLiteral("changed");
    case FieldChange::Kind::Added:
        return QStringLiteral("added");
    case FieldChange::Kind::Removed:
        return QStringLiteral("removed");
    }
    return QString();
}

QJsonValue side(const Row::Side &s)
{
    if (!s.present())
        return QJsonValue(QJsonValue::Null);
    QJsonArray changes;
    for (const Row::Range &r : s.changes)
        changes.append(
            QJsonObject {{QStringLiteral("start"), r.start}, {QStringLiteral("length"), r.length}});
    return QJsonObject {{QStringLiteral("line"), s.line},
                        {QStringLiteral("text"), s.text},
                        {QStringLiteral("changes"), changes}};
}

QJsonValue documentSide(const QString &name, const QString &ns, int first, int last)
{
    if (first <= 0)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("name"), name},
                        {QStringLiteral("namespace"), ns},
                        {QStringLiteral("firstLine"), first},
                        {QStringLiteral("lastLine"), last}};
}

QJsonObject document(const DocumentChange &d)
{
    QJsonArray changes;
    for (const FieldChange &c : d.changes) {
        changes.append(QJsonObject {
            {QStringLiteral("path"), c.path},
            {QStringLiteral("change"), changeName(c.kind)},
            {QStringLiteral("old"),
             c.kind == FieldChange::Kind::Added ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(c.oldValue)},
            {QStringLiteral("new"),
             c.kind == FieldChange::Kind::Removed ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(c.newValue)},
            {QStringLiteral("leftLine"), lineOrNull(c.oldLine)},
            {QStringLiteral("rightLine"), lineOrNull(c.newLine)},
        });
    }
    QJsonObject o {
        {QStringLiteral("status"), DocumentChange::statusName(d.status)},
        {QStringLiteral("apiVersion"), d.apiVersion},
        {QStringLiteral("kind"), d.kind},
        {QStringLiteral("namespace"), d.namespaceName},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("left"),
         documentSide(d.leftName, d.leftNamespace, d.leftFirstLine, d.leftLastLine)},
        {QStringLiteral("right"),
         documentSide(d.rightName, d.rightNamespace, d.rightFirstLine, d.rightLastLine)},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("text"), stringOrNull(d.text.isEmpty() ? QString() : d.text)},
    };
    return o;
}

} // namespace

QJsonObject DiffJson::file(const FileComparison &comparison)
{
    const FileDiff &diff = comparison.text;
    QJsonArray hunks;
    for (const Hunk &h : diff.hunks) {
        QJsonArray rows;
        for (const Row &r : h.rows) {
            rows.append(QJsonObject {{QStringLiteral("kind"), kindName(r.kind)},
                                     {QStringLiteral("left"), side(r.left)},
                                     {QStringLiteral("right"), side(r.right)}});
        }
        hunks.append(QJsonObject {{QStringLiteral("header"), h.header()},
                                  {QStringLiteral("leftStart"), h.leftStart},
                                  {QStringLiteral("leftCount"), h.leftCount},
                                  {QStringLiteral("rightStart"), h.rightStart},
                                  {QStringLiteral("rightCount"), h.rightCount},
                                  {QStringLiteral("rows"), rows}});
    }
    QJsonObject o {
        {QStringLiteral("path"), diff.displayPath()},
        {QStringLiteral("leftPath"),
         stringOrNull(diff.leftPath.isEmpty() ? QString() : diff.leftPath)},
        {QStringLiteral("rightPath"),
         stringOrNull(diff.rightPath.isEmpty() ? QString() : diff.rightPath)},
        {QStringLiteral("status"), FileDiff::statusName(diff.status)},
        {QStringLiteral("binary"), diff.binary},
        {QStringLiteral("addedLines"), diff.addedLines},
        {QStringLiteral("removedLines"), diff.removedLines},
        {QStringLiteral("leftLineCount"), diff.leftLineCount},
        {QStringLiteral("rightLineCount"), diff.rightLineCount},
        {QStringLiteral("leftMissingFinalNewline"), diff.leftMissingFinalNewline},
        {QStringLiteral("rightMissingFinalNewline"), diff.rightMissingFinalNewline},
        {QStringLiteral("hunks"), hunks},
        {QStringLiteral("kubernetes"), comparison.kubernetes},
    };
    if (comparison.kubernetes) {
        QJsonArray documents;
        for (const DocumentChange &d : comparison.semantic.documents)
            documents.append(document(d));
        o.insert(QStringLiteral("semantic"),
                 QJsonObject {{QStringLiteral("documents"), documents}});
    } else {
        o.insert(QStringLiteral("semantic"), QJsonValue(QJsonValue::Null));
    }
    o.insert(
        QStringLiteral("semanticError"),
        stringOrNull(comparison.semanticError.isEmpty() ? QString() : comparison.semanticError));
    return o;
}

QJsonObject DiffJson::report(const QList<FileComparison> &files, const QString &left,
                             const QString &right)
{
    QJsonArray changed;
    int added = 0;
    int removed = 0;
    int modified = 0;
    int unchanged = 0;
    int addedLines = 0;
    int removedLines = 0;
    for (const FileComparison &f : files) {
        switch (f.text.status) {
        case FileDiff::Status::Unchanged:
            ++unchanged;
            continue;
        case FileDiff::Status::Added:
            ++added;
            break;
        case FileDiff::Status::Removed:
            ++removed;
            break;
        case FileDiff::Status::Modified:
            ++modified;
            break;
        }
        addedLines += f.text.addedLines;
        removedLines += f.text.removedLines;
        changed.append(file(f));
    }
    return QJsonObject {
        {QStringLiteral("schema"), QStringLiteral("promenade-diff")},
        {QStringLiteral("version"), schemaVersion},
        {QStringLiteral("left"), left},
        {QStringLiteral("right"), right},
        {QStringLiteral("identical"), changed.isEmpty()},
        {QStringLiteral("summary"),
         QJsonObject {{QStringLiteral("added"), added},
                      {QStringLiteral("removed"), removed},
                      {QStringLiteral("modified"), modified},
                      {QStringLiteral("unchanged"), unchanged},
                      {QStringLiteral("addedLines"), addedLines},
                      {QStringLiteral("removedLines"), removedLines}}},
        {QStringLiteral("files"), changed},
    };
}

QString DiffJson::kindName(Row::Kind kind)
{
    switch (kind) {
    case Row::Kind::Equal:
        return QStringLiteral("equal");
    case Row::Kind::Added:
        return QStringLiteral("added");
    case Row::Kind::Removed:
        return QStringLiteral("removed");
    case Row::Kind::Modified:
        return QStringLiteral("modified");
    }
    return QString();
}

} // namespace Promenade::Diff
