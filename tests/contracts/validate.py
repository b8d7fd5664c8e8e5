#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The shipped KernelCompDataset is data a checker can trust: it follows
the schema (contracts/SCHEMA.md), and every expression compiles as an
assume() in a probe of its own hook with the patched bpftrace.

    validate.py [DATASET]        (environment: BPFTRACE, SOURCE_DIR)
"""
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

import dataset

SOURCES = {"tracepoint-format", "syscall-table", "syscall-abi", "btf", "hand-review"}
BATCH = 300


def schema_errors(doc):
    errors = []
    if doc.get("schema_version") != 1:
        errors.append("schema_version is not 1")
    kernel = doc.get("kernel", {})
    if not kernel.get("release"):
        errors.append("no kernel release")
    for hook, entry in doc.get("hooks", {}).items():
        kind = hook.split(":")[0]
        if kind not in ("tracepoint", "kprobe", "kretprobe"):
            errors.append("%s: unknown hook kind" % hook)
        for when in ("pre", "post"):
            for fact in entry.get(when, []):
                if not isinstance(fact.get("expr"), str) or not fact["expr"].strip():
                    errors.append("%s: a fact without expr" % hook)
                if fact.get("source") not in SOURCES:
                    errors.append("%s: source %r" % (hook, fact.get("source")))
                if re.search(r"(?<!->)\bretval\b", fact.get("expr", "")) and kind != "kretprobe":
                    errors.append("%s: retval outside a kretprobe" % hook)
                # an event's buffer is not zeroed: a bool field the event
                # leaves unwritten holds any byte
                if (fact.get("source") == "tracepoint-format" and
                        re.fullmatch(r"args->(\w+) == 0 \|\| args->\1 == 1", fact.get("expr", ""))):
                    errors.append("%s: %s is not guaranteed" % (hook, fact["expr"]))
        if not entry.get("pre") and not entry.get("post"):
            errors.append("%s: no facts" % hook)
    return errors


def program(hooks, doc):
    probes = []
    for hook in hooks:
        entry = doc["hooks"][hook]
        exprs = [f["expr"] for w in ("pre", "post") for f in entry.get(w, [])]
        probes.append("%s { %s }" % (hook, " ".join("assume(%s);" % e for e in exprs)))
    return "\n".join(probes)


def compiles(bpftrace, hooks, doc):
    proc = subprocess.run([bpftrace, "--emit-elf", "/dev/null", "-e", program(hooks, doc)],
                          capture_output=True, text=True, timeout=600)
    return proc.returncode == 0, proc.stderr


def bad_hooks(bpftrace, hooks, doc):
    """The hooks of a failing batch whose facts do not compile."""
    ok, err = compiles(bpftrace, hooks, doc)
    if ok:
        return []
    if len(hooks) == 1:
        lines = [l for l in err.splitlines() if "ERROR" in l and "RLIMIT" not in l]
        return [(hooks[0], lines[0] if lines else err.strip()[-200:])]
    half = len(hooks) // 2
    return bad_hooks(bpftrace, hooks[:half], doc) + bad_hooks(bpftrace, hooks[half:], doc)


def register_width_errors():
    """The generator leaves out a curated fact that reads more of a
    register than the function's C type defines: the upper half of rax
    after an int function returns is anything, so "(int64)retval <= X"
    about tcp_sendmsg would be a false fact."""
    facts = {
        "kretprobe:tcp_sendmsg": {"pre": [], "post": [
            {"expr": "(int64)retval <= 2147483647", "note": "wider than int"},
            {"expr": "retval != 7", "note": "no cast: all of rax"},
            {"expr": "(int32)retval >= -4095", "note": "the int itself"},
            {"expr": "(int8) retval != 1", "note": "narrower"}]},
        "kprobe:tcp_sendmsg": {"pre": [
            {"expr": "arg2 != 1", "note": "size_t: all of the register"},
            {"expr": "arg9 != 1", "note": "no such argument"}], "post": []},
    }
    keep = {"(int32)retval >= -4095", "(int8) retval != 1", "arg2 != 1"}
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "width.json"), "w") as f:
            json.dump({"hooks": facts}, f)
        out = os.path.join(d, "out.json")
        subprocess.run([os.environ["CONTRACTS_GEN"], "-o", out, "--curated", d],
                       check=True, capture_output=True)
        with open(out) as f:
            doc = json.load(f)
    errors = []
    for hook, entry in facts.items():
        kept = {x["expr"] for w in ("pre", "post")
                for x in doc["hooks"].get(hook, {}).get(w, [])
                if x.get("source") == "hand-review"}
        for w in ("pre", "post"):
            for x in entry[w]:
                if (x["expr"] in keep) != (x["expr"] in kept):
                    errors.append("%s: %s is %s" % (hook, x["expr"],
                                  "kept" if x["expr"] in kept else "left out"))
    return errors


def main():
    bpftrace = os.environ["BPFTRACE"]
    passed = failed = 0
    doc = dataset.load(sys.argv)
    errors = schema_errors(doc)
    for e in errors[:20]:
        print("FAIL schema: " + e)
    if errors:
        failed += 1
    else:
        passed += 1
        print("ok   the dataset follows the schema (%d hooks)" % len(doc["hooks"]))
    curated = set()
    for c in glob.glob(os.path.join(dataset.curated_dir(), "*.json")):
        with open(c) as f:
            curated |= set(json.load(f)["hooks"])
    missing = sorted(curated - set(doc["hooks"]))
    if missing:
        failed += 1
        print("FAIL curated hooks missing from the dataset: %s" % missing[:10])
    else:
        passed += 1
        print("ok   every curated hook is in the dataset (%d)" % len(curated))
    errors = register_width_errors()
    if errors:
        failed += 1
        for e in errors:
            print("FAIL register width: " + e)
    else:
        passed += 1
        print("ok   curated facts read no more of a register than its C type")
    hooks = sorted(doc["hooks"])
    batches = [hooks[i:i + BATCH] for i in range(0, len(hooks), BATCH)]
    bad = []
    # bpftrace parses a C struct per tracepoint: slow, so two at a time.
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for result in pool.map(lambda b: bad_hooks(bpftrace, b, doc), batches):
            bad += result
    if bad:
        failed += 1
        for hook, why in bad[:30]:
            print("FAIL %s: %s" % (hook, why))
    else:
        passed += 1
        print("ok   every expression of %d hooks compiles with the patched bpftrace" % len(hooks))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
