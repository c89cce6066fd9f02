#!/bin/sh
# Regenerates <form>/rendered/before.yaml and after.yaml with `kubectl kustomize` of the
# target overlay named in <form>/case.json: before, on the fixture as it is; after, on a copy
# where the case's `removed` lines of its `file` are replaced by its `added` lines (the edit a
# person would make by hand). tst_pinforms checks that promenade's promotion renders the same
# bytes, and that its rollback renders before.yaml again.
# Review the diff after running it: kubectl is the reference, not the thing under test.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v kubectl >/dev/null || { echo "kubectl is needed (with kustomize built in)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
for json in "$here"/*/case.json; do
    form=$(dirname "$json")
    name=$(basename "$form")
    # A Helm source ("render": false) is not rendered by kustomize: nothing to store.
    render=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("render", True))' "$json")
    [ "$render" = True ] || { echo "$name: not rendered (Helm source)"; continue; }
    target=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["target"])' "$json")
    mkdir -p "$form/rendered"
    kubectl kustomize "$form/repo/$target" > "$form/rendered/before.yaml"
    rm -rf "$scratch/$name"
    cp -a "$form/repo" "$scratch/$name"
    python3 - "$json" "$scratch/$name" <<'PY'
import json, sys
case = json.load(open(sys.argv[1]))
path = sys.argv[2] + "/" + case["file"]
text = open(path).read()
for old, new in zip(case["removed"], case["added"]):
    assert text.count(old + "\n") == 1, (path, old)
    text = text.replace(old + "\n", new + "\n")
open(path, "w").write(text)
PY
    kubectl kustomize "$scratch/$name/$target" > "$form/rendered/after.yaml"
    echo "$name: $target"
done
