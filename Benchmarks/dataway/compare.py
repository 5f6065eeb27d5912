#!/usr/bin/env python3
"""Compare Dataway against CPython on the workloads in workloads/.

For each workload W (workloads/W.py, payload data/W.json) this runs

    python3 Benchmarks/dataway/pyshim.py W.py W.json   (workloads/cpython/W.py when it exists)
    <junction> dataway run W.py --payload W.json

--runs times each (default 3; the python and Dataway runs alternate, in ABBA order,
so that drift in the machine's speed affects both alike), keeps the best wall time and
the peak RSS of the child process, checks that both printed the same JSON, and prints a table with
the time ratio python/dataway (> 1 means Dataway is faster) and the memory
ratio python/dataway (> 1 means Dataway uses less), then the geometric mean of
the time ratios.

Exit status: 0 all ran and matched; 1 a run failed or outputs differ (or, with
--check-targets, a target was missed); 2 the junction binary is missing.
"""

import argparse
import hashlib
import json
import math
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
WORKLOADS = os.path.join(HERE, "workloads")
DATA = os.path.join(BENCH, "data")
PYSHIM = os.path.join(HERE, "pyshim.py")
GEN_DATA = os.path.join(HERE, "gen_data.py")
DEFAULT_DATAWAY = os.path.join(ROOT, ".build", "release", "junction")
BUILD_CMD = "swift build -c release --product junction"

# Targets (see Benchmarks/README.md).
TARGET_GEOMEAN = 1.0      # at least as fast as python3 on the geometric mean
TARGET_WORST = 0.5        # no workload more than 2x slower
TARGET_AIM = 1.5          # what we aim for


def all_workloads():
    return sorted(f[:-3] for f in os.listdir(WORKLOADS) if f.endswith(".py"))


# --------------------------------------------------------------------------- data

def data_is_fresh(names):
    stamp = os.path.join(DATA, ".stamp")
    try:
        with open(stamp) as f:
            recorded = f.read().strip()
    except OSError:
        return False
    with open(GEN_DATA, "rb") as f:
        current = hashlib.sha256(f.read()).hexdigest()
    if recorded != current:
        return False
    return all(os.path.exists(os.path.join(DATA, n + ".json")) for n in names)


def ensure_data(names, python, force=False):
    if not force and data_is_fresh(names):
        return
    print("generating payloads into %s ..." % DATA, file=sys.stderr)
    subprocess.run([python, GEN_DATA, "--out", DATA], check=True)


# --------------------------------------------------------------------------- running

class RunResult:
    def __init__(self, wall, peak_kib, code, stdout, stderr, timed_out):
        self.wall = wall
        self.peak_kib = peak_kib
        self.code = code
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.code == 0 and not self.timed_out


def maxrss_kib(ru):
    # ru_maxrss is KiB on Linux, bytes on macOS.
    if sys.platform == "darwin":
        return ru.ru_maxrss / 1024.0
    return float(ru.ru_maxrss)


