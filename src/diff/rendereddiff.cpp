#include "diff/rendereddiff.h"

namespace Promenade::Diff {

FileComparison RenderedDiff::compare(const QString &leftYaml, const QString &rightYaml, const QString &leftLabel,
                                     const QString &rightLabel, const ComparisonOptions &options)
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

} // namespace Promenade::Diff
