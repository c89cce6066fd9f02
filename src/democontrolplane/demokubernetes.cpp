#include "demokubernetes.h"

#include "demohttp.h"
#include "demoworld.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Promenade::Demo {

using namespace Http;

namespace {

QJsonObject kubeStatus(int code, const QString &reason, const QString &message,
                       const QJsonObject &details = {})
{
    return {{QStringLiteral("kind"), QStringLiteral("Status")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"), QJsonObject()},
            {QStringLiteral("status"), QStringLiteral("Failure")},
            {QStringLiteral("message"), message},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("details"), details},
            {QStringLiteral("code"), code}};
}

QJsonObject certificateJson(const DemoWorld::Certificate &c)
{
    QJsonArray conditions {QJsonObject {
        {QStringLiteral("lastTransitionTime"), iso(c.notBefore.addSecs(40))},
        {QStringLiteral("message"),
         c.ready ? QStringLiteral("Certificate is up to date and has not expired")
                 : QStringLiteral("Issuing certificate as Secret does not exist")},
        {QStringLiteral("observedGeneration"), 1},
        {QStringLiteral("reason"),
         c.ready ? QStringLiteral("Ready") : QStringLiteral("DoesNotExist")},
        {QStringLiteral("status"), c.ready ? QStringLiteral("True") : QStringLiteral("False")},
        {QStringLiteral("type"), QStringLiteral("Ready")}}};
    QJsonObject status {{QStringLiteral("conditions"), conditions},
                        {QStringLiteral("notAfter"), iso(c.notAfter)},
                        {QStringLiteral("notBefore"), iso(c.notBefore)},
                        {QStringLiteral("renewalTime"), iso(c.renewalTime)},
                        {QStringLiteral("revision"), 3}};
    if (!c.issuingFailure.isEmpty()) {
        conditions.append(
            QJsonObject {{QStringLiteral("lastTransitionTime"), iso(c.renewalTime.addSecs(3600))},
                         {QStringLiteral("message"), c.issuingFailure},
                         {QStringLiteral("observedGeneration"), 1},
                         {QStringLiteral("reason"), QStringLiteral("Failed")},
                         {QStringLiteral("status"), QStringLiteral("False")},
                         {QStringLiteral("type"), QStringLiteral("Issuing")}});
        status.insert(QStringLiteral("conditions"), conditions);
        status.insert(QStringLiteral("lastFailureTime"), iso(c.renewalTime.addSecs(3600)));
        status.insert(QStringLiteral("failedIssuanceAttempts"), 5);
    }
    return {
        {QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("Certificate")},
        {QStringLiteral("metadata"),
         QJsonObject {{QStringLiteral("creationTimestamp"), QStringLiteral("2026-09-26T10:03:05Z")},
                      {QStringLiteral("generation"), 1},
                      {QStringLiteral("name"), c.name},
                      {QStringLiteral("namespace"), c.nameSpace},
                      {QStringLiteral("resourceVersion"), QStringLiteral("48100420")},
                      {QStringLiteral("uid"), uidFor(c.cluster + c.nameSpace + c.name)},
                      {QStringLiteral("ownerReferences"),
                       QJsonArray {QJsonObject {
                           {QStringLiteral("apiVersion"), QStringLiteral("networking.k8s.io/v1")},
                           {QStringLiteral("kind"), QStringLiteral("Ingress")},
                           {QStringLiteral("name"), c.nameSpace},
                           {QStringLiteral("controller"), true}}}}}},
        {QStringLiteral("spec"),
         QJsonObject {{QStringLiteral("dnsNames"), QJsonArray::fromStringList(c.dnsNames)},
                      {QStringLiteral("issuerRef"),
                       QJsonObject {{QStringLiteral("group"), QStringLiteral("cert-manager.io")},
                                    {QStringLiteral("kind"), QStringLiteral("ClusterIssuer")},
                                    {QStringLiteral("name"), c.issuer}}},
                      {QStringLiteral("secretName"), c.name},
                      {QStringLiteral("usages"),
                       QJsonArray {QStringLiteral("digital signature"),
                                   QStringLiteral("key encipherment")}}}},
        {QStringLiteral("status"), status}};
}

QJsonObject issuerJson(const DemoWorld::Issuer &i)
{
    QJsonObject spec;
    QJsonObject status;
    QString reason, message;
    if (i.type == u"acme") {
        spec.insert(
            QStringLiteral("acme"),
            QJsonObject {{QStringLiteral("email"), QStringLiteral("paulo@paulojauregui.com")},
                         {QStringLiteral("privateKeySecretRef"),
                          QJsonObject {{QStringLiteral("name"),
                                        QString(i.name + QStringLiteral("-account-key"))}}},
                         {QStringLiteral("server"), i.server},
                         {QStringLiteral("solvers"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("http01"),
                               QJsonObject {{QStringLiteral("ingress"),
                                             QJsonObject {{QStringLiteral("ingressClassName"),
                                                           QStringLiteral("nginx")}}}}}}}}});
        status.insert(
            QStringLiteral("acme"),
            QJsonObject {
                {QStringLiteral("lastRegisteredEmail"), QStringLiteral("paulo@paulojauregui.com")},
                {QStringLiteral("uri"),
                 QString(i.server).replace(QStringLiteral("/directory"),
                                           QStringLiteral("/acme/acct/1849203311"))}});
        reason = QStringLiteral("ACMEAccountRegistered");
        message = QStringLiteral("The ACME account was registered with the ACME server");
    } else {
        spec.insert(QStringLiteral("selfSigned"), QJsonObject());
        reason = QStringLiteral("IsReady");
    }
    status.insert(
        QStringLiteral("conditions"),
        QJsonArray {QJsonObject {
            {QStringLiteral("lastTransitionTime"), QStringLiteral("2026-10-24T11:20:04Z")},
            {QStringLiteral("message"), message},
            {QStringLiteral("observedGeneration"), 1},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("status"), i.ready ? QStringLiteral("True") : QStringLiteral("False")},
            {QStringLiteral("type"), QStringLiteral("Ready")}}});
    return {
        {QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1")},
        {QStringLiteral("kind"), QStringLiteral("ClusterIssuer")},
        {QStringLiteral("metadata"),
         QJsonObject {{QStringLiteral("creationTimestamp"), QStringLiteral("2026-10-24T11:20:00Z")},
                      {QStringLiteral("generation"), 1},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("resourceVersion"), QStringLiteral("47899001")},
                      {QStringLiteral("uid"), uidFor(i.cluster + i.name)}}},
        {QStringLiteral("spec"), spec},
        {QStringLiteral("status"), status}};
}

