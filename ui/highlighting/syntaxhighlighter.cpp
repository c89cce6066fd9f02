#include "syntaxhighlighter.h"

#ifdef PROMENADE_HAVE_KSYNTAXHIGHLIGHTING
#include "kdesyntaxhighlighter.h"
#endif

std::unique_ptr<SyntaxHighlighter> SyntaxHighlighter::forFile(const QString &fileName, bool dark)
{
#ifdef PROMENADE_HAVE_KSYNTAXHIGHLIGHTING
    if (auto highlighter = KdeSyntaxHighlighter::forFile(fileName, dark))
        return highlighter;
#endif
    return builtInForFile(fileName, dark);
}

bool SyntaxHighlighter::hasKSyntaxHighlighting()
{
#ifdef PROMENADE_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}
