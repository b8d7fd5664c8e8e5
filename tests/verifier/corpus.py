#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The verifier corpus: every tests/verifier/cases/*.bt states the verdict
of each assert in a comment on its line,

    assert($x == 5); // PROVEN
    assert($x == 4); // REFUTED ~ \\$x = 5

(after ~, an extended regex the counterexample or reason must match), and
the exit status of the whole --verify run in a `// EXIT: N` line, extra
bpftrace flags in a `// FLAGS: ...` line. This
driver runs `bpftrace --verify -f json` on each and compares; then, as a
mutant of every PROVEN assert, its negation, which must be REFUTED.

The full solver gets 2 s a query here (BPFTRACE_VERIFY_TIMEOUT, 10 by
default), where every case takes under 0.5 s in all: a verdict that needs
the full solver for seconds, the way an average's or a unit conversion's
did before the verifier's faster stages, is UNKNOWN and fails its case.

    corpus.py [NAME...]     (environment: BPFTRACE, PLUGIN)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ENV = dict(os.environ, BPFTRACE_VERIFY_TIMEOUT="2")
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EXPECT = re.compile(r"//\s*(PROVEN|REFUTED|VACUOUS|UNKNOWN)(?:\s*~\s*(.*\S))?\s*$")
EXIT = re.compile(r"//\s*EXIT:\s*(\d+)")
KERNEL_REJECTS = re.compile(r"//\s*KERNEL:\s*rejected")
FLAGS = re.compile(r"//\s*FLAGS:\s*(.*\S)")


def expectations(path):
    lines = {}
    exit_status = None
    rejected = False
    with open(path) as f:
        for number, line in enumerate(f, 1):
            rejected |= bool(KERNEL_REJECTS.search(line))
            m = EXIT.search(line)
            if m:
                exit_status = int(m.group(1))
            m = EXPECT.search(line)
            if m and "assert(" in line:
                lines[number] = (m.group(1), m.group(2))
    return lines, exit_status, rejected


def run_case(bpftrace, plugin, path):
    """Returns a list of failure messages (empty: the case passed)."""
    expected, exit_status, kernel_rejects = expectations(path)
    with open(path) as f:
        flags = [w for m in FLAGS.finditer(f.read()) for w in m.group(1).split()]
    proc = subprocess.run(
        [bpftrace, "--plugin", plugin, "-f", "json"] + flags + ["--verify", path],
        capture_output=True, text=True, timeout=120, env=ENV)
    failures = []
    try:
        report = json.loads(proc.stdout.strip().splitlines()[-1])["data"]
    except (ValueError, IndexError):
        return ["no JSON report; stderr: " + proc.stderr.strip()[-400:]]
    got = {a["line"]: a for a in report["asserts"]}
    for line, (verdict, pattern) in sorted(expected.items()):
        a = got.get(line)
        if a is None:
            failures.append("line %d: no verdict reported" % line)
            continue
        detail = a.get("reason", "")
        if a["verdict"] != verdict:
            failures.append("line %d: %s, expected %s (%s)" %
                            (line, a["verdict"], verdict, detail))
        elif pattern and not re.search(pattern, detail):
            failures.append("line %d: %s, but %r does not match /%s/" %
                            (line, verdict, detail, pattern))
    for line in sorted(set(got) - set(expected)):
        failures.append("line %d: an assert without an expectation" % line)
    if exit_status is not None and proc.returncode != exit_status:
        failures.append("exit status %d, expected %d (%s)" %
                        (proc.returncode, exit_status, report.get("summary")))
    # exit status 3: nothing was checked, the kernel's check neither
    if exit_status != 3 and report["kernel"]["accepted"] == kernel_rejects:
        failures.append("the kernel %s it: %s" % (
            "accepts" if kernel_rejects else "rejects",
            json.dumps(report["kernel"])[:400]))
    return failures


def split_assert(line):
    """Returns (before, condition, rest) for the assert on `line`, where
    rest is what follows the condition (", msg);..."), or None."""
    start = line.find("assert(")
    if start < 0:
        return None
    i = start + len("assert(")
    depth, quote = 0, False
    for j in range(i, len(line)):
        c = line[j]
        if quote:
            if c == "\\":
                continue
            if c == '"':
                quote = False
        elif c == '"':
            quote = True
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return line[:i], line[i:j], line[j:]
            depth -= 1
        elif c == "," and depth == 0:
            return line[:i], line[i:j], line[j:]
    return None


def negation_mutants(bpftrace, plugin, path, tmpdir):
    """Every PROVEN assert, negated, must be REFUTED: a proof that holds
    for the negation too would prove nothing."""
    expected, _, _ = expectations(path)
    with open(path) as f:
        lines = f.read().split("\n")
    failures = []
    for number, (verdict, _) in sorted(expected.items()):
        if verdict != "PROVEN":
            continue
        parts = split_assert(lines[number - 1])
        if not parts:
            failures.append("line %d: cannot find the condition to negate" % number)
            continue
        before, cond, rest = parts
        mutant = list(lines)
        mutant[number - 1] = before + "!(" + cond + ")" + rest.split("//")[0] + "// REFUTED"
        for other, (v, _) in expected.items():
            if other != number:
                mutant[other - 1] = mutant[other - 1].split("//")[0]
        mpath = os.path.join(tmpdir, "mutant.bt")
        with open(mpath, "w") as f:
            f.write("\n".join(mutant))
        proc = subprocess.run(
            [bpftrace, "--plugin", plugin, "-f", "json", "--verify", mpath],
            capture_output=True, text=True, timeout=120, env=ENV)
        try:
            report = json.loads(proc.stdout.strip().splitlines()[-1])["data"]
            got = {a["line"]: a["verdict"] for a in report["asserts"]}
        except (ValueError, IndexError):
            got = {}
        if got.get(number) != "REFUTED":
            failures.append("line %d negated: %s, expected REFUTED" %
                            (number, got.get(number, "no verdict")))
    return failures


def main():
    bpftrace = os.environ["BPFTRACE"]
    plugin = os.environ["PLUGIN"]
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".bt"))
    passed = failed = 0
    tmpdir = tempfile.mkdtemp()
    for name in names:
        path = os.path.join(CASES, name + ".bt")
        failures = run_case(bpftrace, plugin, path)
        if not failures:
            failures = negation_mutants(bpftrace, plugin, path, tmpdir)
        if failures:
            failed += 1
            print("FAIL %s" % name)
            for f in failures:
                print("     " + f)
        else:
            passed += 1
            print("ok   %s" % name)
    shutil.rmtree(tmpdir, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
