#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when translations/*.ts are out of date with the sources or a translation is unfinished.
#
#   scripts/check-translations.sh [BUILD_DIR]      (default: $DUET_BUILD_DIR, else build)
#
# It runs the same lupdate as `cmake --build BUILD_DIR --target update_translations` (same sources,
# same options, -no-obsolete), but into scratch copies of the .ts files: the tree is never touched.
# Then it fails when
#   - the sources have strings a .ts file lacks, or a .ts file keeps strings the sources dropped;
#   - a string in duet_pt_BR.ts or duet_es.ts (every language but English) is unfinished or empty,
#     a plural form is missing, or its placeholders (%1, %n) differ from the source's;
#   - a plural (%n) string has an empty form in duet_en.ts;
#   - a file under app/, ui/ or desktop/ calls tr() or QT_TRANSLATE_NOOP but lupdate never reads it
#     (its directory's CMakeLists.txt lacks duet_translatable_sources()).
# Needs a configured build directory (for the list of sources) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-${DUET_BUILD_DIR:-build}}
conf="$BUILD_DIR/translations/check-translations.conf"
if [ ! -f "$conf" ]; then
    echo "check-translations: $conf is missing. Configure first: cmake -S . -B $BUILD_DIR" >&2
    exit 2
fi
# shellcheck source=/dev/null
. "$conf"
if ! command -v python3 >/dev/null; then
    echo "check-translations: python3 is needed (apt-get install python3)" >&2
    exit 2
fi

scratch=$(mktemp -d /tmp/duet-translations.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
"$CMAKE_COMMAND" -DIN_FILE="$LUPDATE_PROJECT" -DOUT_FILE="$scratch/project.json" -P "$LUPDATE_PROJECT_SCRIPT"
copies=()
for ts in $TS_FILES; do
    cp "$ts" "$scratch/"
    copies+=("$scratch/$(basename "$ts")")
done
# shellcheck disable=SC2086 # the options are words
if ! "$LUPDATE" $LUPDATE_OPTIONS -project "$scratch/project.json" -ts "${copies[@]}" >"$scratch/lupdate.log" 2>&1; then
    cat "$scratch/lupdate.log" >&2
    echo "check-translations: lupdate failed (above)" >&2
    exit 1
fi

# shellcheck disable=SC2086 # one word per .ts file
python3 - "$BUILD_DIR" "$SOURCE_DIR" "$scratch" "$scratch/project.json" $TS_FILES <<'PY'
import json, os, re, subprocess, sys
import xml.etree.ElementTree as ET

build_dir, source_dir, scratch, project = sys.argv[1:5]
ts_files = sys.argv[5:]
PLACEHOLDER = re.compile(r"%L?(n|\d{1,2})")  # %L1 and %1 are the same placeholder


def messages(path):
    """(context, source, comment) -> (numerus, [translation texts], unfinished)"""
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name", "")
        for m in ctx.iter("message"):
            key = (name, m.findtext("source", ""), m.findtext("comment", ""))
            tr = m.find("translation")
            numerus = m.get("numerus") == "yes"
            if tr is None:
                texts, kind = [""], "unfinished"
            elif numerus:
                texts = [f.text or "" for f in tr.findall("numerusform")] or [""]
                kind = tr.get("type", "")
            else:
                texts = [tr.text or ""]
                kind = tr.get("type", "")
            out[key] = (numerus, texts, kind)
    return out


def show(key):
    context, source, comment = key
    text = source if len(source) <= 70 else source[:67] + "..."
    return f'    "{text}"  ({context}{", " + comment if comment else ""})'


problems = []
for ts in ts_files:
    name = os.path.relpath(ts, source_dir)
    english = os.path.basename(ts) == "duet_en.ts"
    committed = messages(ts)
    fresh = messages(os.path.join(scratch, os.path.basename(ts)))
    added = [k for k in fresh if k not in committed]
    dropped = [k for k in committed if k not in fresh]
    if added or dropped:
        lines = [f"{name} is out of date with the sources: {len(added)} new string(s) it lacks, "
                 f"{len(dropped)} string(s) the sources no longer have."]
        lines += ["  new:"] + [show(k) for k in added[:15]] if added else []
        lines += ["  gone:"] + [show(k) for k in dropped[:15]] if dropped else []
        problems.append("\n".join(lines))
    unfinished, broken = [], []
    for key, (numerus, texts, kind) in committed.items():
        if key not in fresh:
            continue
        forms = len(fresh[key][1]) if numerus else 1
        if english and not numerus:
            continue  # English strings read as written; only plurals need their forms
        if kind in ("unfinished", "vanished", "obsolete") or len(texts) < forms or not all(t.strip() for t in texts):
            unfinished.append(key)
            continue
        wanted = set(PLACEHOLDER.findall(key[1]))
        if any(set(PLACEHOLDER.findall(t)) != wanted for t in texts):
            broken.append(key)
    if unfinished:
        what = "plural string(s) without every form" if english else "unfinished or empty translation(s)"
        problems.append(f"{name} has {len(unfinished)} {what}:\n" + "\n".join(show(k) for k in unfinished[:15]))
    if broken:
        problems.append(f"{name} has {len(broken)} translation(s) whose placeholders (%1, %n) differ from the source:\n"
                        + "\n".join(show(k) for k in broken[:15]))

# Files with translatable texts that lupdate is not given.
scanned = set(os.path.realpath(p) for p in json.load(open(project))["sources"])
pattern = re.compile(r'(?<![A-Za-z_])(?:tr|QT_TRANSLATE_NOOP3?|QT_TR_NOOP|QT_TR_N_NOOP)\(|::translate\(\s*"')
COMMENT = re.compile(r"/\*.*?\*/|(?:^|(?<=\s))//[^\n]*", re.S)
unscanned = []
for top in ("app", "ui", "desktop"):
    for root, _, files in os.walk(os.path.join(source_dir, top)):
        for f in files:
            if f.endswith((".cpp", ".h")):
                path = os.path.join(root, f)
                code = COMMENT.sub("", open(path, encoding="utf-8").read())
                if os.path.realpath(path) not in scanned and pattern.search(code):
                    unscanned.append(os.path.relpath(path, source_dir))
if unscanned:
    problems.append("these files have texts for translation that lupdate never reads:\n"
                    + "\n".join("    " + f for f in sorted(unscanned))
                    + "\n  Name them in their directory's CMakeLists.txt: duet_translatable_sources(File.cpp) "
                      "(or a glob, *.cpp *.h), then reconfigure.")

if problems:
    print("check-translations: FAILED\n", file=sys.stderr)
    for p in problems:
        print(p + "\n", file=sys.stderr)
    print(f"""To fix (docs/TRANSLATIONS.md):
  1. cmake --build {build_dir} --target update_translations
     (rewrites translations/*.ts from the sources: new strings come in as unfinished, gone ones
     are dropped, every other translation is kept)
  2. Translate every unfinished string in translations/duet_pt_BR.ts and translations/duet_es.ts,
     and give plural (%n) strings their English forms in translations/duet_en.ts: with Qt Linguist
     (linguist translations/duet_pt_BR.ts, mark each done) or in the XML (write the <translation>
     or every <numerusform>, remove type="unfinished"). Keep %1, %n and markup as they are.
  3. scripts/check-translations.sh {build_dir}""", file=sys.stderr)
    sys.exit(1)

for ts in ts_files:
    count = len(messages(ts))
    print(f"translations: {os.path.relpath(ts, source_dir)}: {count} strings, up to date"
          + ("" if os.path.basename(ts) == "duet_en.ts" else ", all translated"))
PY
