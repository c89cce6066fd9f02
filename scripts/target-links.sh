#!/usr/bin/env bash
# Prints the links between Promenade's CMake targets, as CMake itself sees them
# (`cmake --graphviz` on a configure-only tree in a temporary folder), as the Markdown table
# that docs/architecture.md carries. Run it after changing a target_link_libraries() line and
# paste its output into docs/architecture.md.
set -euo pipefail
cd "$(dirname "$0")/.."
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
cmake -S . -B "$tree" -G Ninja -DPROMENADE_BUILD_TESTS=OFF -DPROMENADE_BUILD_BENCHMARKS=OFF \
    --graphviz="$tree/targets.dot" >/dev/null
python3 - "$tree/targets.dot" <<'PY'
import re, sys
dot = open(sys.argv[1], encoding='utf-8').read()
labels = dict(re.findall(r'"(node\d+)" \[ label = "([^"]+)"', dot))
links = {}
for source, target, style in re.findall(r'"(node\d+)" -> "(node\d+)"(?: \[ style = (\w+) \])?', dot):
    a, b = labels[source].replace('\\n', ''), labels[target].replace('\\n', '')
    # CMake draws PUBLIC links solid, PRIVATE dotted (INTERFACE dashed); build tools are left out.
    if not a.startswith('promenade') or re.search(r'_(init|resources_\d+|qmlcache|tooling)$', a):
        continue
    if b.startswith('Qt6::') and b[5:] in ('moc', 'rcc', 'qmlcachegen', 'qmltyperegistrar',
                                           'cmake_automoc_parser', 'Platform', 'QmlPrivate'):
        continue
    if re.search(r'_(init|resources_\d+|qmlcache|tooling)$', b):
        continue
    kind = {'dotted': 'private', 'dashed': 'interface'}.get(style, 'public')
    links.setdefault(a, {}).setdefault(kind, []).append(b.split('(')[0])
print('| target | public links (its headers show them) | private links |')
print('| --- | --- | --- |')
for target in sorted(links):
    public = ', '.join(sorted(links[target].get('public', []) + links[target].get('interface', [])))
    private = ', '.join(sorted(links[target].get('private', [])))
    print(f'| {target} | {public or "—"} | {private or "—"} |')
PY
