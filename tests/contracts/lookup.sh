#!/bin/sh
# The dataset's lookup tool: facts of a hook, fast; the coverage report.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${CONTRACTS_TOOL:?}"
data="$SOURCE_DIR/contracts/data/$(uname -r).json"
shipped=1
if [ ! -f "$data" ]; then
	skip "the shipped dataset" "none for Linux $(uname -r): using a generated one"
	shipped=0
	data="$TMP/generated.json"
	"$CONTRACTS_GEN" -o "$data" --curated "$SOURCE_DIR/contracts/curated" 2>/dev/null
fi
run "$CONTRACTS_TOOL" "$data" tracepoint:syscalls:sys_exit_read tracepoint:signal:signal_generate
expect_rc "known hooks: exit 0" 0
expect_out "sys_exit_read's -errno range" "^  post args->ret >= -4095  \[syscall-abi\]"
expect_out "signal_generate's curated fact" "^  pre  args->sig >= 1 && args->sig <= 64  \[hand-review\]"
if awk '/lookup/ { gsub(/[()]/, ""); if ($(NF-1) + 0 >= 1.0) bad = 1 } END { exit bad }' "$TMP/out"; then
	ok "a lookup takes under 1 ms"; else not_ok "a lookup takes under 1 ms"; fi
run "$CONTRACTS_TOOL" "$data" kprobe:no_such_function
expect_rc "a hook without facts: exit 1" 1
run "$CONTRACTS_TOOL" "$data" --coverage
expect_out "coverage of tracepoints" "^tracepoints: [0-9]+ of [0-9]+ have a contract"
expect_out "coverage of kernel functions" "^kernel functions \(BTF\): [0-9]+ of [0-9]+ have a contract"
printf '{"schema_version": 7, "hooks": {}}' > "$TMP/bad.json"
run "$CONTRACTS_TOOL" "$TMP/bad.json" x
expect_rc "another schema version is refused" 1
expect_out "with the reason" "not a contracts dataset"
run "$CONTRACTS_GEN" -o "$TMP/regen.json" --curated "$SOURCE_DIR/contracts/curated"
expect_rc "the generator regenerates the dataset for this kernel" 0
if [ "$shipped" -eq 0 ]; then :
elif cmp -s "$TMP/regen.json" "$data"; then ok "the shipped dataset is what the generator makes here"
else not_ok "the shipped dataset is what the generator makes here"; fi
finish
