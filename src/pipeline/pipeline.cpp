#include "pipeline/pipeline.h"

namespace Promenade {

QString DeclaredImage::version() const
{
    if (digest.isEmpty())
        return tag;
    return tag + u'@' + digest;
}

const DeclaredImage *Environment::imageFor(const QString &app) const
{
    for (const DeclaredImage &image : images) {
        if (image.app == app)
            return &image;
    }
    return nullptr;
}

const Environment *Pipeline::environment(const QString &name) const
{
    for (const Environment &env : environments) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}

const App *Pipeline::app(const QString &name) const
{
    for (const App &a : apps) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace Promenade
