// libFuzzer entry point for what Argo CD answers: the first byte chooses the parser, the rest
// is the answer's body as a server (or one pretending to be Argo CD) would send it:
//   0 an application list (and what the status collector derives from it),
//   1 one application,
//   2 a resource tree, with the certificates read from it,
//   3 a watch stream: newline-delimited {"result": …} / {"error": …} frames,
//   4 the version answer.
// A crash, a sanitizer report or a hang is a finding; so is a certificate state or a sync /
// health name outside the enums.
#include "argocdtypes.h"
#include "certificatetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

using namespace Promenade::Clients;

namespace {

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

void use(const ArgoApplication &app)
{
    // What StatusCollector reads of each application.
    (void)app.syncedRevision();
    if (toString(app.health).isEmpty() || toString(app.syncStatus).isEmpty())
        std::abort();
    for (const ArgoSource &s : app.sources)
        (void)s.isEmpty();
    if (app.operationState)
        (void)app.operationState->finishedAt.isValid();
}

void useTree(const ArgoResourceTree &tree)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const CertificateStatus &c : certificatesFromResourceTree(tree, QStringLiteral("fuzz"))) {
        const QString state = toString(c.state(now));
        if (state.isEmpty())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 256 * 1024)
        return 0;
    const int which = data[0] % 5;
    const QByteArray body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (which) {
    case 0: {
        const ArgoApplicationList list = parseArgoApplicationList(objectOf(body));
        for (const ArgoApplication &app : list.items)
            use(app);
        break;
    }
    case 1:
        use(parseArgoApplication(objectOf(body)));
        break;
    case 2:
        useTree(parseArgoResourceTree(objectOf(body)));
        break;
    case 3:
        for (const QByteArray &line : body.split('\n')) {
            const QJsonObject frame = objectOf(line);
            if (!frame.contains(QStringLiteral("result")))
                continue;
            if (const auto event
                = parseArgoWatchResult(frame.value(QStringLiteral("result")).toObject()))
                use(event->application);
        }
        break;
    case 4:
        (void)parseArgoVersion(objectOf(body));
        break;
    }
    return 0;
}
