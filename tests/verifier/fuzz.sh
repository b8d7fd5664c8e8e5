#!/bin/sh
# A bounded libFuzzer run over the checker, seeded with the corpus' IR:
# no crash, no input slower than the timeout.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${FUZZ_CHECKER:?}" "${PLUGIN:?}"
seconds=${FUZZ_SECONDS:-45}
artifacts=${FUZZ_ARTIFACTS:-$(pwd)/fuzz-artifacts}
mkdir -p "$artifacts"
mkdir "$TMP/seeds" "$TMP/work"
for bt in "$(dirname "$0")"/cases/*.bt; do
	BPFTRACE_VERIFY_SAVE_IR="$TMP/seeds/$(basename "$bt" .bt).ll" \
		"$BPFTRACE" --plugin "$PLUGIN" --verify "$bt" >/dev/null 2>&1 || true
done
export ASAN_OPTIONS=detect_leaks=0
# A fixed seed: a failure here can be replayed from the artifact it leaves.
run "$FUZZ_CHECKER" -seed=1 -max_total_time="$seconds" -timeout=60 -rss_limit_mb=4096 \
	-artifact_prefix="$artifacts/" "$TMP/work" "$TMP/seeds"
expect_rc "$seconds s of fuzzing: no crash, no hang" 0
expect_out "it ran" "Done [0-9]+ runs"
finish
