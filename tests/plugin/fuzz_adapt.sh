#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A bounded libFuzzer run over the offline synthesizer, seeded with every
# request of the dataset: no crash, no leak, no hang.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${FUZZ_ADAPT:?}"
runs=${FUZZ_RUNS:-5000}
mkdir "$TMP/seeds" "$TMP/work"
python3 - "$SOURCE_DIR/datasets/ebpfnl.jsonl" "$TMP/seeds" <<'PY'
import json, os, sys
for n, line in enumerate(open(sys.argv[1])):
    with open(os.path.join(sys.argv[2], "r%03d" % n), "w") as f:
        f.write(json.loads(line)["request"])
PY
export FUZZ_ADAPT_DATASET="$SOURCE_DIR/datasets/ebpfnl.jsonl"
export FUZZ_ADAPT_LEXICON="$SOURCE_DIR/datasets/lexicon.txt"
artifacts=${FUZZ_ARTIFACTS:-$(pwd)/fuzz-artifacts}
mkdir -p "$artifacts"
run "$FUZZ_ADAPT" -seed=1 -runs="$runs" -timeout=10 -max_len=512 -rss_limit_mb=2048 \
	-artifact_prefix="$artifacts/" "$TMP/work" "$TMP/seeds"
expect_rc "fuzzing the request reader ($runs runs): no crash, leak or hang" 0
expect_out "it ran" "Done [0-9]+ runs"
finish
