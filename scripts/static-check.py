#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy and clazy on Duet's translation units, with a result cache; see static-check.sh.
"""Static checks on every Duet translation unit (clang-tidy with .clang-tidy, clazy with CLAZY_CHECKS).

A result is cached under a key made of the tool, its version, its configuration, the compile flags
and the translation unit as the preprocessor sees it (clang -E -C: comments kept, so a NOLINT or
clazy:exclude comment counts), with the checkout and build paths replaced by placeholders. A run
after a change re-checks only the translation units whose preprocessed text changed.
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUR_DIRS = ("app", "hub", "sim", "ui", "desktop", "bench", "testing", "tests")

# clazy: levels 0 and 1 plus the manual and level 2 checks that find real mistakes in Duet's kind of
# code. Left out, and why (docs/TESTING.md repeats this):
#   non-pod-global-static (level 1): namespace-scope constants (const QString kPhone = ...) are
#     deliberate, about 130 of them, built once at start-up in the thread that loads the program.
#   strict-iterators (level 0): Qt 6 containers' erase() takes a const_iterator, so it reports every
#     `it = c.erase(it)`; mixing the two kinds no longer detaches in Qt 6.
#   returning-void-expression (level 2): `return f();` in a void function is Duet's idiom for "do this
#     and stop", used on purpose.
#   qt-keywords (manual): Duet spells signals/slots/emit with Qt's keywords.
#   detaching-member (manual): reports every intended change to a member container through
#     find()/begin(); an unshared member does not copy on detach.
#   function-args-by-value/by-ref (level 2): clang-tidy's performance-unnecessary-value-param covers it.
#   qstring-allocations (level 2): Duet writes QLatin1String("key") for JSON keys and comparisons
#     (about 1,000 of them); the check asks for QStringLiteral at each, a micro-optimisation.
#   ctor-missing-parent-argument, missing-qobject-macro, copyable-polymorphic, rule-of-three,
#     implicit-casts, reserve-candidates, qrequiredresult-candidates, use-chrono-in-qtimer,
#     qt6-* and qt4-* porting checks: style or porting advice, not mistakes.
CLAZY_CHECKS = ",".join([
    "level0",
    "level1",
    "no-non-pod-global-static",
    "no-strict-iterators",
    # level 2 and manual checks that catch bugs
    "old-style-connect",
    "base-class-event",
    "virtual-call-ctor",
    "static-pmf",
    "container-inside-loop",
    "isempty-vs-count",
    "qhash-with-char-pointer-key",
    "qproperty-type-mismatch",
    "signal-with-return-value",
    "thread-with-slots",
    "tr-non-literal",
    "qstring-varargs",
    "heap-allocated-small-trivial-type",
    "assert-with-side-effects",
    "unexpected-flag-enumerator-value",
    "use-arrow-operator-instead-of-data",
    "raw-environment-function",
    "qvariant-template-instantiation",
])

CACHE_FORMAT = "1"  # bump when the meaning of a cached result changes


def tool_path(names):
    for n in names:
        for d in os.environ.get("PATH", "").split(os.pathsep):
            p = Path(d) / n
            if p.is_file() and os.access(p, os.X_OK):
                return str(p)
    return None


def run(cmd, cwd=None, timeout=None):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)


class Unit:
    """One translation unit of ours from compile_commands.json."""

    def __init__(self, entry):
        self.directory = entry["directory"]
        self.file = str(Path(self.directory, entry["file"]).resolve())
        args = entry.get("arguments") or shlex.split(entry["command"])
        flags = []
        skip = False
        for i, a in enumerate(args[1:], 1):
            if skip:
                skip = False
                continue
            if a in ("-o", "-MF", "-MT", "-MQ"):
                skip = True
                continue
            if a in ("-c", "-MD", "-MMD") or str(Path(self.directory, a)) == self.file or a == entry["file"]:
                continue
            flags.append(a)
        self.flags = flags
        self.key_text = None  # the preprocessed unit, normalised
        self.includes = set()  # files the unit reads (from the preprocessor's line markers)
        self.error = None


def normalise(text, build_dir):
    # Longest path first: the build directory may sit inside the checkout.
    for path, mark in sorted([(str(ROOT), "@ROOT@"), (str(build_dir), "@BUILD@")], key=lambda p: -len(p[0])):
        text = text.replace(path, mark)
    return text


def denormalise(text, build_dir):
    return text.replace("@BUILD@", str(build_dir)).replace("@ROOT@", str(ROOT))


LINE_MARKER = re.compile(r'^# \d+ "([^"]+)"', re.M)
QT_EMPTY_MACROS = re.compile(r"\bQ_(?:PROPERTY|CLASSINFO)\s*\([^)]*\)")


def preprocess(unit, clangxx, resource_dir, build_dir):
    cmd = [clangxx, *unit.flags, "-resource-dir=" + resource_dir, "-w", "-E", "-C", unit.file]
    r = run(cmd, cwd=unit.directory, timeout=300)
    if r.returncode != 0:
        unit.error = "preprocessing failed: " + r.stderr.decode(errors="replace")
        return
    text = r.stdout.decode(errors="replace")
    unit.includes = {str(Path(unit.directory, m).resolve()) for m in set(LINE_MARKER.findall(text)) if not m.startswith("<")}
    flags = normalise(" ".join(unit.flags), build_dir)
    # Q_PROPERTY and Q_CLASSINFO expand to nothing, so the preprocessed text does not show them, yet
    # clazy reads their arguments (qproperty-type-mismatch): they join the key of the units that see any.
    ours = tuple(str(ROOT / d) + "/" for d in OUR_DIRS)
    hidden = []
    for path in sorted(p for p in unit.includes | {unit.file} if p.startswith(ours)):
        try:
            found = QT_EMPTY_MACROS.findall(Path(path).read_text(errors="replace"))
        except OSError:
            continue
        if found:
            hidden.append(normalise(path, build_dir) + ": " + " ".join(found))
    extra = "\n" + "\n".join(hidden) if hidden else ""
    unit.key_text = hashlib.sha256((flags + "\n" + normalise(text, build_dir) + extra).encode()).hexdigest()


NOISE = re.compile(r"^(\d+ (warnings?|errors?)( and \d+ errors?)? generated\.|Error while processing .*)$")
DIAG = re.compile(r"^(/[^:\n]+):(\d+):(\d+): (warning|error): ", re.M)


def split_diagnostics(output):
    """The diagnostic blocks of a tool's output: each warning or error with its notes and snippets."""
    blocks, current = [], None
    for line in output.splitlines():
        m = DIAG.match(line)
        if m:
            current = [line]
            blocks.append(current)
        elif current is not None and not NOISE.match(line):
            current.append(line)
    return ["\n".join(b) for b in blocks]


