#include "rendereddiff.h"

#include <QCoreApplication>

namespace Promenade::Diff {

namespace {

// Sentences shown in the window are translated there; the command line installs no
// translator, so its output stays English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Diff)
};

} // namespace

FileComparison RenderedDiff::compare(const QString &leftYaml, const QString &rightYaml,
                                     const QString &leftLabel, const QString &rightLabel,
                                     const ComparisonOptions &options)
{
    FileComparison result;
    result.text = TextDiff::compare(leftYaml, rightYaml, options.text);
    result.text.leftPath = leftLabel;
    result.text.rightPath = rightLabel;
    if (!options.semantic)
        return result;
    SemanticDiff::Options semanticOptions = options.semanticOptions;
    semanticOptions.leftLabel = leftLabel;
    semanticOptions.rightLabel = rightLabel;
    auto semantic = SemanticDiff::compare(leftYaml, rightYaml, semanticOptions);
    if (!semantic) {
        result.semanticError = semantic.error().toString();
        return result;
    }
    result.kubernetes = true;
    result.semantic = std::move(*semantic);
    return result;
}

Result<QList<FileComparison>> RenderedDiff::compareAll(const QMap<QString, QString> &left,
                                                       const QMap<QString, QString> &right,
                                                       const ComparisonOptions &options)
{
    QStringList keys = left.keys() + right.keys();
    keys.sort();
    keys.removeDuplicates();
    QList<FileComparison> out;
    for (const QString &key : keys) {
        if (options.isCancelled && options.isCancelled())
            return Error(Error::Kind::Cancelled, Tr::tr("comparison cancelled"));
        const bool onLeft = left.contains(key);
        const bool onRight = right.contains(key);
        const QString leftText = left.value(key);
        const QString rightText = right.value(key);
        if (onLeft && onRight && leftText == rightText) {
            FileComparison same;
            same.text.leftPath = same.text.rightPath = key;
            out.append(same);
            continue;
        }
        FileComparison c = compare(leftText, rightText, key, key, options);
        if (!onLeft) {
            c.text.status = FileDiff::Status::Added;
            c.text.leftPath.clear();
        } else if (!onRight) {
            c.text.status = FileDiff::Status::Removed;
            c.text.rightPath.clear();
        }
        out.append(std::move(c));
    }
    return out;
}

} // namespace Promenade::Diff
