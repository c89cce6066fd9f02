#include "promotionchanges.h"

#include "releasechangesfinder.h"
#include "repositorydiscovery.h"

#include <QEventLoop>

namespace Promenade::Cli {

ReleaseChanges findPromotionChanges(const QString &repository, const PromotionPlan &plan,
                                    std::chrono::seconds timeout)
{
    if (plan.currentTag.isEmpty() || plan.newTag.isEmpty())
        return {};
    auto pipeline = RepositoryDiscovery::discover(repository);
    if (!pipeline)
        return {};
    ReleaseChangesFinder::Request request;
    request.app = plan.app;
    request.from = {plan.image, plan.currentTag, {}};
    request.to = {plan.image, plan.newTag, plan.newDigest};
    ReleaseChangesFinder::Setup setup = ReleaseChangesFinder::Setup::from(*pipeline);
    setup.timeout = timeout;

    ReleaseChangesFinder finder;
    QEventLoop loop;
    ReleaseChanges changes;
    bool finished = false; // the finder may answer at once (a cache, a local clone)
    finder.find(request, setup, &loop, [&](ReleaseChanges result) {
        changes = std::move(result);
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return changes;
}

} // namespace Promenade::Cli