def run_once(argv, timeout):
    """Run argv, return wall time, child peak RSS, exit code, stdout, stderr.

    Output goes to temporary files (not pipes) so that os.wait4 can reap the
    child directly and give us its own resource usage.
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        # Own session, so a timeout can kill the child and anything it started.
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True)
        state = {"reaped": False, "timed_out": False}
        lock = threading.Lock()

        def kill():
            with lock:
                if not state["reaped"]:
                    state["timed_out"] = True
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)
                    except OSError:
                        pass

        timer = threading.Timer(timeout, kill)
        timer.daemon = True
        timer.start()
        while True:
            try:
                _, status, ru = os.wait4(proc.pid, 0)
                break
            except InterruptedError:
                continue
        wall = time.perf_counter() - start
        with lock:
            state["reaped"] = True
        timer.cancel()
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code  # already reaped; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        return RunResult(wall, maxrss_kib(ru), code, out.read(), err.read(), state["timed_out"])


def best_of_interleaved(argvs, runs, timeout):
    """best_of for several commands, their runs alternated (ABBA order) so that a machine whose
    speed drifts during the session affects each alike; one result per command."""
    best = [None] * len(argvs)
    peak = [0.0] * len(argvs)
    failed = [None] * len(argvs)
    for r in range(runs):
        order = list(range(len(argvs)))
        if r % 2:
            order.reverse()
        for i in order:
            if failed[i] is not None:
                continue
            res = run_once(argvs[i], timeout)
            if not res.ok:
                failed[i] = res
                continue
            peak[i] = max(peak[i], res.peak_kib)
            if best[i] is None or res.wall < best[i].wall:
                best[i] = res
    out = []
    for i in range(len(argvs)):
        if failed[i] is not None:
            out.append(failed[i])
        else:
            best[i].peak_kib = peak[i]
            out.append(best[i])
    return out


# --------------------------------------------------------------------------- checking

def canonical(text):
    """Re-serialise JSON text so formatting differences do not count; int vs float still does."""
    return json.dumps(json.loads(text), ensure_ascii=True, separators=(",", ":"))


def compare_outputs(py_out, dw_out):
    """Return 'ok', 'ok*' (same JSON, different text) or 'MISMATCH'."""
    a = py_out.decode("utf-8", "replace").strip()
    b = dw_out.decode("utf-8", "replace").strip()
    if a == b:
        return "ok"
    try:
        if canonical(a) == canonical(b):
            return "ok*"
    except ValueError:
        pass
    return "MISMATCH"


def first_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def snippet(text, at, width=100):
    lo = max(0, at - width // 2)
    return ("..." if lo else "") + text[lo:lo + width] + ("..." if lo + width < len(text) else "")


def tail(data, limit=1500):
    text = data.decode("utf-8", "replace").rstrip()
    return text if len(text) <= limit else "...\n" + text[-limit:]


# --------------------------------------------------------------------------- reporting

def fmt_ratio(x):
    return "-" if x is None else "%.2fx" % x


def fmt_num(x, spec):
    return "-" if x is None else format(x, spec)


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def resolve_dataway(arg):
    """Split the --dataway command; return (argv prefix, None) or (None, reason)."""
    if arg is None and os.environ.get("DATAWAY_CMD"):
        arg = os.environ["DATAWAY_CMD"]
    cmd = [DEFAULT_DATAWAY] if arg is None else shlex.split(arg)
    if not cmd:
        return None, "empty --dataway command"
    exe = cmd[0]
    if os.sep in exe:
        if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
            return None, "%s not found or not executable" % exe
    elif shutil.which(exe) is None:
        return None, "%s not found on PATH" % exe
    return cmd, None


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3, help="runs per workload and engine; best time is kept (default 3)")
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="run only this workload (repeatable, or comma-separated)")
    ap.add_argument("--dataway", metavar="CMD",
                    help="junction command (default: $DATAWAY_CMD or %s); may include arguments"
                    % os.path.relpath(DEFAULT_DATAWAY, os.getcwd()))
    ap.add_argument("--dataway-arg", action="append", default=[], metavar="ARG",
                    help="extra argument appended to every `dataway run` (repeatable)")
    ap.add_argument("--sandbox-limits", action="store_true",
                    help="keep Dataway's default sandbox limits (by default the runs pass --no-limits: the "
                         "workloads are larger than the 2 s / 10M-step / 64 MiB defaults allow)")
    ap.add_argument("--python", default="python3", help="CPython to compare against (default python3)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds before a run is killed (default 300)")
    ap.add_argument("--regen", action="store_true", help="regenerate the payload files first")
    ap.add_argument("--json", metavar="PATH", help="also write the results as JSON to PATH")
    ap.add_argument("--check-targets", action="store_true", help="exit 1 if the speed targets are missed")
    ap.add_argument("--list", action="store_true", help="list the workloads and exit")
    args = ap.parse_args(argv)
    if not args.sandbox_limits and "--no-limits" not in args.dataway_arg:
        args.dataway_arg.append("--no-limits")

    names = all_workloads()
    if args.list:
        print("\n".join(names))
        return 0
    if args.only:
        wanted = [n.strip() for item in args.only for n in item.split(",") if n.strip()]
        unknown = [n for n in wanted if n not in names]
        if unknown:
            print("unknown workload(s): %s\nknown: %s" % (", ".join(unknown), ", ".join(names)), file=sys.stderr)
            return 2
        names = wanted
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    dataway, why = resolve_dataway(args.dataway)
    if dataway is None:
        print("dataway binary missing: %s" % why, file=sys.stderr)
        print("build it first, at the repo root (%s):\n\n    %s\n" % (ROOT, BUILD_CMD), file=sys.stderr)
        print("or run Benchmarks/run, which builds and then compares.", file=sys.stderr)
        return 2

    ensure_data(names, args.python, force=args.regen)

    pyver = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                           capture_output=True, text=True).stdout.strip()
    print("python:  %s (%s)" % (args.python, pyver or "?"))
    print("dataway: %s" % " ".join(shlex.quote(c) for c in dataway + ["dataway", "run", "W.py", "--payload", "W.json"] + args.dataway_arg))
    print("machine: %s, %s cpu(s); best of %d run(s)" % (platform.platform(), os.cpu_count(), args.runs))
    print()

    header = "%-18s %9s %10s %8s %8s %8s %9s  %s" % (
        "workload", "python s", "dataway s", "ratio", "py MiB", "dw MiB", "mem ratio", "check")
    print(header)
    print("-" * len(header))

    rows = []
    problems = []
    for name in names:
        script = os.path.join(WORKLOADS, name + ".py")
        payload = os.path.join(DATA, name + ".json")
        # A workload may give CPython its own equivalent (ElementTree for Entity XML, ...).
        py_script = os.path.join(WORKLOADS, "cpython", name + ".py")
        if not os.path.exists(py_script):
            py_script = script
        py, dw = best_of_interleaved(
            [[args.python, PYSHIM, py_script, payload],
             dataway + ["dataway", "run", script, "--payload", payload] + args.dataway_arg],
            args.runs, args.timeout)

        row = {"workload": name, "python_s": None, "dataway_s": None, "ratio": None,
               "python_mib": None, "dataway_mib": None, "mem_ratio": None, "check": None}
        if py.ok:
            row["python_s"] = py.wall
            row["python_mib"] = py.peak_kib / 1024.0
        if dw.ok:
            row["dataway_s"] = dw.wall
            row["dataway_mib"] = dw.peak_kib / 1024.0
        if py.ok and dw.ok:
            row["ratio"] = py.wall / dw.wall if dw.wall > 0 else None
            row["mem_ratio"] = py.peak_kib / dw.peak_kib if dw.peak_kib > 0 else None
            row["check"] = compare_outputs(py.stdout, dw.stdout)
            if row["check"] == "MISMATCH":
                problems.append((name, "mismatch", py, dw))
        else:
            if not py.ok:
                row["check"] = "PY FAIL"
                problems.append((name, "python", py, dw))
            if not dw.ok:
                row["check"] = "DW FAIL" if py.ok else "BOTH FAIL"
                problems.append((name, "dataway", py, dw))
        rows.append(row)
        print("%-18s %9s %10s %8s %8s %8s %9s  %s" % (
            name, fmt_num(row["python_s"], ".3f"), fmt_num(row["dataway_s"], ".3f"), fmt_ratio(row["ratio"]),
            fmt_num(row["python_mib"], ".1f"), fmt_num(row["dataway_mib"], ".1f"), fmt_ratio(row["mem_ratio"]),
            row["check"]), flush=True)

    print("-" * len(header))
    ratios = [r["ratio"] for r in rows if r["ratio"] is not None]
    gm = geomean(ratios)
    gm_mem = geomean([r["mem_ratio"] for r in rows if r["mem_ratio"] is not None])
    worst = min(ratios) if ratios else None
    print("geometric mean of time ratios (python/dataway): %s over %d of %d workload(s)"
          % (fmt_ratio(gm), len(ratios), len(rows)))
    print("geometric mean of memory ratios:                %s" % fmt_ratio(gm_mem))
    if any(r["check"] == "ok*" for r in rows):
        print("ok* = same JSON value, different text formatting")

    targets_met = None
    if ratios:
        t1 = gm is not None and gm >= TARGET_GEOMEAN
        t2 = worst >= TARGET_WORST
        t3 = gm is not None and gm >= TARGET_AIM
        targets_met = t1 and t2 and len(ratios) == len(rows)
        print()
        print("targets:")
        print("  [%s] geometric mean >= %.1fx (at least as fast as python3): %s"
              % ("x" if t1 else " ", TARGET_GEOMEAN, fmt_ratio(gm)))
        print("  [%s] no workload more than 2x slower (every ratio >= %.1fx): worst %s"
              % ("x" if t2 else " ", TARGET_WORST, fmt_ratio(worst)))
        print("  [%s] aim: geometric mean >= %.1fx" % ("x" if t3 else " ", TARGET_AIM))
        if len(ratios) != len(rows):
            print("  (some workloads did not produce a ratio; the targets are not met)")

    for name, kind, py, dw in problems:
        print()
        print("!" * 78)
        if kind == "mismatch":
            a = py.stdout.decode("utf-8", "replace").strip()
            b = dw.stdout.decode("utf-8", "replace").strip()
            at = first_difference(a, b)
            print("!!! MISMATCH in %s: python and dataway printed different results" % name)
            print("!!! first difference at character %d" % at)
            print("python : %s" % snippet(a, at))
            print("dataway: %s" % snippet(b, at))
        else:
            r = py if kind == "python" else dw
            what = "timed out after %.0f s" % args.timeout if r.timed_out else "exited with status %d" % r.code
            print("!!! %s: %s %s" % (name, kind, what))
            if r.stderr.strip():
                print("--- stderr:")
                print(tail(r.stderr))
            if r.stdout.strip():
                print("--- stdout:")
                print(tail(r.stdout))
        print("!" * 78)

    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({
                "python": args.python, "python_version": pyver, "dataway": dataway,
                "dataway_args": args.dataway_arg, "runs": args.runs, "machine": platform.platform(),
                "cpus": os.cpu_count(), "workloads": rows, "geomean": gm, "geomean_mem": gm_mem,
                "worst": worst, "targets_met": targets_met,
            }, f, indent=2)
            f.write("\n")

    if problems:
        print("\nFAILED: %d problem(s) above" % len(problems))
        return 1
    if args.check_targets and not targets_met:
        print("\nFAILED: speed targets missed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
