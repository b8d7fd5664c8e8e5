#!/bin/sh
# --verify through the real plugin. Until the symbolic verifier exists it
# proves nothing: it must say so and never exit 0 for an assert.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?PLUGIN must name the bpftrace-english plugin}"
V() { run "$BPFTRACE" --plugin "$PLUGIN" "$@"; }

V --verify -e 'tracepoint:syscalls:sys_enter_kill { assume(args->sig > 0); assert(args->sig < 65, "a signal number"); }'
expect_rc "an assert that nothing proved: exit 2" 2
expect_out "its verdict names line, column and condition" '^stdin:1:61: assert\(args->sig < 65\), a signal number: UNKNOWN: '
expect_out "the kernel check ran" "^kernel verifier: accepted tracepoint:syscalls:sys_enter_kill"
expect_out "the summary does not claim success" "^NOT VERIFIED"

printf 'BEGIN {\n  $x = 1;\n  assert($x == 1);\n}\n' > "$TMP/prog.bt"
V --verify "$TMP/prog.bt"
expect_out "a file: its name and line in the verdict" "prog.bt:3:3: assert\(\\\$x == 1\): UNKNOWN"

V --verify -f json -e 'BEGIN { assert(1, "m"); }'
expect_rc "json: exit 2" 2
if python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).read()); assert d["asserts"][0]["verdict"]=="UNKNOWN"; assert d["asserts"][0]["message"]=="m"; assert d["kernel"]["accepted"] is True; assert d["exit_status"]==2' "$TMP/out"; then
	ok "json: one document with the verdicts"; else not_ok "json: one document with the verdicts"; fi

V --verify -e 'BEGIN { printf("hi\n"); }'
expect_rc "no assert and the kernel accepts: exit 0" 0
expect_out "it says there is nothing to prove" "has no assert\(\) to prove"
expect_no_out "the program did not run" "^hi$"

V --verify -e 'BEGIN { while (1) { @x = 1; } assert(1); }'
expect_rc "the kernel rejects it: exit 1" 1
expect_out "with the verifier's verdict" "^kernel verifier: REJECTED BEGIN"

V --verify -e 'BEGIN { $x = ; }'
expect_rc "a program that does not compile: exit 2" 2
expect_out "bpftrace's diagnostic is shown" "^stdin:1:14-15: ERROR: syntax error"

V --verify -e 'kprobe:vfs_read { assert(arg2 > 0); }'
expect_out "kprobe scripts load-check here" "^kernel verifier: accepted kprobe:vfs_read"

V --from-english "count syscalls by process"
expect_rc "--from-english without a backend: exit 1" 1
expect_out "it says why and that nothing ran" "no synthesis backend.*nothing was run"

finish
