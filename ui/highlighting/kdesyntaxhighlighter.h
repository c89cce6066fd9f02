#pragma once

#include "syntaxhighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

// Highlighting with KDE's KSyntaxHighlighting (only in builds that found a Qt 6 build of it):
// the definition for the file's name (YAML, JSON, Bash, Dockerfile, Markdown …), the theme
// that matches the app's light or dark palette, and the State carried from line to line.
// Lives on the thread that made it (KSyntaxHighlighting's Repository is not thread-safe).
class KdeSyntaxHighlighter : public SyntaxHighlighter,
                             private KSyntaxHighlighting::AbstractHighlighter
{
public:
    // nullptr when KSyntaxHighlighting has no definition for the file.
    static std::unique_ptr<KdeSyntaxHighlighter> forFile(const QString &fileName, bool dark);
    // The theme for the app's look: the one whose background is closest to the diff's.
    static KSyntaxHighlighting::Theme themeFor(bool dark);

    [[nodiscard]] QList<Span> highlightNext(QStringView line) override;
    void reset() override { m_state = {}; }
    [[nodiscard]] QString name() const override;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    KdeSyntaxHighlighter(const KSyntaxHighlighting::Definition &definition, bool dark);

    KSyntaxHighlighting::State m_state;
    QList<Span> m_spans; // the line being highlighted
};
