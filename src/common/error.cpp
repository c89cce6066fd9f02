#include "error.h"

namespace Promenade {

Error::Error(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
{ }

Error &Error::at(const QString &file, int line, int column)
{
    m_file = file;
    m_line = line;
    m_column = column;
    return *this;
}

Error &Error::withDetail(const QString &detail)
{
    m_detail = detail;
    return *this;
}

QString Error::toString() const
{
    if (m_file.isEmpty())
        return m_message;
    QString place = m_file;
    if (m_line > 0) {
        place += u':' + QString::number(m_line);
        if (m_column > 0)
            place += u':' + QString::number(m_column);
    }
    return place + u": " + m_message;
}

int Error::exitCode() const
{
    switch (m_kind) {
    case Kind::BadInput:
    case Kind::NotFound:
        return 2;
    case Kind::Refused:
    case Kind::Failed:
    case Kind::Cancelled:
    case Kind::PushRejected:
    case Kind::AuthenticationFailed:
        return 1;
    }
    return 1;
}

} // namespace Promenade
