#!/usr/bin/env bash
# The README's quick start: installs what is missing, builds, then
#   installer/dev.sh demo   opens Promenade on its embedded demo
#   installer/dev.sh test   runs the whole test suite (headless)
#   installer/dev.sh build  only builds
# PRESET=asan selects the sanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."

action=${1:-build}
preset=${PRESET:-dev}

case "$action" in
    demo|test|build) ;;
    *) echo "usage: installer/dev.sh demo|test|build" >&2; exit 2 ;;
esac

./installer/bootstrap.sh
# Let ccache share results between clones in other folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset "$preset"
cmake --build --preset "$preset"

case "$action" in
    demo)
        exec "./build/$preset/bin/promenade" --demo
        ;;
    test)
        # Headless: Qt's offscreen platform (set per test by ctest), no X server needed.
        export QT_QPA_PLATFORM=offscreen
        ctest --preset "$preset" -j 2
        ;;
esac
