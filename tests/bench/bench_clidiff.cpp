// bench_clidiff: `promenade diff --no-index` against GNU `diff -u` as whole processes — start-up,
// reading, diffing, the semantic summary and writing included — on the two 100,000-line YAML
// files of bench_diff, in the same run: medians of the wall time and of the peak resident
// memory (ru_maxrss from wait4), and the ratio. Each process writes to a file, as a user
// redirecting the output would; the changed-line counts of both outputs are checked to agree.
//
//     bench_clidiff [--runs N=11] [--lines N=100000] [--percent P=1] [--promenade PATH]
//                   [--no-semantic] [--write DIR]
//
// --write DIR writes the pair to DIR/left.yaml and DIR/right.yaml and stops (for a profiler).
// --no-semantic passes the same option to promenade (the unified diff alone, as GNU prints).
// PATH defaults to the promenade beside this benchmark (build/dev/bin).

#include "largeyamlpair.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run
{
    double ms = 0;
    double maxRssMib = 0;
    int exitCode = -1;
};

// Runs the program with stdout into outputPath; wall time from fork to exit, peak RSS.
Run runProcess(const QStringList &command, const QString &outputPath)
{
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray output = outputPath.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (fd < 0 || dup2(fd, STDOUT_FILENO) < 0)
            _exit(127);
        close(fd);
        execv(argv[0], argv.data());
        _exit(127);
    }
    Run run;
    if (pid < 0)
        return run;
    int status = 0;
    struct rusage usage
    {
    };
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.maxRssMib = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

// Lines of a unified diff that add or remove a line (the "---"/"+++" headers excluded).
int changedLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line.startsWith("# Kubernetes changes"))
            break; // promenade's semantic summary follows the hunks
        if ((line.startsWith('+') && !line.startsWith("+++ "))
            || (line.startsWith('-') && !line.startsWith("--- ")))
            ++count;
    }
    return count;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 11;
    int lineCount = 100000;
    double percent = 1.0;
    QString promenade = QCoreApplication::applicationDirPath() + QStringLiteral("/promenade");
    bool noSemantic = false;
    QString writeDir;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--no-semantic") {
            noSemantic = true;
            continue;
        }
        if (i + 1 == args.size())
            break;
        if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--lines")
            lineCount = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--percent")
            percent = args[i + 1].toDouble();
        else if (args[i] == u"--promenade")
            promenade = args[i + 1];
        else if (args[i] == u"--write")
            writeDir = args[i + 1];
        ++i;
    }
    const QString gnuDiff = QStandardPaths::findExecutable(QStringLiteral("diff"));
    if (gnuDiff.isEmpty() || !QFile::exists(promenade)) {
        std::fprintf(stderr, "bench_clidiff: needs GNU diff on PATH and %s\n",
                     qPrintable(promenade));
        return 2;
    }

    std::mt19937 rng(1986); // bench_diff's seed: the same pair
    const QList<QString> left = LargeYamlPair::deployments(lineCount, rng);
    const QList<QString> right = LargeYamlPair::edited(left, percent, rng);
    QTemporaryDir temporary;
    const QDir dir(writeDir.isEmpty() ? temporary.path() : writeDir);
    const QString leftPath = dir.filePath(QStringLiteral("left.yaml"));
    const QString rightPath = dir.filePath(QStringLiteral("right.yaml"));
    for (const auto &[path, lines] : {std::pair {leftPath, left}, std::pair {rightPath, right}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(LargeYamlPair::joined(lines)) < 0)
            return 2;
    }
    if (!writeDir.isEmpty())
        return 0;
    const QString oursOut = dir.filePath(QStringLiteral("promenade.out"));
    const QString gnuOut = dir.filePath(QStringLiteral("gnu.out"));
    QStringList ours {promenade, QStringLiteral("diff"), QStringLiteral("--no-index")};
    if (noSemantic)
        ours << QStringLiteral("--no-semantic");
    ours << leftPath << rightPath;
    const QStringList gnu {gnuDiff, QStringLiteral("-u"), leftPath, rightPath};

    // One round of each first (page cache, the dynamic loader's cache), not counted.
    runProcess(ours, oursOut);
    runProcess(gnu, gnuOut);
    QList<double> oursMs, oursRss, gnuMs, gnuRss;
    for (int i = 0; i < runs; ++i) {
        // Alternated, so that a busy moment of the machine falls on both.
        const Run o = runProcess(ours, oursOut);
        const Run g = runProcess(gnu, gnuOut);
        if (o.exitCode != 0 || g.exitCode != 1) {
            std::fprintf(stderr, "bench_clidiff: unexpected exit codes %d (promenade), %d (GNU)\n",
                         o.exitCode, g.exitCode);
            return 1;
        }
        oursMs << o.ms;
        oursRss << o.maxRssMib;
        gnuMs << g.ms;
        gnuRss << g.maxRssMib;
    }
    const int oursChanged = changedLines(oursOut);
    const int gnuChanged = changedLines(gnuOut);
    std::printf("files: %d lines each (about %.1f %% changed), %d runs each, alternated, medians\n",
                lineCount, percent, runs);
    std::printf("promenade diff --no-index%s: %.1f ms, peak RSS %.1f MiB (%d changed lines)\n",
                noSemantic ? " --no-semantic" : "", median(oursMs), median(oursRss), oursChanged);
    std::printf("GNU diff -u:               %.1f ms, peak RSS %.1f MiB (%d changed lines)\n",
                median(gnuMs), median(gnuRss), gnuChanged);
    std::printf("ratio promenade / GNU diff: %.2f (time), %.2f (memory)\n",
                median(oursMs) / median(gnuMs), median(oursRss) / median(gnuRss));
    return 0;
}
