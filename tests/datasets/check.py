#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""eBPFNLDataset machine checks.

  * the schema, unique ids, and the split: no test request is a near
    duplicate of a train request (same content words, or most of them);
  * every program is proven by `bpftrace --verify` (its contracts hold
    under the kernel's, the kernel verifier loads it);
  * every pair with a `behaviour` runs on the real kernel: its workload is
    the -c child, and each `expect` regex must match what bpftrace printed;
    the same program with an idle child (/bin/true) must fail at least one
    of them, so a check that cannot fail does not count. A check that
    fails either way runs once more (timers and the scheduler are real,
    and another process can make the event while the idle child runs);
    the line says when the second run was needed.

    check.py [FILE ...] [--only ID ...] [--no-verify] [--no-behaviour]
    (environment: BPFTRACE, PLUGIN, SOURCE_DIR)

Prints one line per check and ends with the failures' ids, if any, and
"N passed, N failed".
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

FIELDS = {"id": str, "request": str, "program": str, "probes": list, "tags": list,
          "features": list, "unsafe": bool, "split": str}
FEATURES = {"tracepoint", "kprobe", "kretprobe", "uprobe", "uretprobe", "usdt", "software",
            "hardware", "interval", "profile", "btf", "kfunc"}
# Requests closer than this (Jaccard similarity of their content words)
# across the split are near duplicates.
NEAR_DUPLICATE = 0.6
STOP = set("a an the of to in on for by and or with is are be me my i it its all any "
           "each every per please show print list what which how who that this do does "
           "from at as can you give tell want see".split())


def words(text):
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower()):
        if w in STOP:
            continue
        for suffix in ("ing", "es", "s", "ed"):
            if len(w) > len(suffix) + 2 and w.endswith(suffix):
                w = w[: -len(suffix)]
                break
        out.add(w)
    return out


def similarity(a, b):
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 1.0


def load(paths):
    pairs, errors = [], []
    for path in paths:
        with open(path) as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    pair = json.loads(line)
                    if isinstance(pair, dict):
                        pair["_file"] = os.path.basename(path)
                    pairs.append(pair)
                except ValueError as e:
                    errors.append("%s:%d: not JSON: %s" % (path, n, e))
    return pairs, errors


def schema(pairs):
    errors = []
    for p in pairs:
        for field, kind in FIELDS.items():
            if not isinstance(p.get(field), kind):
                errors.append("%s: %s is not a %s" % (p.get("id"), field, kind.__name__))
        if errors:
            continue
        if p["split"] not in ("train", "test", "heldout"):
            errors.append("%s: split %r" % (p["id"], p["split"]))
        if p["split"] == "heldout" and "behaviour" not in p:
            errors.append("%s: a held-out pair needs a behaviour" % p["id"])
        for probe in p["probes"]:
            if probe not in p["program"] and probe.split(":")[0] not in p["program"]:
                errors.append("%s: probe %s is not in the program" % (p["id"], probe))
        for f in p["features"]:
            if f not in FEATURES:
                errors.append("%s: unknown feature %r" % (p["id"], f))
        b = p.get("behaviour")
        if b is not None:
            if not isinstance(b, dict) or not isinstance(b.get("workload"), str) or \
               not isinstance(b.get("expect"), list) or not b["expect"] or \
               not all(isinstance(x, str) for x in b["expect"]):
                errors.append("%s: behaviour needs a workload and a list of expect regexes"
                              % p["id"])
            else:
                for x in b["expect"]:
                    try:
                        re.compile(x)
                    except re.error as e:
                        errors.append("%s: expect %r: %s" % (p["id"], x, e))
    ids = [p.get("id") for p in pairs]
    dups = sorted({i for i in ids if ids.count(i) > 1})
    if dups:
        errors.append("duplicate ids: %s" % dups)
    return errors


def near_duplicates(pairs):
    """Test requests near a train request; held-out requests near a train
    or a test request (the offline reader is tuned on both), or near a
    held-out request of another file (each held-out file measures phrasing
    the others did not show)."""
    seen = {"test": [p for p in pairs if p.get("split") == "train"],
            "heldout": [p for p in pairs if p.get("split") in ("train", "test")]}
    found = []
    for t in (p for p in pairs if p.get("split") in seen):
        others = seen[t["split"]]
        if t["split"] == "heldout":
            others = others + [q for q in pairs if q.get("split") == "heldout"
                               and q.get("_file") < t.get("_file")]
        for q in others:
            s = similarity(t["request"], q["request"])
            if s >= NEAR_DUPLICATE:
                found.append("%s ~ %s (%.2f)" % (t["id"], q["id"], s))
    return found


def verify(p):
    with tempfile.NamedTemporaryFile("w", suffix=".bt", delete=False) as f:
        f.write(p["program"])
    flags = ["--unsafe"] if p.get("unsafe") else []
    try:
        proc = subprocess.run([os.environ["BPFTRACE"], "--plugin", os.environ["PLUGIN"]] + flags +
                              ["--verify", f.name], capture_output=True, text=True, timeout=300)
    finally:
        os.unlink(f.name)
    return proc.returncode, (proc.stdout + proc.stderr)[-800:]


