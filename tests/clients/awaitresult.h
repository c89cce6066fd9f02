#pragma once

#include "result.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

// Runs an asynchronous client call and waits (event loop running) for its callback.
// Returns nullopt when nothing came within timeoutMs: the caller fails the test.
template<typename T, typename Call>
std::optional<Promenade::Result<T>> awaitResult(Call call, int timeoutMs = 10000)
{
    QObject context;
    std::optional<Promenade::Result<T>> out;
    call(&context, [&out](Promenade::Result<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(5);
    return out;
}

template<typename T>
T &resultValue(Promenade::Result<T> &r)
{
    return r.value();
}
inline Promenade::Result<void> &resultValue(Promenade::Result<void> &r)
{
    return r;
}

#define AWAIT_OK(var, T, call)                                                                     \
    auto var##Opt = awaitResult<T>(call);                                                          \
    QVERIFY2(var##Opt.has_value(), "no answer in time");                                           \
    QVERIFY2(var##Opt->hasValue(),                                                                 \
             qPrintable(var##Opt->hasValue() ? QString() : var##Opt->error().message()));          \
    auto &var = resultValue(*var##Opt)

#define AWAIT_ERROR(var, T, call)                                                                  \
    auto var##Opt = awaitResult<T>(call);                                                          \
    QVERIFY2(var##Opt.has_value(), "no answer in time");                                           \
    QVERIFY2(!var##Opt->hasValue(), "expected an error");                                          \
    const Promenade::Error var = var##Opt->error()
