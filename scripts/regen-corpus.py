#!/usr/bin/env python3
"""Regenerate the expected outputs of the Dataway differential test corpus.

For every Tests/DatawayTests/Corpus/*.py this runs

    python3 -I -X utf8 FILE        (environment: PYTHONHASHSEED=0, timeout 10 s)

(or, when FILE mentions `Entity` or `MultiMap`, `python3 -I -X utf8 scripts/corpus_prelude.py
FILE`, which defines those two on top of xmltodict, csv and email)

and writes its standard output, byte for byte, to the sibling FILE.expected
(same basename, `.expected` replacing `.py`).

It fails loudly (exit status 1, naming every offending file) when a script
exits non-zero, writes anything to stderr, times out, or -- unless
--no-determinism-check is given -- prints something different on a second run.
Note: `-I` makes CPython ignore every PYTHON* variable, PYTHONHASHSEED included,
so each run gets a fresh random hash seed; the second run therefore catches
scripts whose output depends on str hashing (e.g. printing a set of strings).

Usage:
    scripts/regen-corpus.py                 # regenerate everything
    scripts/regen-corpus.py NAME_OR_PATH... # only these scripts (e.g. lang_closures)
    scripts/regen-corpus.py --check         # verify .expected files are up to date; write nothing
Options:
    --python EXE   interpreter to use (default: python3)
    --jobs N       parallel runs (default: 2)
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "Tests" / "DatawayTests" / "Corpus"
TIMEOUT = 10
# Scripts that use Dataway's Entity or MultiMap run under this prelude, which defines them on
# top of the reference libraries (xmltodict, csv, email); see its docstring.
PRELUDE = REPO / "scripts" / "corpus_prelude.py"


def command(python, path):
    text = path.read_text(encoding="utf-8")
    if "Entity" in text or "MultiMap" in text:
        return [python, "-I", "-X", "utf8", str(PRELUDE), str(path)]
    return [python, "-I", "-X", "utf8", str(path)]


def run_once(python, path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    try:
        proc = subprocess.run(
            command(python, path),
            cwd=str(path.parent),
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, f"timed out after {TIMEOUT} s"
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        return None, f"exited with status {proc.returncode}: " + " | ".join(tail)
    if proc.stderr:
        text = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "wrote to stderr: " + " | ".join(text[-3:])
    return proc.stdout, None


def process(python, path, check, determinism):
    out, err = run_once(python, path)
    if err:
        return path, err, False
    if determinism:
        out2, err2 = run_once(python, path)
        if err2:
            return path, "second run " + err2, False
        if out2 != out:
            return path, "output differs between two runs (hash/set order dependent?)", False
    expected = path.with_suffix(".expected")
    if check:
        if not expected.exists():
            return path, f"missing {expected.name}", False
        if expected.read_bytes() != out:
            return path, f"{expected.name} is out of date", False
        return path, None, False
    changed = not expected.exists() or expected.read_bytes() != out
    if changed:
        expected.write_bytes(out)
    return path, None, changed


def resolve(names):
    paths = []
    for name in names:
        p = Path(name)
        if not p.exists():
            stem = p.name[:-3] if p.name.endswith(".py") else p.name
            p = CORPUS / (stem + ".py")
        if not p.exists():
            sys.exit(f"regen-corpus: no such corpus script: {name}")
        paths.append(p.resolve())
    return paths


def main():
    ap = argparse.ArgumentParser(description="Regenerate Dataway corpus .expected files with CPython.")
    ap.add_argument("scripts", nargs="*", help="corpus scripts to regenerate (default: all)")
    ap.add_argument("--check", action="store_true", help="only verify that .expected files are current")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-determinism-check", action="store_true",
                    help="run each script once instead of twice")
    args = ap.parse_args()

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    if not version.startswith("3.11."):
        print(f"regen-corpus: warning: reference is CPython 3.11, running {args.python} {version}",
              file=sys.stderr)

    paths = resolve(args.scripts) if args.scripts else sorted(CORPUS.glob("*.py"))
    # Oracles beyond the standard library (.ci/run installs them): pycryptodome for the crypto_
    # scripts, xmltodict for the scripts that run under the Entity prelude.
    needs = []
    if any(p.name.startswith("crypto_") for p in paths):
        needs.append(("Crypto.Cipher.AES", "pycryptodome==4.4.0", "the crypto_ scripts"))
    if any(command(args.python, p)[4:5] == [str(PRELUDE)] for p in paths):
        needs.append(("xmltodict", "xmltodict==1.0.4", "the Entity scripts (scripts/corpus_prelude.py)"))
    for module, package, who in needs:
        probe = subprocess.run([args.python, "-I", "-c", f"import {module}"], capture_output=True)
        if probe.returncode != 0:
            sys.exit(f"regen-corpus: {who} need {package.split('==')[0]}: python3 -m pip install {package}")
    if not paths:
        sys.exit(f"regen-corpus: no scripts found in {CORPUS}")

    failures = []
    changed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(process, args.python, p, args.check, not args.no_determinism_check)
                   for p in paths]
        for fut in futures:
            path, err, was_changed = fut.result()
            if err:
                failures.append((path, err))
            elif was_changed:
                changed += 1

    for path, err in failures:
        print(f"FAIL {path.relative_to(REPO) if path.is_relative_to(REPO) else path}: {err}",
              file=sys.stderr)
    ok = len(paths) - len(failures)
    if args.check:
        print(f"regen-corpus: checked {len(paths)} scripts, {ok} up to date, {len(failures)} failing")
    else:
        print(f"regen-corpus: regenerated {ok} of {len(paths)} expected files ({changed} changed)"
              + (f", {len(failures)} FAILED" if failures else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