def main():
    ap = argparse.ArgumentParser(prog="static-check.sh", description=__doc__.splitlines()[0])
    ap.add_argument("--changed", metavar="BASE", help="only units whose source or headers changed since BASE")
    ap.add_argument("--tool", choices=["all", "clang-tidy", "clazy"], default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each finding's notes (the analyzer's path)")
    ap.add_argument("--no-cache", action="store_true", help="ignore and do not write the result cache")
    ap.add_argument("-j", "--jobs", type=int, default=int(os.environ.get("DUET_STATIC_JOBS", "0")) or os.cpu_count())
    ap.add_argument("files", nargs="*", help="only the units of these files (a header selects its includers)")
    args = ap.parse_args()

    build_dir = Path(os.environ.get("DUET_BUILD_DIR", "build"))
    if not build_dir.is_absolute():
        build_dir = ROOT / build_dir
    build_dir = build_dir.resolve()
    cdb = build_dir / "compile_commands.json"
    if not cdb.is_file():
        sys.exit(f"static-check: {cdb} is missing; build first (scripts/build.sh)")
    cache_dir = Path(os.environ.get("DUET_STATIC_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "duet-static")

    clang_tidy = tool_path(["clang-tidy-14", "clang-tidy"])
    clazy = tool_path(["clazy-standalone"])
    clangxx = tool_path(["clang++-14", "clang++"])
    missing = [n for n, p in (("clang-tidy", clang_tidy), ("clazy-standalone", clazy), ("clang++", clangxx)) if not p]
    if missing:
        sys.exit("static-check: not installed: " + ", ".join(missing) + " (scripts/deps.sh installs them)")
    resource_dir = run([clangxx, "-print-resource-dir"]).stdout.decode().strip()

    ours = tuple(str(ROOT / d) + "/" for d in OUR_DIRS)
    units, seen = [], set()
    for entry in json.loads(cdb.read_text()):
        u = Unit(entry)
        if u.file.startswith(ours) and not u.file.startswith(str(build_dir) + "/") and u.file not in seen:
            seen.add(u.file)
            units.append(u)

    wanted = None
    if args.files:
        wanted = {str(Path(f).resolve()) for f in args.files}
    if args.changed:
        base = run(["git", "merge-base", args.changed, "HEAD"], cwd=ROOT)
        if base.returncode != 0:
            sys.exit(f"static-check: no merge base with {args.changed}")
        names = run(["git", "diff", "--name-only", base.stdout.decode().strip()], cwd=ROOT).stdout.decode().split()
        names += run(["git", "ls-files", "--others", "--exclude-standard"], cwd=ROOT).stdout.decode().split()
        changed = {str((ROOT / n).resolve()) for n in names}
        # The configuration itself changed: every unit is affected.
        if {str(ROOT / ".clang-tidy"), str(ROOT / "scripts/static-check.py")} & changed:
            changed = None
        wanted = changed if wanted is None else (wanted if changed is None else wanted & changed)

    # Diagnostics from our own files only: the checkout's directories, never Qt's headers nor the
    # moc/uic output in the build directory (even when that sits inside the checkout).
    header_filter = "^" + re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", str(ROOT)) + "/(" + "|".join(OUR_DIRS) + ")/"
    tools = []
    if args.tool in ("all", "clang-tidy"):
        version = run([clang_tidy, "--version"]).stdout.decode()
        config = run([clang_tidy, "--dump-config"], cwd=ROOT).stdout.decode()
        tools.append(("clang-tidy", version + config + header_filter,
                      lambda u: [clang_tidy, "-p", str(build_dir), "--quiet", "--header-filter=" + header_filter,
                                 "--extra-arg=-resource-dir=" + resource_dir, u.file]))
    if args.tool in ("all", "clazy"):
        version = run([clazy, "--version"]).stdout.decode()
        tools.append(("clazy", version + CLAZY_CHECKS + header_filter,
                      lambda u: [clazy, "-p", str(build_dir), "--checks=" + CLAZY_CHECKS,
                                 "--header-filter=" + header_filter,
                                 "--extra-arg=-resource-dir=" + resource_dir, "--extra-arg=-Wno-everything",
                                 "--extra-arg=-Wno-error", u.file]))

    started = time.monotonic()
    stats = {"units": 0, "checked": 0, "cached": 0}
    findings = {}  # first line -> block
    failures = []

    # Headers among the wanted files select the units that include them, which only the
    # preprocessor can tell; wanted sources alone need no preprocessing of the other units.
    wanted_headers = None if wanted is None else wanted - {u.file for u in units}

    def work(u):
        if wanted is not None and u.file not in wanted and not wanted_headers:
            return None
        preprocess(u, clangxx, resource_dir, build_dir)
        if u.error:
            return [("preprocess", u, None, u.error)]
        if wanted is not None and u.file not in wanted and not (u.includes & wanted_headers):
            return None
        out = []
        for name, identity, command in tools:
            key = "\n".join([CACHE_FORMAT, name, normalise(identity, build_dir), u.key_text])
            key = hashlib.sha256(key.encode()).hexdigest()
            path = cache_dir / key[:2] / key
            if not args.no_cache and path.is_file():
                path.touch()
                out.append((name, u, True, denormalise(path.read_text(), build_dir)))
                continue
            try:
                r = run(command(u), cwd=ROOT, timeout=900)
            except subprocess.TimeoutExpired:
                out.append((name, u, None, f"{name} timed out on {u.file}"))
                continue
            text = r.stdout.decode(errors="replace") + "\n" + r.stderr.decode(errors="replace")
            blocks = split_diagnostics(text)
            if r.returncode != 0 and not blocks:
                out.append((name, u, None, f"{name} failed on {u.file} (exit {r.returncode}):\n{text}"))
                continue
            result = "\n\x00\n".join(blocks)
            if not args.no_cache:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".tmp{os.getpid()}")
                tmp.write_text(normalise(result, build_dir))
                tmp.replace(path)
            out.append((name, u, False, result))
        return out

    # Findings are printed as their units finish, each once (a header's finding shows in every
    # unit that includes it); the analyzer's path (notes) only with --verbose.
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for future in concurrent.futures.as_completed([pool.submit(work, u) for u in units]):
            res = future.result()
            if res is None:
                continue
            stats["units"] += 1
            for name, u, cached, text in res:
                if cached is None:
                    failures.append(text)
                    continue
                stats["cached" if cached else "checked"] += 1
                for block in filter(None, text.split("\n\x00\n")):
                    first = block.splitlines()[0]
                    if first not in findings:
                        findings[first] = block
                        print(block if args.verbose else "\n".join(block.splitlines()[:3]), flush=True)

    for f in failures:
        print(f, file=sys.stderr)
    elapsed = time.monotonic() - started
    print(f"static-check: {stats['units']} translation units, {stats['checked']} tool runs, {stats['cached']} from the "
          f"cache ({cache_dir}), {len(findings)} findings, {elapsed:.0f} s")
    return 1 if findings or failures else 0


if __name__ == "__main__":
    sys.exit(main())
