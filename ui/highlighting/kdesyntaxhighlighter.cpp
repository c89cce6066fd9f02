#include "kdesyntaxhighlighter.h"

#include "palette.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <QFileInfo>

namespace {

// One repository for the process (it loads every definition once). The diff view highlights
// on the GUI thread only.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
        + std::abs(a.blue() - b.blue());
}

// File names KSyntaxHighlighting does not recognise by themselves (a kustomization without an
// extension), mapped to their definition. Helm templates are .yaml files: YAML.
QString definitionNameFor(const QString &fileName)
{
    const QString base = QFileInfo(fileName).fileName().toLower();
    if (base == u"kustomization" || base == u"kustomization.yaml" || base == u"kustomization.yml")
        return QStringLiteral("YAML");
    return {};
}

} // namespace

KSyntaxHighlighting::Theme KdeSyntaxHighlighter::themeFor(bool dark)
{
    using Promenade::Ui::Palette;
    // The theme of the right darkness whose background is closest to the diff's card colour,
    // so that the highlighted text is made for the background it is drawn on.
    const QColor background
        = Palette::scheme(dark ? Palette::Look::Dark : Palette::Look::Light).card;
    KSyntaxHighlighting::Theme best
        = repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                         : KSyntaxHighlighting::Repository::LightTheme);
    int bestDistance
        = distance(QColor::fromRgba(best.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)),
                   background);
    const auto themes = repository().themes();
    for (const KSyntaxHighlighting::Theme &theme : themes) {
        const QColor themeBackground
            = QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        if ((themeBackground.lightness() < 128) != dark)
            continue;
        const int d = distance(themeBackground, background);
        if (d < bestDistance) {
            best = theme;
            bestDistance = d;
        }
    }
    return best;
}

std::unique_ptr<KdeSyntaxHighlighter> KdeSyntaxHighlighter::forFile(const QString &fileName,
                                                                    bool dark)
{
    const QString mapped = definitionNameFor(fileName);
    const KSyntaxHighlighting::Definition definition = mapped.isEmpty()
        ? repository().definitionForFileName(fileName)
        : repository().definitionForName(mapped);
    if (!definition.isValid())
        return nullptr;
    return std::unique_ptr<KdeSyntaxHighlighter>(new KdeSyntaxHighlighter(definition, dark));
}

KdeSyntaxHighlighter::KdeSyntaxHighlighter(const KSyntaxHighlighting::Definition &definition,
                                           bool dark)
{
    setDefinition(definition);
    setTheme(themeFor(dark));
}

QString KdeSyntaxHighlighter::name() const
{
    return QStringLiteral("KSyntaxHighlighting: ") + definition().name();
}

QList<SyntaxHighlighter::Span> KdeSyntaxHighlighter::highlightNext(QStringView line)
{
    m_spans.clear();
    m_state = highlightLine(line, m_state);
    return m_spans;
}

void KdeSyntaxHighlighter::applyFormat(int offset, int length,
                                       const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid())
        return;
    const KSyntaxHighlighting::Theme t = theme();
    Span span;
    span.start = offset;
    span.length = length;
    span.format = format.name();
    if (!format.isDefaultTextStyle(t) || format.hasTextColor(t)) {
        if (format.hasTextColor(t))
            span.color = format.textColor(t);
        span.bold = format.isBold(t);
        span.italic = format.isItalic(t);
    }
    // Neighbours with the same look are one span (less markup per line).
    if (!m_spans.isEmpty()) {
        Span &last = m_spans.last();
        if (last.start + last.length == offset && last.color == span.color && last.bold == span.bold
            && last.italic == span.italic && last.format == span.format) {
            last.length += length;
            return;
        }
    }
    m_spans.append(span);
}
