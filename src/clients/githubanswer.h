#pragma once

#include "githubclient.h"
#include "httptransport.h"
#include "result.h"

#include <QJsonDocument>

namespace Promenade::Clients {

// What GitHub answered, as JSON: the transport's error, GitHub's error for a status other than
// success (errorFor), or the parsed document. One rule for every GitHub call.
[[nodiscard]] Result<QJsonDocument> gitHubJson(const GitHubClient &client,
                                               const Result<HttpResponse> &response);

} // namespace Promenade::Clients
