// bench_diff: times Promenade's line diff + intra-line changes + unified output on two large
// YAML files with about 1 % of the lines changed, against GNU `diff -u` on the same files
// (the external process, timed from start to exit, in the same run).
//
//     bench_diff [LINES=100000] [PERCENT=1] [ROUNDS=7]

#include "largeyamlpair.h"
#include "semanticdiff.h"
#include "textdiff.h"
#include "unifieddiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Promenade::Diff;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int lineCount = args.size() > 1 ? args[1].toInt() : 100000;
    const double percent = args.size() > 2 ? args[2].toDouble() : 1.0;
    const int rounds = args.size() > 3 ? args[3].toInt() : 7;

    std::mt19937 rng(1986);
    const QList<QString> left = LargeYamlPair::deployments(lineCount, rng);
    const QList<QString> right = LargeYamlPair::edited(left, percent, rng);
    const int changes = int(lineCount * percent / 100.0);

    QTemporaryDir dir;
    const QString leftPath = dir.filePath(QStringLiteral("left.yaml"));
    const QString rightPath = dir.filePath(QStringLiteral("right.yaml"));
    for (const auto &[path, lines] : {std::pair {leftPath, left}, std::pair {rightPath, right}}) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(LargeYamlPair::joined(lines)) < 0)
            return 2;
    }
    const QString diffProgram = QStandardPaths::findExecutable(QStringLiteral("diff"));

    QList<double> oursMs;
    QList<double> diffOnlyMs;
    QList<double> gnuMs;
    int changed = 0;
    int gnuChanged = 0;
    qsizetype outputSize = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        QFile lf(leftPath);
        QFile rf(rightPath);
        if (!lf.open(QIODevice::ReadOnly) || !rf.open(QIODevice::ReadOnly))
            return 2;
        const TextLines a(QString::fromUtf8(lf.readAll()));
        const TextLines b(QString::fromUtf8(rf.readAll()));
        QElapsedTimer diffTimer;
        diffTimer.start();
        const FileDiff diff = TextDiff::compare(a, b, {3, IntraLineDiff::Granularity::Word});
        diffOnlyMs << diffTimer.nsecsElapsed() / 1e6;
        const QByteArray unified = UnifiedDiff::hunks(diff).toUtf8();
        oursMs << timer.nsecsElapsed() / 1e6;
        changed = diff.addedLines + diff.removedLines;
        outputSize = unified.size();

        if (!diffProgram.isEmpty()) {
            QProcess gnu;
            QElapsedTimer gnuTimer;
            gnuTimer.start();
            gnu.start(diffProgram, {QStringLiteral("-u"), leftPath, rightPath});
            gnu.waitForFinished(-1);
            const QByteArray out = gnu.readAllStandardOutput();
            gnuMs << gnuTimer.nsecsElapsed() / 1e6;
            gnuChanged = 0;
            const QList<QByteArray> lines = out.split('\n');
            for (qsizetype i = 2; i < lines.size(); ++i) // after the "---"/"+++" file header
                gnuChanged += lines[i].startsWith('+') || lines[i].startsWith('-');
        }
    }
    // The semantic diff of the same files (not part of the ratio: GNU diff has no equivalent).
    // The random line edits above break the YAML here and there; this variant edits ~1 % of
    // the values only, so that both files parse.
    QList<QString> valueEdits = left;
    for (int c = 0; c < changes; ++c) {
        QString &line = valueEdits[int(rng() % unsigned(valueEdits.size()))];
        if (line.contains(QStringLiteral(": ")) && !line.endsWith(u':'))
            line += QStringLiteral("-x%1").arg(c % 10);
    }
    QElapsedTimer semanticTimer;
    semanticTimer.start();
    const auto semantic
        = SemanticDiff::compare(QString::fromUtf8(LargeYamlPair::joined(left)),
                                QString::fromUtf8(LargeYamlPair::joined(valueEdits)), {});
    const double semanticMs = semanticTimer.nsecsElapsed() / 1e6;

    std::printf("files: %d lines each (about %.1f %% changed), %d rounds, medians\n", lineCount,
                percent, rounds);
    std::printf("promenade: %.1f ms total (read + split + line diff + intra-line + unified text), "
                "%.1f ms line diff + intra-line alone; %d changed lines, %lld bytes of hunks\n",
                median(oursMs), median(diffOnlyMs), changed, static_cast<long long>(outputSize));
    if (semantic) {
        std::printf("semantic diff (yaml-cpp parse + match + compare): %.1f ms, %d documents, %d "
                    "modified\n",
                    semanticMs, int(semantic->documents.size()),
                    semantic->count(Promenade::Diff::DocumentChange::Status::Modified));
    } else {
        std::printf("semantic diff: %.1f ms to find that the mutated file is not valid YAML (%s)\n",
                    semanticMs, qPrintable(semantic.error().toString()));
    }
    if (gnuMs.isEmpty()) {
        std::printf("GNU diff: not found on PATH, no ratio\n");
        return 0;
    }
    std::printf("GNU diff -u: %.1f ms (external process, start to exit); %d changed lines\n",
                median(gnuMs), gnuChanged);
    std::printf("ratio promenade / GNU diff: %.2f (total), %.2f (diff alone)\n",
                median(oursMs) / median(gnuMs), median(diffOnlyMs) / median(gnuMs));
    return 0;
}
