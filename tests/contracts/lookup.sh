#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The dataset's lookup tool: facts of a hook, fast; the coverage report.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${CONTRACTS_TOOL:?}"
# No dataset is shipped: the generator makes this machine's.
data="$TMP/generated.json"
run "$CONTRACTS_GEN" -o "$data" --curated "$SOURCE_DIR/contracts/curated"
expect_rc "the generator makes this kernel's dataset" 0
expect_out "and says what it scanned" "bte-contracts-gen: [0-9]+ tracepoints, [0-9]+ BTF functions, [0-9]+ curated facts"
run "$CONTRACTS_TOOL" "$data" tracepoint:syscalls:sys_exit_read tracepoint:signal:signal_generate
expect_rc "known hooks: exit 0" 0
expect_out "sys_exit_read's -errno range, as a convention" "^  post args->ret >= -4095  \[syscall-abi, conventional\]"
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
# A damaged dataset is refused, not half-read.
head -c 100000 "$data" > "$TMP/cut.json"
run "$CONTRACTS_TOOL" "$TMP/cut.json" tracepoint:signal:signal_generate
expect_rc "a truncated dataset is refused" 1
expect_out "as damaged" "damaged"
run "$CONTRACTS_GEN" --help
expect_rc "bte-contracts-gen --help" 0
expect_out "says where the curated facts come from" "installed with"
run "$CONTRACTS_TOOL" --help
expect_rc "bte-contracts --help" 0
run "$CONTRACTS_GEN" --bogus
expect_rc "a bad argument is a usage error" 2
finish
