#!/usr/bin/env python3
"""The verifier corpus: every tests/verifier/cases/*.bt states the verdict
of each assert in a comment on its line,

    assert($x == 5); // PROVEN
    assert($x == 4); // REFUTED ~ \\$x = 5

(after ~, an extended regex the counterexample or reason must match), and
the exit status of the whole --verify run in a `// EXIT: N` line. This
driver runs `bpftrace --verify -f json` on each and compares.

    corpus.py [NAME...]     (environment: BPFTRACE, PLUGIN)
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EXPECT = re.compile(r"//\s*(PROVEN|REFUTED|VACUOUS|UNKNOWN)(?:\s*~\s*(.*\S))?\s*$")
EXIT = re.compile(r"//\s*EXIT:\s*(\d+)")
KERNEL_REJECTS = re.compile(r"//\s*KERNEL:\s*rejected")


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
    proc = subprocess.run(
        [bpftrace, "--plugin", plugin, "-f", "json", "--verify", path],
        capture_output=True, text=True, timeout=120)
    failures = []
    try:
        report = json.loads(proc.stdout.strip().splitlines()[-1])
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
    if report["kernel"]["accepted"] == kernel_rejects:
        failures.append("the kernel %s it: %s" % (
            "accepts" if kernel_rejects else "rejects",
            json.dumps(report["kernel"])[:400]))
    return failures


def main():
    bpftrace = os.environ["BPFTRACE"]
    plugin = os.environ["PLUGIN"]
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(CASES) if f.endswith(".bt"))
    passed = failed = 0
    for name in names:
        failures = run_case(bpftrace, plugin, os.path.join(CASES, name + ".bt"))
        if failures:
            failed += 1
            print("FAIL %s" % name)
            for f in failures:
                print("     " + f)
        else:
            passed += 1
            print("ok   %s" % name)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
