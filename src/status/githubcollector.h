#pragma once

namespace Promenade {

struct StatusCollection;

// The GitHub part of a collection (see StatusCollector): the open pull requests of promotions
// and rollbacks (head branches promote/… and rollback/…) of the pipeline's GitHub repository,
// and each one's checks.
class GitHubCollector
{
public:
    explicit GitHubCollector(StatusCollection &collection);

    void start();

private:
    StatusCollection &c;
};

} // namespace Promenade
