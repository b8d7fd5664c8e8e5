#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""verify_growth: how the time and memory of `bpftrace --verify` grow with
the number of probes and with the size of a script, beside bpftrace's own
compile-and-load of the same script (`--load-check`), in one run.

    verify_growth.py [--quick]          (run as root)
Environment: BPFTRACE, PLUGIN (default: the build's stage directory);
BPFTRACE_MAX_PROBES and BPFTRACE_MAX_BPF_PROGS are raised to 20000
(bpftrace's defaults are 512).

Each run's wall time, and the largest resident set of any one process of
it (bpftrace or one of its checking children: wait4's ru_maxrss). Scripts:

  probes N   N probes, each `tracepoint:syscalls:sys_enter_openat { ... }`
             with one map update and one assert
  size S     about S bytes: 10 probes, and a comment block of the rest
             (what the lexer and the plugin's text handling cost)
  body S     about S bytes: one probe with S/24 statements
             (what compiling and proving one large program costs; the
             caps on the checking children bound it)

Prints a table and, for each kind, the growth between its last two rows
(time ratio / size ratio: about 1 is linear, about 2 or more quadratic).
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_isolated(args):
    """One measurement in a process of its own, so that the children's
    largest resident set is this run's alone."""
    code = ("import json,sys,resource,subprocess,time\n"
            "t=time.monotonic()\n"
            "p=subprocess.run(sys.argv[1:],stdout=subprocess.PIPE,stderr=subprocess.STDOUT,text=True)\n"
            "ms=(time.monotonic()-t)*1000\n"
            "rss=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024.0\n"
            "print(json.dumps([p.returncode,ms,rss,p.stdout[-400:]]))\n")
    out = subprocess.run([sys.executable, "-c", code] + args, capture_output=True, text=True)
    return json.loads(out.stdout)


def probes_script(n):
    one = ("tracepoint:syscalls:sys_enter_openat /args->flags == %d/ {\n"
           "  @n[%d] = count();\n  assert(args->flags == %d, \"the filter\");\n}\n")
    return "".join(one % (i, i, i) for i in range(n))


def size_script(size):
    head = probes_script(10)
    line = "// " + "x" * 76 + "\n"
    return head + line * max(0, (size - len(head)) // len(line))


def body_script(size):
    n = max(1, size // 24)
    body = "".join("  $x = $x + %d;\n" % (i % 1000) for i in range(n))
    return "tracepoint:syscalls:sys_enter_openat {\n  $x = 0;\n" + body + "  @[comm] = $x;\n}\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="the smaller rows only")
    opts = ap.parse_args()
    bt = os.environ.get("BPFTRACE", os.path.join(ROOT, "build", "stage", "bin", "bpftrace"))
    plugin = os.environ.get("PLUGIN", os.path.join(ROOT, "build", "stage", "lib", "bpftrace",
                                                   "bpftrace-english.so"))
    rows = [("probes", n, probes_script(n)) for n in
            ((1, 100, 1000) if opts.quick else (1, 100, 1000, 3000, 10000))]
    rows += [("size", s, size_script(s)) for s in
             ((100_000, 1_000_000) if opts.quick else (100_000, 1_000_000, 5_000_000))]
    rows += [("body", s, body_script(s)) for s in
             ((1_000, 10_000) if opts.quick else (1_000, 10_000, 100_000, 1_000_000))]
    # bpftrace refuses more than 512 probe programs unless told otherwise
    os.environ.setdefault("BPFTRACE_MAX_PROBES", "20000")
    os.environ.setdefault("BPFTRACE_MAX_BPF_PROGS", "20000")
    work = tempfile.mkdtemp(prefix="bte-growth-")
    print("%-7s %9s %9s | %-30s | %-30s" % ("kind", "N/bytes", "bytes", "--verify: exit, s, MB",
                                          "--load-check: exit, s, MB"))
    results = {}
    for kind, n, text in rows:
        path = os.path.join(work, "%s-%d.bt" % (kind, n))
        with open(path, "w") as f:
            f.write(text)
        v = run_isolated([bt, "--plugin", plugin, "--verify", "-q", path])
        c = run_isolated([bt, "--load-check", path])
        results.setdefault(kind, []).append((n, v, c))
        print("%-7s %9d %9d | %4d %9.2f %9.0f      | %4d %9.2f %9.0f" %
              (kind, n, len(text), v[0], v[1] / 1000, v[2], c[0], c[1] / 1000, c[2]))
        for what, res, fine in (("--verify", v, (0, 1, 2)), ("--load-check", c, (0,))):
            if res[0] not in fine and res[3].strip():
                print("        %s said: %s" % (what, res[3].strip().splitlines()[-1]))
        sys.stdout.flush()
        os.unlink(path)
    print()
    for kind, rs in results.items():
        if len(rs) < 2:
            continue
        (n1, v1, c1), (n2, v2, c2) = rs[-2], rs[-1]
        if v1[0] not in (0, 1, 2) or v2[0] not in (0, 1, 2):
            print("%s: no growth figure: --verify did not check both of the largest" % kind)
            continue
        grow = n2 / n1
        print("%s: x%.0f in size: --verify time x%.1f (growth exponent %.2f), memory x%.1f; "
              "--verify/--load-check time at the largest: %.1f" %
              (kind, grow, v2[1] / v1[1], math.log(v2[1] / v1[1]) /
               math.log(grow), v2[2] / max(v1[2], 1), v2[1] / max(c2[1], 1)))
    os.rmdir(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
