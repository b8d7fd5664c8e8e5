#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The truth harness: programs whose asserts have a known truth, proven by
--verify and then run on the real kernel with --check-asserts under a
workload that drives their inputs. A PROVEN assert that fails at run time
is a false proof: the test fails. A program whose truth is "violated" must
not be reported VERIFIED, and its violation must show at run time (for a
race, marked `// RACE:`, not seeing it is reported, not failed).

Each tests/verifier/truth/*.bt says
    // TRUTH: holds | violated
    // RUN: CMD ARGS     (the -c command; GETPID_N, RACE_GETPID and
                          TRUTH_DIR are replaced by their paths)

    truth.py [NAME...]     (environment: BPFTRACE, PLUGIN, GETPID_N, RACE_GETPID)
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth")


def header(text, key):
    m = re.search(r"//\s*%s:\s*(.*\S)" % key, text)
    return m.group(1) if m else None


def command(run):
    for name in ("GETPID_N", "RACE_GETPID"):
        run = run.replace(name, os.environ[name])
    return run.replace("TRUTH_DIR", HERE)


def main():
    bpftrace, plugin = os.environ["BPFTRACE"], os.environ["PLUGIN"]
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".bt"))
    passed = failed = 0
    for name in names:
        path = os.path.join(HERE, name + ".bt")
        text = open(path).read()
        truth, run = header(text, "TRUTH"), header(text, "RUN")
        child = ["-c", command(run)] if run else []
        proc = subprocess.run([bpftrace, "--plugin", plugin, "-f", "json", "--verify"] + child
                              + [path], capture_output=True, text=True, timeout=300)
        try:
            report = json.loads(proc.stdout.strip().splitlines()[-1])["data"]
        except (ValueError, IndexError):
            print("FAIL %s: no report: %s" % (name, proc.stderr[-300:]))
            failed += 1
            continue
        proven = {a["line"] for a in report["asserts"] if a["verdict"] == "PROVEN"}
        verified = proc.returncode == 0
        live = subprocess.run([bpftrace, "--check-asserts"] + child + [path],
                              capture_output=True, text=True, timeout=120)
        out = live.stdout + live.stderr
        failed_lines = {int(m.group(1)) for m in re.finditer(r":(\d+):\d+: Assertion failed", out)}
        problems = []
        false_proofs = proven & failed_lines
        if false_proofs:
            problems.append("PROVEN but violated at run time on line(s) %s" % sorted(false_proofs))
        if truth == "violated":
            if verified:
                problems.append("known to be violated, yet VERIFIED")
            if not failed_lines and not header(text, "RACE"):
                problems.append("the violation did not show at run time: " + out[-300:])
        elif truth == "holds":
            if failed_lines:
                problems.append("known to hold, yet failed at run time: " + out[-300:])
            if not verified:
                problems.append("known to hold, not VERIFIED (exit %d): %s"
                                % (proc.returncode, json.dumps(report["asserts"])[:300]))
        else:
            problems.append("no // TRUTH: line")
        verdicts = ", ".join("%d:%s" % (a["line"], a["verdict"]) for a in report["asserts"])
        seen = "violated at run time" if failed_lines else "held at run time"
        if problems:
            failed += 1
            print("FAIL %s (%s; %s): %s" % (name, verdicts, seen, "; ".join(problems)))
        else:
            passed += 1
            note = " (the race was not seen this time)" if header(text, "RACE") and not failed_lines else ""
            print("ok   %s (%s; %s)%s" % (name, verdicts, seen, note))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
