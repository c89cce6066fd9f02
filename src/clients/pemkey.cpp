#include "pemkey.h"

namespace Promenade::Clients {

QSslKey pemPrivateKey(const QByteArray &pem)
{
    for (const auto algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace Promenade::Clients
