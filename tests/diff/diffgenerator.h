#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <random>

// Seeded generator of text pairs for the diff property tests: a random "left" text and a
// mutated "right" one, with a choice of size, density of changes, how repetitive the lines
// are (a small line pool gives many repeated lines) and whether the last newline is missing.
namespace DiffGenerator {

struct Case
{
    QString name;
    QString left;
    QString right;
};

inline QString makeText(const QList<QString> &lines, bool finalNewline)
{
    QString text = lines.join(u'\n');
    if (finalNewline && !lines.isEmpty())
        text += u'\n';
    return text;
}

// Case number `index` of a fixed seed: the same index always gives the same texts.
inline Case generate(int index)
{
    std::mt19937 rng(20261126u + unsigned(index) * 7919u);
    auto uniform = [&rng](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    static const int sizes[] = {0, 1, 2, 3, 5, 10, 30, 100, 300, 1000};
    static const int pools[] = {2, 4, 10, 50, 1000000};
    static const int densities[] = {1, 5, 20, 50, 100}; // percent of lines touched
    const int size = sizes[uniform(0, 9)];
    const int pool = pools[uniform(0, 4)];
    const int density = densities[uniform(0, 4)];
    auto randomLine = [&]() -> QString {
        const int v = uniform(0, std::min(pool, 1000000) - 1);
        if (pool <= 4)
            return QString(QChar(u'a' + v));
        return QStringLiteral("  key%1: value %2").arg(v % 37).arg(v);
    };
    QList<QString> left;
    for (int i = 0; i < size; ++i)
        left.append(randomLine());
    QList<QString> right;
    for (int i = 0; i < left.size(); ++i) {
        if (uniform(1, 100) > density) {
            right.append(left[i]);
            continue;
        }
        switch (uniform(0, 3)) {
        case 0: // delete
            break;
        case 1: // insert before
            right.append(randomLine());
            right.append(left[i]);
            break;
        case 2: // replace
            right.append(randomLine());
            break;
        default: // duplicate (repeated lines)
            right.append(left[i]);
            right.append(left[i]);
            break;
        }
    }
    if (uniform(1, 100) <= density)
        right.append(randomLine());
    if (size == 0 && uniform(0, 1))
        right = {randomLine(), randomLine()};
    const bool leftNewline = uniform(0, 4) != 0;
    const bool rightNewline = uniform(0, 4) != 0;
    Case c;
    c.name = QStringLiteral("case%1-n%2-pool%3-d%4%5%6")
                 .arg(index)
                 .arg(size)
                 .arg(pool)
                 .arg(density)
                 .arg(leftNewline ? QString() : QStringLiteral("-lnonl"))
                 .arg(rightNewline ? QString() : QStringLiteral("-rnonl"));
    c.left = makeText(left, leftNewline);
    c.right = makeText(right, rightNewline);
    return c;
}

} // namespace DiffGenerator
