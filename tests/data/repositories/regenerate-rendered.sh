#!/bin/sh
# Regenerates <layout>/rendered/<overlay>.yaml with `kubectl kustomize <overlay>` for every
# overlay listed in <layout>/rendered/overlays.txt ("/" in the path is written "__" in the file
# name). tst_repositorycorpus checks that `promenade render` gives the same bytes.
# Review the diff after running it: kubectl is the reference, not the thing under test.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v kubectl >/dev/null || { echo "kubectl is needed (with kustomize built in)" >&2; exit 1; }
for list in "$here"/*/rendered/overlays.txt; do
    layout=$(dirname "$(dirname "$list")")
    find "$layout/rendered" -name '*.yaml' -delete
    grep -v '^[[:space:]]*\(#\|$\)' "$list" | while read -r overlay; do
        out="$layout/rendered/$(printf '%s' "$overlay" | sed 's|/|__|g').yaml"
        kubectl kustomize "$layout/$overlay" > "$out"
        echo "$(basename "$layout")/$overlay"
    done
done
