#!/usr/bin/env bash
# Installs every Debian 12 package that Promenade's build, app and tests need.
# Idempotent: apt-get skips what is already installed. Run as root (or with sudo).
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6.4: Core, Network, Gui, Qml, Quick, Controls, Test, HttpServer, Svg, Concurrent, Linguist
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins libqt6svg6
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtquick-window
    qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qtquick-shapes
    qml6-module-qtquick-dialogs qml6-module-qt-labs-settings qml6-module-qttest
    qml6-module-qt5compat-graphicaleffects
    # Qt's non-native folder dialog (the one Linux desktops without a platform theme get)
    # imports Qt.labs.folderlistmodel; Qt's own strings in German and Spanish
    qml6-module-qt-labs-folderlistmodel qt6-translations-l10n
    libgl-dev libvulkan-dev
    # fuzzing (the "fuzz" preset: clang with libFuzzer and the sanitizer runtimes; the default
    # build and tests never need them)
    clang libclang-rt-14-dev
    # libraries
    libyaml-cpp-dev libgit2-dev qtkeychain-qt6-dev libssl-dev
    # headless GUI runs, screenshots and fonts
    xvfb xauth x11-utils imagemagick fonts-dejavu-core fonts-noto-core
    # packaging and its tests: cpack's DEB generator (dpkg-shlibdeps), the validators of the
    # desktop file and the AppStream metadata, the shells and man for the completions and man page
    dpkg-dev fakeroot desktop-file-utils appstream zsh man-db bsdextrautils
    # the checks of .ci/run: the format (clang-format 14) and the size of files and functions
    clang-format universal-ctags
    # test peers: a real OCI registry; git http-backend for smart-HTTP push tests
    docker-registry apache2-utils openssl
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "bootstrap: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "bootstrap: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"

# docker-registry's package starts a system service on port 5000; the tests start their own
# registry on a free loopback port, so the system one is not needed.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker-registry 2>/dev/null; then
    $SUDO systemctl stop docker-registry || true
fi
echo "bootstrap: done"
