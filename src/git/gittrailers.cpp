#include "gittrailers.h"

#include "gitlibrary.h"

#include <git2.h>

namespace Promenade::Git {

QList<Trailer> Trailers::parse(const QString &message)
{
    ensureInitialised();
    QList<Trailer> out;
    git_message_trailer_array arr {};
    const QByteArray bytes = message.toUtf8();
    if (git_message_trailers(&arr, bytes.constData()) != 0) {
        git_message_trailer_array_free(&arr);
        return out;
    }
    out.reserve(static_cast<qsizetype>(arr.count));
    for (size_t i = 0; i < arr.count; ++i)
        out.append({QString::fromUtf8(arr.trailers[i].key),
                    QString::fromUtf8(arr.trailers[i].value).trimmed()});
    git_message_trailer_array_free(&arr);
    return out;
}

QString Trailers::value(const QList<Trailer> &trailers, const QString &key)
{
    for (const Trailer &t : trailers) {
        if (t.key.compare(key, Qt::CaseInsensitive) == 0)
            return t.value;
    }
    return {};
}

QString Trailers::format(const QString &message, const QList<Trailer> &trailers)
{
    QString text = message;
    while (text.endsWith(u'\n') || text.endsWith(u' '))
        text.chop(1);
    if (trailers.isEmpty())
        return text + u'\n';
    // A message that already ends in a trailer block gets the new trailers in the same block.
    const bool hasBlock = !parse(text + u'\n').isEmpty() && text.contains(QStringLiteral("\n\n"));
    text += hasBlock ? QStringLiteral("\n") : QStringLiteral("\n\n");
    const auto oneLine = [](QString s) -> QString {
        s.replace(u'\r', u' ').replace(u'\n', u' ');
        return s.trimmed();
    };
    for (const Trailer &t : trailers)
        text += oneLine(t.key).remove(u':') + u": " + oneLine(t.value) + u'\n';
    return text;
}

} // namespace Promenade::Git
