#!/usr/bin/env python3
"""eBPFNLDataset machine checks: the schema, unique ids, no request in
both splits, and every program proven by `bpftrace --verify` (its
contracts hold under the kernel's, the kernel verifier loads it).

    check.py                     (environment: BPFTRACE, PLUGIN, SOURCE_DIR)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

FIELDS = {"id": str, "request": str, "program": str, "probes": list, "tags": list,
          "features": list, "unsafe": bool, "split": str}


def norm(text):
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def main():
    path = os.path.join(os.environ["SOURCE_DIR"], "datasets", "ebpfnl.jsonl")
    passed = failed = 0
    pairs = []
    with open(path) as f:
        for n, line in enumerate(f, 1):
            try:
                pairs.append(json.loads(line))
            except ValueError as e:
                print("FAIL line %d: not JSON: %s" % (n, e))
                failed += 1
    schema_errors = []
    for p in pairs:
        for field, kind in FIELDS.items():
            if not isinstance(p.get(field), kind):
                schema_errors.append("%s: %s is not a %s" % (p.get("id"), field, kind.__name__))
        if p.get("split") not in ("train", "test"):
            schema_errors.append("%s: split %r" % (p.get("id"), p.get("split")))
        for probe in p.get("probes", []):
            if probe.split(":")[0] not in p["program"] and probe not in p["program"]:
                schema_errors.append("%s: probe %s is not in the program" % (p["id"], probe))
    ids = [p.get("id") for p in pairs]
    if len(set(ids)) != len(ids):
        schema_errors.append("duplicate ids")
    train = {norm(p["request"]) for p in pairs if p.get("split") == "train"}
    leaks = [p["id"] for p in pairs if p.get("split") == "test" and norm(p["request"]) in train]
    if leaks:
        schema_errors.append("test requests also in train: %s" % leaks)
    for e in schema_errors:
        print("FAIL " + e)
    if schema_errors:
        failed += 1
    else:
        passed += 1
        print("ok   schema, unique ids, no test request in train (%d pairs: %d train, %d test)"
              % (len(pairs), len(pairs) - sum(p["split"] == "test" for p in pairs),
                 sum(p["split"] == "test" for p in pairs)))
    for p in pairs:
        with tempfile.NamedTemporaryFile("w", suffix=".bt", delete=False) as f:
            f.write(p["program"])
        flags = ["--unsafe"] if p.get("unsafe") else []
        proc = subprocess.run([os.environ["BPFTRACE"], "--plugin", os.environ["PLUGIN"]] + flags +
                              ["--verify", f.name], capture_output=True, text=True, timeout=300)
        os.unlink(f.name)
        if proc.returncode == 0:
            passed += 1
            print("ok   %s: proven and accepted by the kernel" % p["id"])
        else:
            failed += 1
            print("FAIL %s: --verify exit %d\n%s" % (p["id"], proc.returncode,
                                                   (proc.stdout + proc.stderr)[-800:]))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
