#!/usr/bin/env bash
# The package tests, one step per ctest test (tests/package/CMakeLists.txt):
#   build      cpack makes the .deb and the .tgz into $OUT and unpacks the .deb into $OUT/root
#   contents   dpkg-deb --info/--contents: Depends, the binary, desktop integration, docs
#   validate   desktop-file-validate and appstreamcli validate on the packaged files
#   installed  the unpacked binary runs --version and demo-repo
#   apt        apt resolves the .deb's Depends on a system with nothing installed (simulated)
#   tgz        the relocatable archive unpacks into one folder whose binary runs
# Environment: BUILD_DIR, OUT, VERSION, APP_ID, CPACK, SOURCE_DIR, QML_DIR (Qt's QML modules).
# Exit 77 = skipped (a tool is missing).
set -euo pipefail

step=$1
deb="$OUT/promenade_${VERSION}_$(dpkg --print-architecture 2>/dev/null || echo amd64).deb"
root="$OUT/root"
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# The width a PNG's header states (bytes 16..19, big-endian).
png_width() { od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "SKIP: $1 is not installed (installer/bootstrap.sh installs it)"; exit 77; }; }

case $step in
build)
    need dpkg-deb
    rm -rf "$OUT"
    mkdir -p "$OUT"
    for f in "$BUILD_DIR/bin/promenade" "$BUILD_DIR/installer/man/promenade.1" \
             "$BUILD_DIR/resources/hicolor/16x16/apps/$APP_ID.png"; do
        [ -e "$f" ] || { echo "FAIL: $f is not built; build everything first (cmake --build build/dev)" >&2; exit 1; }
    done
    (cd "$BUILD_DIR" && "$CPACK" -G "DEB;TGZ" -B "$OUT" >"$OUT/cpack.log" 2>&1) \
        || { cat "$OUT/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
    [ -f "$deb" ] || { ls -l "$OUT" >&2; echo "FAIL: no $deb" >&2; exit 1; }
    dpkg-deb -x "$deb" "$root"
    echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) and $(cd "$OUT" && ls ./*.tar.gz)"
    ;;
contents)
    info=$(dpkg-deb --info "$deb")
    contents=$(dpkg-deb --contents "$deb")
    depends=$(dpkg-deb --field "$deb" Depends)
    [ "$(dpkg-deb --field "$deb" Package)" = promenade ] || fail "Package is not promenade"
    [ "$(dpkg-deb --field "$deb" Version)" = "$VERSION" ] || fail "Version is not $VERSION"
    # From dpkg-shlibdeps (linked libraries) and the explicit list (QML modules, SVG plugins).
    for package in libqt6core6 libqt6gui6 libqt6qml6 libgit2-1.5 libyaml-cpp0.7 \
                   qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
                   qml6-module-qtquick-dialogs qml6-module-qtquick-templates qml6-module-qtquick-window \
                   qml6-module-qtqml-workerscript qml6-module-qt-labs-folderlistmodel libqt6svg6; do
        grep -qE "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
    done
    # Every Qt module a QML file imports is a Debian package in Depends (shlibdeps cannot see them):
    # a new `import QtQuick.Shapes` fails here until installer/CMakeLists.txt lists its package.
    modules=$(grep -rhoE '^import +Qt[A-Za-z.]+' "$SOURCE_DIR/qml" | awk '{ print $2 }' | sort -u)
    [ -n "$modules" ] || fail "found no import in $SOURCE_DIR/qml"
    for module in $modules; do
        qmldir="$QML_DIR/${module//.//}/qmldir"
        owner=$(dpkg -S "$qmldir" 2>/dev/null | cut -d: -f1) || true
        if [ -z "$owner" ]; then
            fail "no installed package holds $qmldir (import $module)"
        elif ! grep -qE "(^|, )$owner( |,|$)" <<<"$depends"; then
            fail "import $module needs $owner, which Depends lacks"
        fi
    done
    for path in ./usr/bin/promenade ./usr/lib/promenade/libpromenade_window.so \
                ./usr/lib/promenade/libpromenade_commands.so \
                "./usr/share/applications/$APP_ID.desktop" \
                "./usr/share/metainfo/$APP_ID.metainfo.xml" \
                "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
                ./usr/share/man/man1/promenade.1 \
                ./usr/share/bash-completion/completions/promenade \
                ./usr/share/zsh/vendor-completions/_promenade \
                ./usr/share/doc/promenade/README.md; do
        grep -qF " $path" <<<"$contents" || fail "the package lacks $path"
    done
    for size in 16 32 48 64 128 256; do
        png="./usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
        grep -qF " $png" <<<"$contents" || fail "the package lacks $png"
        [ "$(png_width "$root/${png#./}")" = "$size" ] || fail "$png is not $size px wide"
    done
    grep -q "Description: " <<<"$info" || fail "no Description"
    ;;
validate)
    need desktop-file-validate
    need appstreamcli
    desktop-file-validate "$root/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net "$root/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "appstreamcli validate"
    grep -q "<release version=\"$VERSION\"" "$root/usr/share/metainfo/$APP_ID.metainfo.xml" \
        || fail "the metainfo has no release notes for $VERSION"
    grep -q "^Icon=$APP_ID$" "$root/usr/share/applications/$APP_ID.desktop" || fail "the desktop file names another icon"
    ;;
installed)
    version=$("$root/usr/bin/promenade" --version)
    [ "$version" = "promenade $VERSION" ] || fail "--version printed '$version'"
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    "$root/usr/bin/promenade" demo-repo "$scratch/demo" >"$scratch/out" || fail "demo-repo exited $?"
    [ -f "$scratch/demo/promenade.yaml" ] || fail "demo-repo wrote no promenade.yaml"
    [ -d "$scratch/demo-origin.git" ] || fail "demo-repo wrote no origin"
    git -C "$scratch/demo" log --oneline >/dev/null 2>&1 || fail "the demo is no Git repository"
    # export runs in the window library, which the executable loads from the installed tree.
    "$root/usr/bin/promenade" export "$scratch/demo" --offline --output "$scratch/demo.svg" \
        >"$scratch/out" 2>&1 || { cat "$scratch/out" >&2; fail "export exited $?"; }
    grep -q "<svg" "$scratch/demo.svg" || fail "export wrote no SVG"
    ;;
apt)
    need apt-get
    # A package that only Debian's archive lists: without the lists (no apt-get update) apt
    # cannot resolve anything, which says nothing about the .deb.
    policy=$(apt-cache policy libqt6core6 2>/dev/null || true)
    grep -q "Candidate: [0-9]" <<<"$policy" || { echo "SKIP: apt has no package lists (run apt-get update)"; exit 77; }
    empty=$(mktemp)
    trap 'rm -f "$empty"' EXIT
    if ! apt-get -o Dir::State::status="$empty" -o Debug::NoLocking=1 install --simulate --no-install-recommends \
            "$deb" >"$OUT/apt.log" 2>&1; then
        cat "$OUT/apt.log" >&2
        fail "apt cannot install the .deb on an empty system"
    fi
    grep -q "^Inst promenade " "$OUT/apt.log" || fail "apt would not install promenade"
    echo "on an empty system apt would install $(grep -c '^Inst ' "$OUT/apt.log") packages"
    ;;
tgz)
    archive="$OUT/promenade-$VERSION-Linux.tar.gz"
    [ -f "$archive" ] || { ls -l "$OUT" >&2; fail "no $archive"; exit 1; }
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    tar -xzf "$archive" -C "$scratch"
    # Relocatable: moved elsewhere, it still runs.
    mv "$scratch/promenade-$VERSION-Linux" "$scratch/moved"
    version=$("$scratch/moved/bin/promenade" --version)
    [ "$version" = "promenade $VERSION" ] || fail "the archive's binary printed '$version'"
    [ -f "$scratch/moved/share/applications/$APP_ID.desktop" ] || fail "the archive lacks the desktop file"
    # The window library is found relative to the moved executable.
    "$scratch/moved/bin/promenade" demo-repo "$scratch/demo" >/dev/null || fail "demo-repo exited $?"
    "$scratch/moved/bin/promenade" export "$scratch/demo" --offline --output "$scratch/demo.png" \
        >"$scratch/out" 2>&1 || { cat "$scratch/out" >&2; fail "the archive's export exited $?"; }
    [ "$(head -c 4 "$scratch/demo.png" | tail -c 3)" = PNG ] || fail "the archive's export wrote no PNG"
    ;;
*)
    echo "usage: package.sh build|contents|validate|installed|apt|tgz" >&2
    exit 2
    ;;
esac
[ "$failures" -eq 0 ] || exit 1
echo "package $step: ok"