QJsonObject kubeList(const QString &kind, const QJsonArray &items)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("cert-manager.io/v1")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("metadata"),
             QJsonObject {{QStringLiteral("continue"), QString()},
                          {QStringLiteral("resourceVersion"), QStringLiteral("48212345")}}},
            {QStringLiteral("items"), items}};
}

} // namespace

DemoKubernetes::DemoKubernetes(const DemoWorld &world, const DemoEndpoints &endpoints,
                               DemoRequestCounts &counts)
    : m_world(world)
    , m_endpoints(endpoints)
    , m_counts(counts)
{ }

void DemoKubernetes::route(QHttpServer &server, const QString &cluster)
{
    routeAll(server,
             [this, cluster](const QString &path, const QHttpServerRequest &request,
                             QHttpServerResponder &&responder) {
                 handle(cluster, path, request, std::move(responder));
             });
}

void DemoKubernetes::handle(const QString &cluster, const QString &path,
                            const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    m_counts.count(QStringLiteral("kubernetes ")
                   + (path.contains(u"/certificates") ? QStringLiteral("certificates")
                          : path.contains(u"issuers") ? QStringLiteral("issuers")
                                                      : QStringLiteral("other")));
    if (bearer(request) != m_endpoints.kubernetesToken) {
        replyJson(responder, StatusCode::Unauthorized,
                  kubeStatus(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        return;
    }
    if (path == u"/version") {
        replyJson(responder, StatusCode::Ok,
                  QJsonObject {{QStringLiteral("major"), QStringLiteral("1")},
                               {QStringLiteral("minor"), QStringLiteral("31")},
                               {QStringLiteral("gitVersion"), QStringLiteral("v1.31.4")},
                               {QStringLiteral("platform"),
                                cluster == u"home-dev" ? QStringLiteral("linux/amd64")
                                                       : QStringLiteral("linux/arm64")}});
        return;
    }
    const QString group = QStringLiteral("/apis/cert-manager.io/v1");
    if (path == group) {
        QJsonArray resources;
        for (const auto &[name, kind, namespaced] :
             {std::tuple {QStringLiteral("certificates"), QStringLiteral("Certificate"), true},
              std::tuple {QStringLiteral("certificaterequests"),
                          QStringLiteral("CertificateRequest"), true},
              std::tuple {QStringLiteral("issuers"), QStringLiteral("Issuer"), true},
              std::tuple {QStringLiteral("clusterissuers"), QStringLiteral("ClusterIssuer"),
                          false}}) {
            resources.append(
                QJsonObject {{QStringLiteral("name"), name},
                             {QStringLiteral("singularName"), kind.toLower()},
                             {QStringLiteral("namespaced"), namespaced},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("verbs"),
                              QJsonArray {QStringLiteral("get"), QStringLiteral("list"),
                                          QStringLiteral("watch")}}});
        }
        replyJson(
            responder, StatusCode::Ok,
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                         {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                         {QStringLiteral("groupVersion"), QStringLiteral("cert-manager.io/v1")},
                         {QStringLiteral("resources"), resources}});
        return;
    }
    static const QRegularExpression re(
        QStringLiteral("^/apis/cert-manager\\.io/v1(?:/namespaces/([^/]+))?/"
                       "(certificates|clusterissuers|issuers)(?:/([^/]+))?$"));
    const QRegularExpressionMatch m = re.match(path);
    if (!m.hasMatch()) {
        replyJson(responder, StatusCode::NotFound,
                  kubeStatus(404, QStringLiteral("NotFound"),
                             QStringLiteral("the server could not find the requested resource")));
        return;
    }
    const QString ns = m.captured(1);
    const QString resource = m.captured(2);
    const QString name = m.captured(3);
    QJsonArray items;
    if (resource == u"certificates") {
        for (const DemoWorld::Certificate &c : m_world.certificates()) {
            if (c.cluster == cluster && (ns.isEmpty() || c.nameSpace == ns)
                && (name.isEmpty() || c.name == name))
                items.append(certificateJson(c));
        }
    } else if (resource == u"clusterissuers") {
        for (const DemoWorld::Issuer &i : m_world.issuers()) {
            if (i.cluster == cluster && (name.isEmpty() || i.name == name))
                items.append(issuerJson(i));
        }
    }
    if (!name.isEmpty()) {
        if (items.isEmpty()) {
            replyJson(responder, StatusCode::NotFound,
                      kubeStatus(
                          404, QStringLiteral("NotFound"),
                          QStringLiteral("%1.cert-manager.io \"%2\" not found").arg(resource, name),
                          {{QStringLiteral("name"), name},
                           {QStringLiteral("group"), QStringLiteral("cert-manager.io")},
                           {QStringLiteral("kind"), resource}}));
        } else {
            replyJson(responder, StatusCode::Ok, items.first().toObject());
        }
        return;
    }
    const QString kind = resource == u"certificates" ? QStringLiteral("CertificateList")
        : resource == u"clusterissuers"              ? QStringLiteral("ClusterIssuerList")
                                                     : QStringLiteral("IssuerList");
    replyJson(responder, StatusCode::Ok, kubeList(kind, items));
}

} // namespace Promenade::Demo
