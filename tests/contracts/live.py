#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Soundness against the real kernel: attach to every tracepoint hook of
the dataset that the workload exercises, evaluate each contract on every
firing, and count violations. Every exercised contract must hold on every
event; at least 50 contracts must be exercised.

    live.py [DATASET]          (environment: BPFTRACE, SOURCE_DIR)
"""
import json
import os
import subprocess
import sys

import dataset

HERE = os.path.dirname(os.path.abspath(__file__))
# Hooks the workload reaches (and the kernel reaches by itself meanwhile).
PREFIXES = (
    "tracepoint:sched:sched_switch", "tracepoint:sched:sched_wakeup",
    "tracepoint:sched:sched_waking", "tracepoint:sched:sched_process_",
    "tracepoint:signal:", "tracepoint:sock:inet_sock_set_state",
    "tracepoint:irq:softirq_", "tracepoint:task:",
)
SYSCALLS = ("openat", "read", "write", "close", "dup", "fsync", "lseek", "chmod",
            "fchmodat", "rename", "renameat", "renameat2", "unlink", "unlinkat",
            "mkdir", "mkdirat", "rmdir", "chdir", "getpid", "getppid", "getuid",
            "geteuid", "getgid", "getegid", "kill", "execve", "clone", "clone3",
            "wait4", "clock_nanosleep", "nanosleep", "socket", "bind", "listen",
            "connect", "accept", "accept4", "sendto", "recvfrom", "shutdown",
            "setsockopt", "getsockname")


def chosen(hook):
    if hook.startswith(PREFIXES):
        return True
    for sc in SYSCALLS:
        if hook in ("tracepoint:syscalls:sys_enter_" + sc, "tracepoint:syscalls:sys_exit_" + sc):
            return True
    return False


def main():
    bpftrace = os.environ["BPFTRACE"]
    doc = dataset.load(sys.argv)
    facts = []
    probes = []
    for hook in sorted(h for h in doc["hooks"] if chosen(h)):
        body = []
        for when in ("pre", "post"):
            for fact in doc["hooks"][hook][when]:
                i = len(facts)
                facts.append((hook, fact["expr"], fact["source"]))
                body.append("@hit[%d] = count(); if (!(%s)) { @bad[%d] = count(); }"
                            % (i, fact["expr"], i))
        probes.append("%s { %s }" % (hook, " ".join(body)))
    prog = "\n".join(probes)
    python = os.path.realpath(sys.executable)
    proc = subprocess.run([bpftrace, "-f", "json", "-e", prog, "-c",
                           "%s %s" % (python, os.path.join(HERE, "workload.py"))],
                          capture_output=True, text=True, timeout=600)
    hits, bad = {}, {}
    for line in proc.stdout.splitlines():
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("type") == "map":
            data = msg["data"]
            hits.update({int(k): v for k, v in data.get("@hit", {}).items()})
            bad.update({int(k): v for k, v in data.get("@bad", {}).items()})
    passed = failed = 0
    if proc.returncode != 0:
        print("FAIL bpftrace exited %d: %s" % (proc.returncode, proc.stderr[-600:]))
        failed += 1
    for i, n in sorted(bad.items()):
        hook, expr, source = facts[i]
        print("FAIL %s: %s [%s] violated on %d of %d events" % (hook, expr, source, n, hits.get(i, 0)))
        failed += 1
    exercised = [i for i in hits if hits[i] > 0]
    by_source = {}
    for i in exercised:
        by_source[facts[i][2]] = by_source.get(facts[i][2], 0) + 1
    print("contracts attached: %d on %d hooks; exercised: %d (%s); events checked: %d; violations: %d"
          % (len(facts), len(probes), len(exercised),
             ", ".join("%s %d" % kv for kv in sorted(by_source.items())),
             sum(hits.values()), sum(bad.values())))
    if len(exercised) >= 50:
        passed += 1
        print("ok   at least 50 contracts exercised by the workload")
    else:
        failed += 1
        print("FAIL only %d contracts exercised" % len(exercised))
    if not bad and proc.returncode == 0:
        passed += 1
        print("ok   no contract violated on the live kernel")
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
