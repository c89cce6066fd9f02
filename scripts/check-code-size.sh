#!/usr/bin/env bash
# Fails when a C++ file of src/, ui/ or app/ is over 800 lines, or one of its functions (lambdas
# included in the function that holds them) over 120 lines: issue 18's bar, so that no file or
# function grows past what a reader takes in. Function extents come from universal-ctags (on
# every machine of this kind, like clang-format): no compile, a second for the whole tree.
# `scripts/check-code-size.sh --all` lists every offender, exempt ones included.
set -euo pipefail
cd "$(dirname "$0")/.."
max_file_lines=800
max_function_lines=120

# Data, not logic: the demo repository's file templates (YAML and Markdown as C++ strings).
exempt=(
    src/demo/demofiles.cpp
)

mapfile -t files < <(git ls-files 'src/*.h' 'src/*.cpp' 'ui/*.h' 'ui/*.cpp' 'app/*.h' 'app/*.cpp')
is_exempt() {
    [[ ${1:-} == --all ]] && return 1
    local f
    for f in "${exempt[@]}"; do [[ $2 == "$f" ]] && return 0; done
    return 1
}

offenders=()
while read -r lines f; do
    [[ $f == total ]] && continue
    is_exempt "${1:-}" "$f" && continue
    if ((lines > max_file_lines)); then
        offenders+=("$f: $lines lines (files: at most $max_file_lines)")
    fi
done < <(wc -l "${files[@]}")

# "<start> <end> <file> <name>" for every function definition.
while read -r start end file name; do
    is_exempt "${1:-}" "$file" && continue
    length=$((end - start + 1))
    if ((length > max_function_lines)); then
        offenders+=("$file:$start: $name is $length lines (functions: at most $max_function_lines)")
    fi
done < <(printf '%s\n' "${files[@]}" \
    | ctags-universal -L - -x --language-force=C++ --kinds-C++=f --fields=+ne \
        --_xformat='%{line} %{end} %F %N' 2>/dev/null \
    | awk '$2 ~ /^[0-9]+$/ && $0 !~ / __anon/' || true)

if ((${#offenders[@]} > 0)); then
    echo "check-code-size: over issue 18's bar:" >&2
    printf '  %s\n' "${offenders[@]}" >&2
    exit 1
fi
echo "check-code-size: ${#files[@]} files under $max_file_lines lines, their functions under $max_function_lines"
