#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Helpers shared by the tests. Tests never touch the user's real repositories or settings:
// scratch folders live in QTemporaryDir and ctest gives every test a scratch HOME.
namespace TestSupport {

// The project's source folder (for tests/data), from PROMENADE_SOURCE_DIR.
QString sourceDir();
// Path of tests/data/<relative>.
QString dataPath(const QString &relative);

// The built promenade executable, from PROMENADE_BINARY.
QString promenadeBinary();

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs a program and waits (up to timeoutMs); never throws.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         const QString &workingDir = {}, int timeoutMs = 120000);
// Runs the promenade executable.
ProcessResult runPromenade(const QStringList &arguments, const QString &workingDir = {});
// Runs the promenade executable while this thread's event loop keeps running (for tests whose
// loopback servers live on this thread), with the given environment.
ProcessResult runPromenadeServing(const QStringList &arguments,
                                  const QProcessEnvironment &environment);

// The reference renderer: "kubectl" if it is on PATH and has kustomize built in, else empty.
QString kubectl();
// True when PROMENADE_REQUIRE_REFERENCE_TOOLS=1 (set by .ci/run): a missing reference tool
// (kubectl, GNU diff, docker-registry, git) fails the tests that need it instead of skipping.
bool referenceToolsRequired();
// Runs `git` with the given arguments in dir (Git's own view, to check what libgit2 wrote).
ProcessResult git(const QString &dir, const QStringList &arguments);

// Writes a file (creating folders); fails the current test on error.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);
// Copies the files below from (dot files included, a .git folder left out) into to.
bool copyTree(const QString &from, const QString &to);

} // namespace TestSupport

// In a test function: skips with the message when the tool is missing, or fails with it when
// reference tools are required (CI).
#define PROMENADE_REQUIRE_TOOL(available, message)                                                 \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            if (TestSupport::referenceToolsRequired())                                             \
                QFAIL(message);                                                                    \
            QSKIP(message);                                                                        \
        }                                                                                          \
    } while (false)
