#!/usr/bin/env bash
# The man page and the shell completions the build writes (promenade --generate ...):
# they load, offer the commands and options of --help, and the man page renders cleanly.
# Environment: GENERATED (the build's installer/ folder), PROMENADE (the binary).
set -euo pipefail

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

bash_file="$GENERATED/bash/promenade"
zsh_file="$GENERATED/zsh/_promenade"
man_file="$GENERATED/man/promenade.1"

# What the build installed is what the binary prints now (no stale file).
cmp -s "$bash_file" <("$PROMENADE" --generate bash) || fail "$bash_file differs from promenade --generate bash"
cmp -s "$man_file" <("$PROMENADE" --generate man) || fail "$man_file differs from promenade --generate man"

bash -n "$bash_file" || fail "bash cannot parse $bash_file"

# Completes "promenade <words...>" with the cursor after the last word; prints the candidates.
complete_words() {
    bash --norc --noprofile -c '
        source "$1"; shift
        complete -p promenade >/dev/null || { echo "no completion for promenade"; exit 1; }
        COMP_WORDS=(promenade "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _promenade
        printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_file" "$@"
}

offers() { # offers "<expected word>" <words...>
    local expected=$1; shift
    local got
    got=$(complete_words "$@") || { fail "completing '$*': $got"; return; }
    grep -qxF -- "$expected" <<<"$got" || fail "completing 'promenade $*' does not offer $expected (got: $(echo $got))"
}

"$PROMENADE" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' >"${TMPDIR:-/tmp}/promenade-commands.$$"
mapfile -t commands <"${TMPDIR:-/tmp}/promenade-commands.$$"
rm -f "${TMPDIR:-/tmp}/promenade-commands.$$"
[ "${#commands[@]}" -ge 5 ] || fail "--help lists only ${#commands[@]} commands"
for command in "${commands[@]}"; do
    offers "$command" ""
    offers --help "$command" --
done
offers diff d
offers --demo --de
offers pipeline --view ""
offers --format diff --fo
offers json diff --format ""
offers rendered diff REPO a b --mode ""
offers --origin demo-repo --or
offers none render --reorder ""
offers --push promote --pu

if command -v zsh >/dev/null 2>&1; then
    zsh -n "$zsh_file" || fail "zsh cannot parse $zsh_file"
    # compinit loads the function from the folder like an installed one.
    out=$(ZDOTDIR=/nonexistent zsh -f -c '
        fpath=("$1" $fpath); autoload -Uz compinit && compinit -u -D
        (( $+functions[_promenade] )) || autoload -Uz _promenade
        [[ ${_comps[promenade]} == _promenade ]] && echo registered' _ "$(dirname "$zsh_file")" 2>&1) || true
    [ "$out" = registered ] || fail "zsh's compinit does not register _promenade: $out"
else
    echo "zsh is not installed: its completion was not checked"
fi

if command -v man >/dev/null 2>&1; then
    warnings=$(MANWIDTH=80 man --warnings -l "$man_file" 2>&1 >/dev/null) || fail "man cannot render $man_file"
    [ -z "$warnings" ] || fail "man warns: $warnings"
    rendered=$(MANWIDTH=80 man -l "$man_file" 2>/dev/null | col -b)
    for command in "${commands[@]}"; do
        grep -q "^   $command$" <<<"$rendered" || fail "the man page has no section for $command"
    done
    grep -q -- "--exit-code" <<<"$rendered" || fail "the man page lacks diff's --exit-code"
else
    echo "man is not installed: the man page was not rendered"
fi

[ "$failures" -eq 0 ] || exit 1
echo "completions and man page: ok (${#commands[@]} commands)"
