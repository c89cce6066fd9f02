#!/usr/bin/env bash
# Regenerates the stored expected outputs of the renderer's differential tests from
# `kubectl kustomize` (the reference): tests/data/kustomize/*/expected{,-fifo}.yaml and
# tests/data/kustomize-oracles/{demo,random,layered}/. Review the diff before committing it.
# Needed after adding or changing a corpus case (the layered overlays are built from the corpus).
#   scripts/regenerate-kustomize-oracles.sh [build-preset]   (default: dev)
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
command -v kubectl >/dev/null || { echo "kubectl (with kustomize built in) is required" >&2; exit 2; }
kubectl version --client 2>/dev/null | grep -i kustomize
cmake --build --preset "$preset" --target tst_renderer promenade
# Fresh files only: a case that no longer exists leaves no stale output behind.
find tests/data/kustomize -maxdepth 2 -name 'expected*.yaml' -delete
rm -rf tests/data/kustomize-oracles
export PROMENADE_WRITE_ORACLES=1 PROMENADE_REQUIRE_REFERENCE_TOOLS=1
# The same run compares Promenade with the new files: failures listed here are differences.
ctest --preset "$preset" -R '^tst_renderer$' --output-on-failure \
    || echo "note: Promenade differs from kubectl on the cases failed above" >&2
git status --short tests/data/kustomize tests/data/kustomize-oracles | head -20
