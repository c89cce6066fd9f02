#pragma once

#include <QByteArray>
#include <QSslKey>

namespace Promenade::Clients {

// A PEM private key of any algorithm a kubeconfig or an exec credential may hold (RSA, EC, DSA);
// a null key when it is none of them.
QSslKey pemPrivateKey(const QByteArray &pem);

} // namespace Promenade::Clients
