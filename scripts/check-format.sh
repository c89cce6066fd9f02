#!/usr/bin/env bash
# Fails when a tracked C++ file differs from .clang-format (clang-format 14, Debian 12's).
# `scripts/check-format.sh --fix` formats them in place instead.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.h' '*.cpp' | grep -v '^tests/data/')
if [[ ${1:-} == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
# One clang-format for all files: its warnings name each file that differs.
if ! report=$(clang-format --dry-run --Werror "${files[@]}" 2>&1); then
    echo "check-format: these files differ from .clang-format:" >&2
    grep -oE '^[^:]+\.(h|cpp)' <<<"$report" | sort -u | sed 's/^/  /' >&2
    echo "check-format: run scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
