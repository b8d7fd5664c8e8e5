#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The checker under ASan and UBSan: the IR of every corpus case, saved by
# --verify, replayed by check_ir_asan; verdicts must match the plugin's.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${CHECK_IR_ASAN:?}" "${PLUGIN:?}"
cases="$(dirname "$0")/cases"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for bt in "$cases"/*.bt; do
	name=$(basename "$bt" .bt)
	BPFTRACE_VERIFY_SAVE_IR="$TMP/$name.ll" "$BPFTRACE" --plugin "$PLUGIN" -f json \
		--verify "$bt" > "$TMP/$name.json" 2>/dev/null || true
	if [ ! -e "$TMP/$name.ll" ] && grep -Eq '//[[:space:]]*EXIT:[[:space:]]*3' "$bt"; then
		ok "$name: nothing to replay (refused before the proof, as the case says)"
		continue
	fi
	run "$CHECK_IR_ASAN" "$TMP/$name.ll"
	if [ "$rc" -ne 0 ] || grep -Eq 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$TMP/out"; then
		not_ok "$name: clean under ASan/UBSan"
		continue
	fi
	want=$(python3 -c 'import json,sys; print(" ".join(a["verdict"] for a in json.load(open(sys.argv[1]))["data"]["asserts"]))' "$TMP/$name.json")
	got=$(sed -n 's/.*: assert [0-9]*: \([A-Z]*\).*/\1/p' "$TMP/out" | tr '\n' ' ' | sed 's/ $//')
	if [ "$want" = "$got" ]; then ok "$name: clean under ASan/UBSan, same verdicts"; else
		printf '     plugin: %s\n     replay: %s\n' "$want" "$got"
		not_ok "$name: same verdicts"
	fi
done
# Inputs that crashed the checker once (found by fuzzing): refused or
# judged, never a crash.
for ll in "$(dirname "$0")"/regressions/*.ll; do
	run "$CHECK_IR_ASAN" "$ll"
	if [ "$rc" -eq 0 ] && ! grep -Eq 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$TMP/out"; then
		ok "regression $(basename "$ll"): no crash"
	else not_ok "regression $(basename "$ll"): no crash"; fi
done
finish
