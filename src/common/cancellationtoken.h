#pragma once

#include <atomic>
#include <memory>

namespace Promenade {

// A cooperative cancellation flag shared between the thread that runs a long operation
// (a fetch, a push, a render) and the thread that may cancel it (the GUI).
// Copies share one flag: hand a copy to the worker, keep one, call cancel() from any thread.
// The worker polls isCancelled() at safe points and then fails with Error::Kind::Cancelled.
// Thread-safe (an atomic flag).
class CancellationToken
{
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    { }

    void cancel() const { m_flag->store(true); }
    [[nodiscard]] bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace Promenade
