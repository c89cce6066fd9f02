#!/usr/bin/env bash
# Fails on any qmllint (Qt 6.4) warning in qml/ and tests/qml/ that scripts/qmllint-baseline.txt
# does not list. The baseline holds only Qt 6.4's false positives, each with why; a real
# warning is fixed in the QML instead. Needs the build (the modules' qmldir and qmltypes):
#   scripts/check-qmllint.sh [build/dev]
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build/dev}")
qmllint=$(qtpaths6 --query QT_HOST_BINS)/qmllint
qt_qml=$(qtpaths6 --query QT_INSTALL_QML)
[[ -x $qmllint ]] || qmllint=/usr/lib/qt6/bin/qmllint
if [[ ! -f $build/qml/Promenade/Ui/qmldir ]]; then
    echo "check-qmllint: no QML modules in $build: build first" >&2
    exit 2
fi
json=$(mktemp -d)
trap 'rm -rf "$json"' EXIT

# The Promenade module's files, the way its CMake target lints them (with its resources);
# then the Quick Tests, which import the built modules.
mapfile -t module_files < <(git ls-files 'qml/*.qml')
mapfile -t test_files < <(git ls-files 'tests/qml/*.qml')
(cd qml && "$qmllint" --bare -I "$build/qml" -I "$qt_qml" \
    --resource "$build/qml/.rcc/qmake_Promenade.qrc" \
    --resource "$build/qml/.rcc/promenade_qml_raw_qml_0.qrc" \
    --json "$json/module.json" "${module_files[@]#qml/}" >/dev/null 2>&1) || true
"$qmllint" -I "$build/qml" -I "$qt_qml" --json "$json/tests.json" "${test_files[@]}" \
    >/dev/null 2>&1 || true

python3 - "$PWD" scripts/qmllint-baseline.txt "$json/module.json" "$json/tests.json" <<'PY'
import fnmatch, json, os, re, sys

root, baseline_file, *reports = sys.argv[1:]
baseline = []  # (glob, message regex, the line in the baseline)
for number, line in enumerate(open(baseline_file, encoding='utf-8'), 1):
    line = line.strip()
    if not line or line.startswith('#'):
        continue
    glob, _, pattern = line.partition(': ')
    baseline.append((glob, re.compile(pattern), number))

def key(path, warning):
    """The warning as the baseline names it: 'Unqualified access' gets the name it flags,
    written <id> when the file declares that name as an id."""
    message = warning['message']
    if message == 'Unqualified access':
        source = open(os.path.join(root, path), encoding='utf-8').read()
        text = source.splitlines()[warning['line'] - 1][warning['column'] - 1:]
        name = re.match(r'\w*', text).group(0)
        ids = set(re.findall(r'\bid:\s*(\w+)', source))
        message += ': ' + ('<id>' if name in ids else name)
    return message

unexpected, used = [], set()
for report in reports:
    if not os.path.exists(report):
        sys.exit(f'check-qmllint: qmllint wrote no report ({report})')
    for f in json.load(open(report, encoding='utf-8'))['files']:
        path = os.path.relpath(f['filename'], root)
        for w in f['warnings']:
            if w['type'] not in ('warning', 'critical'):
                continue
            message = key(path, w)
            match = next((b for b in baseline
                          if fnmatch.fnmatch(path, b[0]) and b[1].fullmatch(message)), None)
            if match:
                used.add(match[2])
            else:
                unexpected.append(f"{path}:{w.get('line', 0)}:{w.get('column', 0)}: {message}")

for glob, _, number in baseline:
    if number not in used:
        print(f'check-qmllint: note: baseline line {number} ({glob}) matched nothing: remove it?')
if unexpected:
    print('check-qmllint: qmllint warnings (fix them; only Qt 6.4 false positives go in '
          'scripts/qmllint-baseline.txt):', file=sys.stderr)
    for u in unexpected:
        print('  ' + u, file=sys.stderr)
    sys.exit(1)
print(f'check-qmllint: no warning outside the {len(baseline)} baseline entries')
PY
