#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A bounded libFuzzer run over the offline reader (reader, planner,
# builder, intent check), seeded with every request of the dataset: no
# crash, no leak, no hang.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${FUZZ_READER:?}"
runs=${FUZZ_RUNS:-5000}
mkdir "$TMP/seeds" "$TMP/work"
python3 - "$TMP/seeds" "$SOURCE_DIR/datasets/ebpfnl.jsonl" <<'PY'
import json, os, sys
n = 0
for path in sys.argv[2:]:
    for line in open(path):
        with open(os.path.join(sys.argv[1], "r%03d" % n), "w") as f:
            f.write(json.loads(line)["request"])
        n += 1
PY
export FUZZ_READER_LEXICON="$SOURCE_DIR/datasets/lexicon.txt"
artifacts=${FUZZ_ARTIFACTS:-$(pwd)/fuzz-artifacts}
mkdir -p "$artifacts"
run "$FUZZ_READER" -seed=1 -runs="$runs" -timeout=10 -max_len=512 -rss_limit_mb=2048 \
	-artifact_prefix="$artifacts/" "$TMP/work" "$TMP/seeds"
expect_rc "fuzzing the offline reader ($runs runs): no crash, leak or hang" 0
expect_out "it ran" "Done [0-9]+ runs"
finish
