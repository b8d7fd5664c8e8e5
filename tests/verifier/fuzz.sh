#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A bounded libFuzzer run over the checker, seeded with the corpus' IR:
# no crash, no input slower than the timeout.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${FUZZ_CHECKER:?}" "${PLUGIN:?}"
# A fixed seed and a fixed number of runs: the same inputs on every CI
# run. FUZZ_SECONDS=N fuzzes for N seconds instead (a longer campaign).
runs=${FUZZ_RUNS:-20000}
seconds=${FUZZ_SECONDS:-0}
artifacts=${FUZZ_ARTIFACTS:-$(pwd)/fuzz-artifacts}
mkdir -p "$artifacts"
mkdir "$TMP/seeds" "$TMP/work"
for bt in "$(dirname "$0")"/cases/*.bt; do
	BPFTRACE_VERIFY_SAVE_IR="$TMP/seeds/$(basename "$bt" .bt).ll" \
		"$BPFTRACE" --plugin "$PLUGIN" --verify "$bt" >/dev/null 2>&1 || true
done
cp "$(dirname "$0")"/regressions/*.ll "$TMP/seeds/"
export ASAN_OPTIONS=detect_leaks=0
# A failure can be replayed from the artifact it leaves in $artifacts.
if [ "$seconds" -gt 0 ]; then limit="-max_total_time=$seconds"; else limit="-runs=$runs"; fi
run "$FUZZ_CHECKER" -seed=1 "$limit" -timeout=60 -rss_limit_mb=4096 \
	-artifact_prefix="$artifacts/" "$TMP/work" "$TMP/seeds"
expect_rc "fuzzing ($limit): no crash, no hang" 0
expect_out "it ran" "Done [0-9]+ runs"
finish