def run_program(workdir, program, unsafe, command, timeout):
    """Runs program with -c command in workdir; returns (exit status, what
    bpftrace printed, its stderr)."""
    prog = os.path.join(workdir, "prog.bt")
    out = os.path.join(workdir, "out.txt")
    with open(prog, "w") as f:
        f.write(program)
    if os.path.exists(out):
        os.unlink(out)
    args = [os.path.abspath(os.environ["BPFTRACE"])] + (["--unsafe"] if unsafe else []) + \
        ["-o", out, "-c", command, prog]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, cwd=workdir)
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
    text = open(out).read() if os.path.exists(out) else ""
    return proc.returncode, text, err


# a workload that sets the next pid ("echo N > /proc/sys/kernel/ns_last_pid",
# or Python's write of it) expects pid N+1 free on this machine
PID_SET = re.compile(r"echo\s+(\d+)\s*>\s*/proc/sys/kernel/ns_last_pid|"
                     r"ns_last_pid['\"],\s*['\"]w['\"]\)\.write\(['\"](\d+)['\"]\)")


def pids_taken(workload):
    """The pids a workload means to get that a task of this machine holds
    (a kworker, say), with its name: then the check cannot be run here."""
    taken = []
    for m in PID_SET.finditer(workload):
        pid = int(m.group(1) or m.group(2)) + 1
        try:
            with open("/proc/%d/comm" % pid) as f:
                taken.append("%d (%s)" % (pid, f.read().strip()))
        except OSError:
            pass
    return taken


def behave(p):
    """None when the behaviour holds, else the reason."""
    b = p["behaviour"]
    workdir = tempfile.mkdtemp(prefix="bte-behave.")
    try:
        script = os.path.join(workdir, "workload.sh")
        with open(script, "w") as f:
            f.write(b["workload"])
        timeout = b.get("timeout", 30)
        rc, text, err = run_program(workdir, p["program"], p.get("unsafe"), "/bin/sh " + script, timeout)
        missing = [x for x in b["expect"] if not re.search(x, text, re.M)]
        if missing:
            return "with the workload, no match for %s (exit %s)\noutput:\n%s\nstderr:\n%s" % (
                missing, rc, text[-600:], err[-400:])
        rc, idle, err = run_program(workdir, p["program"], p.get("unsafe"), "/bin/true", timeout)
        if all(re.search(x, idle, re.M) for x in b["expect"]):
            return "every expectation also matches with an idle child: the check cannot fail"
        return None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--only", nargs="+", help="check only these ids")
    ap.add_argument("--no-verify", action="store_true")
    ap.add_argument("--no-behaviour", action="store_true")
    opts = ap.parse_args()
    files = opts.files or [os.path.join(os.environ["SOURCE_DIR"], "datasets", name)
                           for name in ("ebpfnl.jsonl", "heldout.jsonl", "heldout2.jsonl",
                                        "heldout3.jsonl")]
    passed = failed = 0
    pairs, errors = load(files)
    errors += schema(pairs)
    for e in errors:
        print("FAIL " + e)
    n = {s: sum(p.get("split") == s for p in pairs) for s in ("train", "test", "heldout")}
    if errors:
        failed += 1
    else:
        passed += 1
        print("ok   schema and unique ids (%d pairs: %d train, %d test, %d held out, "
              "%d with a behaviour)" % (len(pairs), n["train"], n["test"], n["heldout"],
                                         sum("behaviour" in p for p in pairs)))
    dups = near_duplicates(pairs)
    for d in dups:
        print("FAIL near-duplicate requests across the split: " + d)
    if dups:
        failed += 1
    else:
        passed += 1
        print("ok   no test request is a near duplicate of a train request, no held-out "
              "request of either (similarity < %.2f)"
              % NEAR_DUPLICATE)
    todo = [p for p in pairs if not opts.only or p.get("id") in opts.only]
    failures = []
    if not opts.no_verify:
        for p in todo:
            rc, log = verify(p)
            if rc == 0:
                passed += 1
                print("ok   %s: proven and accepted by the kernel" % p["id"])
            else:
                failed += 1
                failures.append(p["id"] + " (--verify)")
                print("FAIL %s: --verify exit %d\n%s" % (p["id"], rc, log))
    if not opts.no_behaviour:
        for p in todo:
            if "behaviour" not in p:
                continue
            taken = pids_taken(p["behaviour"]["workload"])
            if taken:
                print("ok   %s # SKIP its workload's pid %s is held by a task of this "
                      "machine" % (p["id"], ", ".join(taken)))
                continue
            why = behave(p)
            first = None
            if why is not None:
                # the kernel's events are real: a workload can lose a race
                # once (a timer, a scheduler tick), and another process can
                # make the event while the idle child runs; twice is a fault
                first, why = why.split("\n")[0], behave(p)
            if why is None:
                passed += 1
                print("ok   %s: does what it says on the real kernel%s" % (
                    p["id"], " (on a second run; the first: %s)" % first if first else ""))
            else:
                failed += 1
                failures.append(p["id"] + " (behaviour)")
                print("FAIL %s: behaviour: %s" % (p["id"], why))
    if failures:
        # the log's tail is what a CI shows: the failures again, by name
        print("failed: " + ", ".join(failures))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
