#!/bin/sh
# Rewrites tests/data/diff-semantic/*/expected.txt from the current semantic diff.
# Review the result with `git diff tests/data` before committing: it is output, not truth.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$root/build/dev"}
cmake --build "$build" --target tst_semanticdiff
PROMENADE_SOURCE_DIR="$root" PROMENADE_REGENERATE_GOLDEN=1 "$build/bin/tst_semanticdiff" golden
git -C "$root" diff --stat -- tests/data/diff-semantic
